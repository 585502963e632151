namespace Assistance.Domain.Cases;

/// <summary>Why a step is not allowed in the case's current state (answered as 409).</summary>
public sealed record Refusal(string Title, string Detail);

/// <summary>What a decide function concluded: the events to append, or a refusal.</summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<object> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<object> Events { get; }
    public Refusal? Refusal { get; }
    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(string title, string detail) => new([], new Refusal(title, detail));

    public static implicit operator Decision(Refusal refusal) => new([], refusal);
}
