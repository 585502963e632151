using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

/// <summary>
/// 办理时限: the deadline of the current step of an undecided application, in working days (N2 Art.15–22 for 低保
/// and 低保边缘, N3 Art.13–16 for 特困). 临时救助 has no national time limit and is not listed.
/// </summary>
public static class StepDeadlines
{
    public static PendingStep? Current(HouseholdCase c, WorkingDayCalendar days, WorklistPolicy p)
    {
        if (c.Status is not (CaseStatus.Applied or CaseStatus.Committed or CaseStatus.Assessed) || c.Program == Program.Temporary)
            return null;
        var assessedOn = c.LatestAssessment?.AssessedOn;
        var t = p.TimeLimits;
        var publicityEnds = assessedOn?.PlusDays(t.PublicityDays);

        if (c.Program == Program.Tekun)
            return c.Status == CaseStatus.Assessed
                ? new($"公示及县级审核确认（{t.TekunCountyWorkingDays}个工作日）", days.AddWorkingDays(publicityEnds!.Value, t.TekunCountyWorkingDays))
                : new($"乡镇调查初审（{t.TekunTownshipWorkingDays}个工作日）", days.AddWorkingDays(c.AppliedOn, t.TekunTownshipWorkingDays));

        var whole = days.AddWorkingDays(c.AppliedOn, t.DibaoWholeProcedureWorkingDays);
        return c.Status switch
        {
            CaseStatus.Applied => new($"签订双承诺并启动入户调查（{t.DibaoInvestigationStartWorkingDays}个工作日）",
                days.AddWorkingDays(c.AppliedOn, t.DibaoInvestigationStartWorkingDays)),
            CaseStatus.Committed => new($"入户调查和家庭经济状况核对（办结时限{t.DibaoWholeProcedureWorkingDays}个工作日）", whole),
            _ => new($"公示及县级审核确认（{t.DibaoCountyDecisionWorkingDays}个工作日）",
                Earlier(days.AddWorkingDays(publicityEnds!.Value, t.DibaoCountyDecisionWorkingDays), whole)),
        };
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}
