namespace Assistance.Domain.Duplicates;

/// <summary>
/// 重复享受 of one person (one ID number): the pairs of open cases that both enrol them and are not resolved yet,
/// folded from the person's duplicate stream (kept inline, so the check and the daily job read it at once).
/// </summary>
public sealed partial class DuplicateAssistance
{
    public Guid Id { get; set; }
    public string IdNumber { get; set; } = "";
    public List<DuplicatePair> Open { get; set; } = [];

    public static Guid StreamOf(string idNumber) => NameBasedGuid.Create($"duplicate-assistance:{idNumber}");

    public static DuplicateAssistance Create(DuplicateAssistanceFlagged e) => new()
    {
        Id = StreamOf(e.IdNumber),
        IdNumber = e.IdNumber,
        Open = [new DuplicatePair(e.CaseId, e.CountyCode, e.OtherCaseId, e.OtherCountyCode, e.FlaggedOn)],
    };

    public void Apply(DuplicateAssistanceFlagged e)
    {
        if (!IsOpen(e.CaseId, e.OtherCaseId)) Open.Add(new DuplicatePair(e.CaseId, e.CountyCode, e.OtherCaseId, e.OtherCountyCode, e.FlaggedOn));
    }

    public void Apply(DuplicateAssistanceResolved e) => Open.RemoveAll(p => p.Links(e.CaseId, e.OtherCaseId));

    public bool IsOpen(Guid one, Guid another) => Open.Any(p => p.Links(one, another));
}
