using Assistance.Domain.Entitlements;

namespace Assistance.Domain.Cases;

public sealed partial class HouseholdCase
{
    /// <summary>Appeals lodged and not yet decided.</summary>
    public List<OpenAppeal> OpenAppeals { get; set; } = [];

    /// <summary>Whether any appeal is open (kept as a field, so the open-appeals worklist can query it).</summary>
    public bool HasOpenAppeal { get; set; }

    public void Apply(AppealLodged e)
    {
        OpenAppeals.Add(new OpenAppeal(e.AppealId, e.Kind, e.AgainstVersion, e.AgainstEvent, e.LodgedOn, e.DueOn, e.Grounds));
        HasOpenAppeal = true;
    }

    public void Apply(AppealDecided e)
    {
        OpenAppeals.RemoveAll(a => a.AppealId == e.AppealId);
        HasOpenAppeal = OpenAppeals.Count > 0;
        if (e.Outcome != AppealOutcome.Changed) return;
        switch (e.AgainstEvent)
        {
            case nameof(CaseExited) or nameof(CaseReviewed) when Status == CaseStatus.Exited && ExitMonth is { } exit && Segments.Count > 0:
                var last = Segments[^1];
                var amount = e.MonthlyAmount ?? last.MonthlyAmount;
                Segments = [.. EntitlementTimeline.ChangeFrom(Segments, last with { From = exit, To = null, MonthlyAmount = amount })];
                Status = last.GradualExit ? CaseStatus.GradualExit : CaseStatus.Enrolled;
                MonthlyAmount = amount;
                ExitMonth = null;
                ExitReason = null;
                break;
            case nameof(ApplicationRejected):
                Status = CaseStatus.Assessed;
                RejectionReason = null;
                RejectionReversedOf = RejectedOn;
                break;
            default:
                if (e is { EffectiveMonth: { } from, MonthlyAmount: { } changed } && EntitlementTimeline.At(Segments, from) is { } current)
                {
                    Segments = [.. EntitlementTimeline.ChangeFrom(Segments, current with { From = from, MonthlyAmount = changed })];
                    MonthlyAmount = changed;
                }
                break;
        }
    }
}
