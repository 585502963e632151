using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.PaymentRolls;
using CsCheck;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Domain.Tests.PaymentRolls;

/// <summary>
/// The calculator compares a case's timeline with what was paid stretch by stretch; its lines are those of the rule month by month:
/// for every earlier issued month, the amount due now against the amount paid, with the persons of the segment in force and the
/// citation of the last correction covering that month.
/// </summary>
public class PaymentRollCalculatorTests
{
    private static readonly YearMonth First = new(2023, 11);
    private static readonly decimal[] Amounts = [0, 150, 300, 452.5m, 600];

    private static readonly Gen<EntitlementSegment> Segment =
        Gen.Select(Gen.Int[0, 36], Gen.Int[-1, 14], Gen.Int[1, 4], Gen.Int[0, Amounts.Length - 1], Gen.Bool).Select((from, length, persons, amount, gradual) =>
            new EntitlementSegment(DomainProgram.Dibao, First.PlusMonths(from), length < 0 ? null : First.PlusMonths(from + length), persons,
                Amounts[amount], gradual));

    /// <summary>Runs in month order, apart or touching, each after a gap of zero or more months.</summary>
    private static readonly Gen<PaidRun[]> Runs =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 9], Gen.Int[0, Amounts.Length - 1]).Array[0, 5].Select(parts =>
        {
            var runs = new List<PaidRun>();
            var next = First;
            foreach (var (gap, length, amount) in parts)
            {
                var from = next.PlusMonths(gap);
                runs.Add(new PaidRun(from, from.PlusMonths(length), Amounts[amount]));
                next = from.PlusMonths(length + 1);
            }
            return runs.ToArray();
        });

    private static readonly Gen<CorrectionNote> Correction = Gen.Select(Gen.Int[0, 30], Gen.Int[-1, 8]).Select((from, length) =>
        new CorrectionNote(Guid.NewGuid(), 2, CorrectedField.MonthlyAmount, First.PlusMonths(from), length < 0 ? null : First.PlusMonths(from + length), "录入错误"));

    private static readonly Gen<CaseEntitlement> Case =
        Gen.Select(Segment.Array[0, 4], Runs, Correction.Array[0, 2], Gen.Int[0, 99]).Select((segments, runs, corrections, head) =>
            new CaseEntitlement(Guid.NewGuid(), $"户主{head}", $"1404{head:D2}", segments, corrections, runs));

    [Fact]
    public void The_lines_are_those_of_the_rule_month_by_month() =>
        Gen.Select(Case.Array[1, 6], Gen.Int[0, 44].Array[0, 30], Gen.Int[0, 44]).Sample((cases, issued, month) =>
        {
            var issuedMonths = issued.Distinct().Select(m => First.PlusMonths(m)).ToList();
            var rollMonth = First.PlusMonths(month);
            PaymentRollCalculator.Lines(rollMonth, cases, issuedMonths).ShouldBe(MonthByMonth(rollMonth, cases, issuedMonths));
        }, iter: 2_000);

    /// <summary>The rule as written: every case, every earlier issued month, one comparison each.</summary>
    private static List<RollLine> MonthByMonth(YearMonth month, IEnumerable<CaseEntitlement> cases, IEnumerable<YearMonth> issuedMonths)
    {
        var lines = new List<RollLine>();
        foreach (var c in cases.OrderBy(c => c.HeadIdNumber, StringComparer.Ordinal))
        {
            if (EntitlementTimeline.At(c.Segments, month) is { MonthlyAmount: > 0 } due)
                lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, due.Persons, due.MonthlyAmount, RollLineKind.Regular, month));
            foreach (var m in issuedMonths.Where(m => m < month).Order())
            {
                var segment = EntitlementTimeline.At(c.Segments, m);
                var paid = c.Paid?.FirstOrDefault(r => r.From <= m && m <= r.To)?.Amount ?? 0;
                var difference = (segment?.MonthlyAmount ?? 0) - paid;
                if (difference != 0)
                    lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, segment?.Persons ?? 0, difference,
                        difference > 0 ? RollLineKind.BackPay : RollLineKind.Recovery, m, c.Corrections?.LastOrDefault(n => n.Covers(m))?.Citation));
            }
        }
        return lines;
    }
}
