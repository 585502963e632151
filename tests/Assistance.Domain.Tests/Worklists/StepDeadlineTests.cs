using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using NodaTime;
using static Assistance.Domain.Tests.Worklists.WorklistScenario;

namespace Assistance.Domain.Tests.Worklists;

/// <summary>The deadlines of pending applications in working days, across 春节 and 国庆 with their 调休 days.</summary>
public class StepDeadlineTests
{
    private static PendingStep Step(params (object, LocalDate)[] history) =>
        StepDeadlines.Current(Fold(history).Case, Days, Rules).ShouldNotBeNull();

    [Fact]
    public void Investigation_start_across_the_2026_spring_festival_counts_the_make_up_saturday_and_skips_the_holiday()
    {
        // Thu 12 Feb: Fri 13 (1), Sat 14 调休上班 (2), 15–23 春节 off, Tue 24 (3).
        var applied = new LocalDate(2026, 2, 12);
        Step((Applied(applied), applied)).DueOn.ShouldBe(new LocalDate(2026, 2, 24));
    }

    [Fact]
    public void Investigation_start_across_the_2025_spring_festival_counts_the_make_up_sunday_before_it()
    {
        // Fri 24 Jan: Sun 26 调休上班 (1), Mon 27 (2), 28 Jan – 4 Feb off, Wed 5 Feb (3).
        var applied = new LocalDate(2025, 1, 24);
        Step((Applied(applied), applied)).DueOn.ShouldBe(new LocalDate(2025, 2, 5));
    }

    [Fact]
    public void Investigation_start_across_national_day_2026()
    {
        // Tue 29 Sep: Wed 30 (1), 1–7 Oct off, Thu 8 (2), Fri 9 (3).
        var applied = new LocalDate(2026, 9, 29);
        Step((Applied(applied), applied)).DueOn.ShouldBe(new LocalDate(2026, 10, 9));
    }

    [Fact]
    public void County_decision_is_ten_working_days_after_the_seven_day_publicity_through_mid_autumn_and_national_day()
    {
        // Assessed Fri 18 Sep; 公示 ends Fri 25 Sep (中秋, off). Then: 28, 29, 30 Sep (3), 8, 9 Oct (5), Sat 10 Oct 调休 (6), 12–15 Oct (10).
        var applied = new LocalDate(2026, 9, 1);
        var assessedOn = new LocalDate(2026, 9, 18);
        var step = Step((Applied(applied), applied), (new DualCommitmentSigned(true, true, applied, "甲", null), applied), (Assessed(assessedOn), assessedOn));
        step.DueOn.ShouldBe(new LocalDate(2026, 10, 15));
        step.Name.ShouldContain("县级审核确认");
    }

    [Fact]
    public void County_decision_is_never_later_than_the_thirty_working_day_limit_of_the_whole_procedure()
    {
        // Applied Tue 1 Sep 2026: 30 WD end Mon 19 Oct (with 20 Sep and 10 Oct 调休, 25 Sep and 1–7 Oct off); 公示 + 10 WD would be 23 Oct.
        var applied = new LocalDate(2026, 9, 1);
        var assessedOn = new LocalDate(2026, 9, 24);
        var step = Step((Applied(applied), applied), (new DualCommitmentSigned(true, true, applied, "甲", null), applied), (Assessed(assessedOn), assessedOn));
        step.DueOn.ShouldBe(new LocalDate(2026, 10, 19));
    }

    [Fact]
    public void Tekun_township_step_has_fifteen_working_days()
    {
        // Mon 2 Feb 2026: 3–6 Feb (4), 9–13 (9), Sat 14 调休 (10), 24–27 Feb (14), Sat 28 调休 (15).
        var applied = new LocalDate(2026, 2, 2);
        Step((Applied(applied, Assistance.Domain.Values.Program.Tekun), applied)).DueOn.ShouldBe(new LocalDate(2026, 2, 28));
    }

    [Fact]
    public void Decided_and_temporary_cases_have_no_pending_step()
    {
        var applied = new LocalDate(2026, 3, 2);
        StepDeadlines.Current(Fold((Applied(applied, Assistance.Domain.Values.Program.Temporary), applied)).Case, Days, Rules).ShouldBeNull();
        StepDeadlines.Current(Fold((Applied(applied), applied), (new ApplicationRejected(new YearMonth(2026, 3), "收入超标", "丙"), applied)).Case, Days, Rules).ShouldBeNull();
    }
}
