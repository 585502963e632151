namespace Assistance.Domain.Cases;

/// <summary>A correction as the case keeps it: which event it corrected, the months it changed, and why.</summary>
public sealed record CorrectionNote(Guid CorrectionId, long CorrectsVersion, CorrectedField Field, YearMonth EffectiveMonth, YearMonth? UntilMonth, string Reason)
{
    public bool Covers(YearMonth month) => month >= EffectiveMonth && (UntilMonth is null || month <= UntilMonth);

    public string Citation => $"更正 {CorrectionId:N}（第 {CorrectsVersion} 版：{Reason}）";
}
