namespace Assistance.Domain.Cases;

/// <summary>
/// What a decide function concluded: the events to append, or a refusal; and, where the rules were consulted, what they
/// found on the way (the amount's working, the classification), which the caller is answered beside the new version.
/// </summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<object> events, Refusal? refusal, object? finding)
    {
        Events = events;
        Refusal = refusal;
        Finding = finding;
    }

    public IReadOnlyList<object> Events { get; }
    public Refusal? Refusal { get; }
    public object? Finding { get; }
    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null, null);

    public static Decision Refuse(string title, string detail) => new([], new Refusal(title, detail), null);

    /// <summary>The same decision, answered with <paramref name="finding"/>; a refusal stays a refusal.</summary>
    public Decision Explained(object finding) => IsRefused ? this : new(Events, null, finding);

    public static implicit operator Decision(Refusal refusal) => new([], refusal, null);
}
