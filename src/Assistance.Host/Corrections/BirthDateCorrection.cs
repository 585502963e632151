using Assistance.Domain.Labels;
using Assistance.Domain.Cases;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Entitlements;
using JasperFx.Events;
using NodaTime;

namespace Assistance.Host.Corrections;

/// <summary>
/// Works out a birth-date correction: the case replayed from its first event with the member's right birth date, so that every
/// month in which an age changes what is paid (分类施保 at 60 and under 18) follows the right date, and an amount the rules
/// computed with an add-on per person gains or loses that member's add-on where the right age says so. The first month the
/// replayed timeline differs is where the correction takes effect; a changed work capacity (特困 无劳动能力, 有赡养能力)
/// makes a 复核 due on the day of the correction.
/// </summary>
public static class BirthDateCorrection
{
    /// <summary>The planned correction, or null with the refusal's title and detail when the event records no such member.</summary>
    public static (CaseCorrected? Event, Refusal? Refusal, IReadOnlyList<string> Notes) Plan(
        HouseholdCase state, IReadOnlyList<IEvent> events, IEvent target, string idNumber, LocalDate born, LocalDate correctedOn)
    {
        if (MembersOf(target.Data).FirstOrDefault(m => m.IdNumber == idNumber) is not { } recorded)
            return (null, new Refusal("该事件没有此成员", $"第 {target.Version} 版事件「{CaseEventLabels.Of(target.Data.GetType())}」没有登记身份证号为 {Domain.Values.IdNumber.Mask(idNumber)} 的成员；出生日期只能在登记该成员的申请受理、存量导入或家庭成员变更（新增成员）事件上更正。"), []);
        var now = state.Members.FirstOrDefault(m => m.IdNumber == idNumber) ?? recorded;
        if (now.BornOn() == born)
            return (null, new Refusal("出生日期与记录一致", $"{now.Name} 的出生日期已是 {born:yyyy-MM-dd}，无须更正。"), []);

        HouseholdCase? before = null, after = null;
        foreach (var e in events)
        {
            before = CaseEventFold.Apply(before, e.Data);
            if (e.Data is CaseCorrected { Field: CorrectedField.BirthDate } earlier && earlier.MemberIdNumber == idNumber) continue;
            after = CaseEventFold.Apply(after, WithBirthDate(e.Data, after, idNumber, born));
        }
        var first = FirstDifference(before!.Segments, after!.Segments);
        var notes = new List<string>();
        var right = now with { BirthDate = born };
        LocalDate? recheck = null;
        if (now.LacksWorkCapacity(correctedOn) != right.LacksWorkCapacity(correctedOn) || now.CanSupport(correctedOn) != right.CanSupport(correctedOn))
        {
            recheck = correctedOn;
            notes.Add($"按更正后的出生日期，{now.Name} 现年 {right.AgeOn(correctedOn)} 周岁（原按 {now.AgeOn(correctedOn)} 周岁），劳动能力或赡养能力的认定随之改变（特困、低保的认定依据），复核自 {correctedOn:yyyy-MM-dd} 到期。");
        }
        notes.Add(first is { } month
            ? $"自 {month:yyyy-MM} 起的保障金额按更正后的年龄（分类施保年满60周岁、未满18周岁）重新计算。"
            : "更正后的年龄不改变任何月份的保障金额。");
        var effective = first ?? correctedOn.ToYearMonth();
        var open = EntitlementTimeline.At(after.Segments, correctedOn.ToYearMonth())?.MonthlyAmount;
        return (new CaseCorrected(Guid.CreateVersion7(), target.Version, target.EventType.Name, CorrectedField.BirthDate,
            now.BornOn().ToString("yyyy-MM-dd", null), born.ToString("yyyy-MM-dd", null), effective, null, first is null ? null : open, null, "", correctedOn, "",
            MemberIdNumber: idNumber, BirthDate: born, Segments: first is null ? null : after.Segments, RecheckDueOn: recheck), null, notes);
    }

    private static IEnumerable<Member> MembersOf(object data) => data switch
    {
        ApplicationReceived a => a.Members,
        RosterCaseImported r => r.Members,
        HouseholdMembersChanged { Kind: MemberChangeKind.Birth or MemberChangeKind.MovedIn } m => [m.Member],
        _ => [],
    };

    /// <summary>The event as it would have been recorded with the right birth date.</summary>
    private static object WithBirthDate(object data, HouseholdCase? state, string idNumber, LocalDate born)
    {
        Member Right(Member m) => m.IdNumber == idNumber ? m with { BirthDate = born } : m;
        return data switch
        {
            ApplicationReceived a => a with { Members = [.. a.Members.Select(Right)] },
            RosterCaseImported r => r with { Members = [.. r.Members.Select(Right)] },
            HouseholdMembersChanged m when m.Member.IdNumber == idNumber => m with
            {
                Member = Right(m.Member),
                NewMonthlyAmount = m.NewMonthlyAmount + AddOnChange(state, m.AddOnPerPerson, m.EffectiveMonth, idNumber, born),
            },
            HouseholdMembersChanged { NewMonthlyAmount: { } amount } m => m with { NewMonthlyAmount = amount + AddOnChange(state, m.AddOnPerPerson, m.EffectiveMonth, idNumber, born) },
            EnrolmentApproved a when a.EnrolledIdNumbers.Contains(idNumber) && AddOnChange(state, a.AddOnPerPerson, a.EffectiveMonth, idNumber, born, enrolled: true) is var d and not 0m =>
                a with { MonthlyAmount = a.MonthlyAmount + d, AddOnTotal = a.AddOnTotal + d },
            CaseReviewed r when AddOnChange(state, r.AddOnPerPerson, r.EffectiveMonth, idNumber, born) is var d and not 0m =>
                r with { MonthlyAmount = r.MonthlyAmount + d, AddOnTotal = r.AddOnTotal + d },
            EntitlementRecalculated r when AddOnChange(state, r.AddOnPerPerson, r.EffectiveMonth, idNumber, born) is var d and not 0m =>
                r with { MonthlyAmount = r.MonthlyAmount + d, AddOnTotal = r.AddOnTotal + d },
            _ => data,
        };
    }

    /// <summary>
    /// How the member's 分类施保 in <paramref name="month"/> changes with the right birth date: one add-on more, one less, or none,
    /// for an amount the rules computed with an add-on per person and a member enrolled then.
    /// </summary>
    private static decimal AddOnChange(HouseholdCase? state, decimal? addOnPerPerson, YearMonth month, string idNumber, LocalDate born, bool enrolled = false)
    {
        if (addOnPerPerson is not { } each || state?.Members.FirstOrDefault(m => m.IdNumber == idNumber) is not { } member) return 0;
        if (!enrolled && !state.EnrolledIdNumbers.Contains(idNumber)) return 0;
        var recorded = IdNumberBorn(member);
        var wrong = member with { BirthDate = recorded };
        var right = member with { BirthDate = born };
        return each * (Qualifies(right, month) - Qualifies(wrong, month));
    }

    /// <summary>The birth date the recorded amounts were computed with: the ID number's (the replay already put the right one on the member).</summary>
    private static LocalDate IdNumberBorn(Member member) => Domain.Values.IdNumber.Parse(member.IdNumber).BirthDate;

    private static int Qualifies(Member member, YearMonth month) => member.ClassifiedAddOnGrounds(month).Count > 0 ? 1 : 0;

    private static YearMonth? FirstDifference(IReadOnlyList<EntitlementSegment> before, IReadOnlyList<EntitlementSegment> after)
    {
        var bounds = before.Concat(after).SelectMany(s => s.To is { } to ? new[] { s.From, to.PlusMonths(1) } : [s.From]).ToList();
        if (bounds.Count == 0) return null;
        for (var month = bounds.Min(); month <= bounds.Max(); month = month.PlusMonths(1))
            if (EntitlementTimeline.At(before, month) is var b && EntitlementTimeline.At(after, month) is var a && (b?.MonthlyAmount != a?.MonthlyAmount || b?.Persons != a?.Persons))
                return month;
        return null;
    }
}
