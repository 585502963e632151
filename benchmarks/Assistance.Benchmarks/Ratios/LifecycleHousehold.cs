using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// One household of the lifecycle runs (apply → 双承诺 → 认定 → 审批 → 退出), with ID numbers no other household of the run uses
/// and dates in the last weeks, so that every step is allowed today.
/// </summary>
public sealed record LifecycleHousehold(Guid Id, string CountyCode, IReadOnlyList<Member> Members, LocalDate AppliedOn, YearMonth EnrolFrom)
{
    private static readonly string[] Counties = ["140429", "140403", "140431"];

    public const decimal MonthlyIncome = 300m;

    public LocalDate SignedOn => AppliedOn.PlusDays(1);
    public LocalDate AssessedOn => AppliedOn.PlusDays(2);
    public YearMonth ExitFrom => EnrolFrom.PlusMonths(1);

    /// <param name="run">Keeps the ID numbers of different runs (HTTP, session, databases) apart.</param>
    public static LifecycleHousehold Number(int index, int run, LocalDate today)
    {
        var county = Counties[index % Counties.Length];
        var birth = new LocalDate(1950, 1, 1).PlusDays(index);
        string Id(int member)
        {
            var first17 = $"{county}{birth:yyyyMMdd}{run % 100:00}{member}";
            return first17 + IdNumber.CheckCharacterFor(first17);
        }
        return new LifecycleHousehold(Guid.NewGuid(), county,
            [new Member("基准户主", Id(1), Relation.Self, LaborCapacity: LaborCapacity.Partial), new Member("基准配偶", Id(2), Relation.Spouse)],
            today.PlusDays(-20), today.ToYearMonth().PlusMonths(1));
    }
}
