using Assistance.Domain.Entitlements;
using Assistance.Domain.Statistics;
using Assistance.Domain.Values;
using NodaTime;
using Program = Assistance.Domain.Values.Program;

namespace Assistance.Domain.Tests.Statistics;

/// <summary>How one case's entitlement timeline turns into monthly movements (domain notes §4, §7).</summary>
public class CaseFlowsTests
{
    private static readonly YearMonth Jan = new(2025, 1), Feb = new(2025, 2), Mar = new(2025, 3), Apr = new(2025, 4), Jun = new(2025, 6);

    private static IReadOnlyList<CaseFlow> Flows(ExitReason? reason, YearMonth? exitMonth, params EntitlementSegment[] segments) =>
        CaseFlows.Of(new CaseTimeline("140429", Residence.Rural, segments, reason, exitMonth));

    [Fact]
    public void An_open_enrolment_is_new_in_its_first_month_only() =>
        Flows(null, null, new EntitlementSegment(Program.Dibao, Feb, null, 3, 900))
            .ShouldBe([new CaseFlow(Program.Dibao, Feb, Residence.Rural, FlowKind.New, 1, 3)]);

    [Fact]
    public void An_exit_counts_in_its_effective_month_with_the_persons_of_the_last_month_paid() =>
        Flows(ExitReason.Death, Apr, new EntitlementSegment(Program.Dibao, Jan, Feb, 3, 900), new EntitlementSegment(Program.Dibao, Mar, Mar, 2, 600))
            .ShouldBe([
                new CaseFlow(Program.Dibao, Jan, Residence.Rural, FlowKind.New, 1, 3),
                new CaseFlow(Program.Dibao, Mar, Residence.Rural, FlowKind.PersonChange, 0, -1),
                new CaseFlow(Program.Dibao, Apr, Residence.Rural, FlowKind.Exited, 1, 2, ExitReason.Death),
            ]);

    [Fact]
    public void A_gradual_exit_that_ran_out_ends_as_gradual_exit_ended() =>
        Flows(null, null, new EntitlementSegment(Program.Dibao, Jan, Feb, 2, 600), new EntitlementSegment(Program.Dibao, Mar, Apr, 2, 400, GradualExit: true))
            .ShouldBe([
                new CaseFlow(Program.Dibao, Jan, Residence.Rural, FlowKind.New, 1, 2),
                new CaseFlow(Program.Dibao, new YearMonth(2025, 5), Residence.Rural, FlowKind.Exited, 1, 2, ExitReason.GradualExitEnded),
            ]);

    [Fact]
    public void A_move_between_programs_is_a_transfer_out_and_in_not_an_exit_and_a_new_case() =>
        Flows(ExitReason.Voluntary, Jun, new EntitlementSegment(Program.Dibao, Jan, Feb, 1, 600), new EntitlementSegment(Program.Tekun, Mar, null, 1, 1100))
            .ShouldBe([
                new CaseFlow(Program.Dibao, Jan, Residence.Rural, FlowKind.New, 1, 1),
                new CaseFlow(Program.Dibao, Mar, Residence.Rural, FlowKind.TransferOut, 1, 1),
                new CaseFlow(Program.Tekun, Mar, Residence.Rural, FlowKind.TransferIn, 1, 1),
            ]);

    [Fact]
    public void An_exit_effective_in_the_enrolment_month_leaves_nothing_to_count() =>
        Flows(ExitReason.Fraud, Jan).ShouldBeEmpty();

    [Fact]
    public void The_caseload_of_a_month_sums_every_earlier_movement()
    {
        var dibao = new FlowCounts();
        foreach (var flow in Flows(ExitReason.MovedAway, Apr, new EntitlementSegment(Program.Dibao, Jan, Feb, 3, 900), new EntitlementSegment(Program.Dibao, Mar, Mar, 4, 1200)))
            dibao.Add(flow, +1);
        var byMonth = new[] { (Jan, New(3)), (Mar, Change(1)), (Apr, Exit(4)) };

        var march = MonthlyCaseload.For(byMonth, Mar);
        (march.OpeningPersons, march.ClosingPersons, march.NetGrowthPersons, march.ClosingHouseholds).ShouldBe((3, 4, 1, 1));
        var april = MonthlyCaseload.For(byMonth, Apr);
        (april.OpeningPersons, april.Flows.ExitedPersons, april.ClosingPersons, april.ClosingHouseholds).ShouldBe((4, 4, 0, 0));
        april.Flows.ExitsByReason[ExitReason.MovedAway].Persons.ShouldBe(4);
        (dibao.NewPersons, dibao.ExitedPersons, dibao.PersonChange, dibao.NetPersons).ShouldBe((3, 4, 1, 0));

        FlowCounts New(int persons) => Counts(new CaseFlow(Program.Dibao, Jan, Residence.Rural, FlowKind.New, 1, persons));
        FlowCounts Change(int persons) => Counts(new CaseFlow(Program.Dibao, Mar, Residence.Rural, FlowKind.PersonChange, 0, persons));
        FlowCounts Exit(int persons) => Counts(new CaseFlow(Program.Dibao, Apr, Residence.Rural, FlowKind.Exited, 1, persons, ExitReason.MovedAway));
    }

    [Fact]
    public void Taking_back_a_movement_leaves_no_trace()
    {
        var counts = new FlowCounts();
        var exit = new CaseFlow(Program.Dibao, Apr, Residence.Urban, FlowKind.Exited, 1, 2, ExitReason.RefusedCheck);
        counts.Add(exit, +1);
        counts.Add(exit, -1);
        counts.IsEmpty.ShouldBeTrue();
    }

    private static FlowCounts Counts(CaseFlow flow)
    {
        var counts = new FlowCounts();
        counts.Add(flow, +1);
        return counts;
    }
}
