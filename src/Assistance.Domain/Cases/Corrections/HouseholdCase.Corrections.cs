using Assistance.Domain.Entitlements;

namespace Assistance.Domain.Cases;

public sealed partial class HouseholdCase
{
    /// <summary>更正 applied to this case, oldest first.</summary>
    public List<CorrectionNote> Corrections { get; set; } = [];

    /// <summary>Corrections signed by one approver and awaiting the second signature (联审联批); none of them applies yet.</summary>
    public List<CorrectionFirstSigned> PendingCorrections { get; set; } = [];

    /// <summary>A new first signature of the same fact replaces one still waiting: it was worked out from the case as it is now.</summary>
    public void Apply(CorrectionFirstSigned e)
    {
        PendingCorrections.RemoveAll(p => p.Correction.CorrectsVersion == e.Correction.CorrectsVersion && p.Correction.Field == e.Correction.Field
            && p.Correction.MemberIdNumber == e.Correction.MemberIdNumber);
        PendingCorrections.Add(e);
    }

    public void Apply(CaseCorrected e)
    {
        PendingCorrections.RemoveAll(p => p.Correction.CorrectionId == e.CorrectionId);
        Corrections.Add(new CorrectionNote(e.CorrectionId, e.CorrectsVersion, e.Field, e.EffectiveMonth, e.UntilMonth, e.Reason));
        if (e.Field == CorrectedField.BirthDate)
        {
            ApplyBirthDate(e);
            return;
        }
        if (e.Field == CorrectedField.ExitMonth && e.ExitMonth is { } exit)
        {
            Segments = [.. MoveExit(Segments, ExitMonth, exit)];
            ExitMonth = exit;
            return;
        }
        if (e.MonthlyAmount is not { } amount) return;
        Segments = [.. WithAmount(Segments, e.EffectiveMonth, e.UntilMonth, amount)];
        if (e.UntilMonth is null) MonthlyAmount = amount;
        if (e.Field == CorrectedField.MonthlyIncome && decimal.TryParse(e.CorrectedValue, System.Globalization.CultureInfo.InvariantCulture, out var income))
        {
            if (LatestReview is not null && LatestReview.EffectiveMonth == e.EffectiveMonth) LatestReview = LatestReview with { MonthlyIncome = income };
            else if (LatestReview is null && LatestAssessment is not null) LatestAssessment = LatestAssessment with { MonthlyIncome = income };
        }
    }

    /// <summary>The member's birth date put right; the timeline from the correction's month as the right ages give it.</summary>
    private void ApplyBirthDate(CaseCorrected e)
    {
        if (e is not { MemberIdNumber: { } idNumber, BirthDate: { } born }) return;
        Members = [.. Members.Select(m => m.IdNumber == idNumber ? m with { BirthDate = born } : m)];
        if (e.RecheckDueOn is { } recheck && (NextReviewDue is null || recheck < NextReviewDue)) NextReviewDue = recheck;
        if (e.Segments is not { } corrected) return;
        Segments = [.. EntitlementTimeline.EndBefore(Segments, e.EffectiveMonth),
            .. corrected.Where(s => s.To is null || s.To >= e.EffectiveMonth).Select(s => s.From < e.EffectiveMonth ? s with { From = e.EffectiveMonth } : s)];
        if (IsEnrolled && EntitlementTimeline.At(Segments, e.CorrectedOn.ToYearMonth()) is { } now) MonthlyAmount = now.MonthlyAmount;
    }

    /// <summary>The segments with <paramref name="amount"/> in the months from..until, split where a segment runs past either end.</summary>
    private static IEnumerable<EntitlementSegment> WithAmount(IReadOnlyList<EntitlementSegment> segments, YearMonth from, YearMonth? until, decimal amount)
    {
        foreach (var s in segments)
        {
            var end = s.To;
            var overlaps = (end is null || end >= from) && (until is null || s.From <= until);
            if (!overlaps) { yield return s; continue; }
            if (s.From < from) yield return s with { To = from.PlusMonths(-1) };
            var start = s.From < from ? from : s.From;
            var stop = until is null ? end : end is null || end > until ? until : end;
            yield return s with { From = start, To = stop, MonthlyAmount = amount };
            if (until is not null && (end is null || end > until)) yield return s with { From = until.Value.PlusMonths(1) };
        }
    }

    /// <summary>An exit moved earlier cuts the segments sooner; moved later, the last segment runs on to the month before.</summary>
    private static IReadOnlyList<EntitlementSegment> MoveExit(IReadOnlyList<EntitlementSegment> segments, YearMonth? before, YearMonth exit)
    {
        if (before is null || exit <= before) return EntitlementTimeline.EndBefore(segments, exit);
        return [.. segments.Select((s, i) => i == segments.Count - 1 ? s with { To = exit.PlusMonths(-1) } : s)];
    }
}
