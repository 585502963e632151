namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// The answer a command will give once its unit of work commits, known before the commit: a keyed command's record is then
/// stored with this answer in the command's own transaction (<see cref="IdempotencyRecording"/>), so a crash between the
/// commit and the reply cannot leave the key without its answer. Set just before <c>SaveChangesAsync</c>; it flows to the
/// session listener with the call.
/// </summary>
public static class AnswerOnCommit
{
    private static readonly AsyncLocal<IResult?> Pending = new();

    public static IResult? Current => Pending.Value;

    /// <summary>Saves <paramref name="save"/> with <paramref name="answer"/> as the keyed request's answer, and returns it.</summary>
    public static async Task<IResult> SaveAsync(IResult answer, Func<Task> save)
    {
        Pending.Value = answer;
        try { await save(); }
        finally { Pending.Value = null; }
        return answer;
    }
}
