namespace Assistance.Domain.Policy;

/// <summary>
/// The history of one county's policy parameters, folded from its policy stream, so the rules in force in any month
/// (and who set them, and why) can always be told — as auditable as a case.
/// </summary>
public sealed partial class CountyPolicy
{
    /// <summary>Counties start here until their administrator sets their own parameters.</summary>
    public static readonly PolicyVersion ShippedDefaults = new(0, new YearMonth(2000, 1), PolicyParameters.Defaults, "系统默认", "默认参数（样例值，domain notes §7）");

    public Guid Id { get; set; }
    public string CountyCode { get; set; } = "";
    public List<PolicyVersion> Versions { get; set; } = [];

    public static Guid StreamOf(string countyCode) => Values.NameBasedGuid.Create($"policy:{countyCode}");

    /// <summary>A county whose administrator has set nothing yet: the shipped defaults apply in every month.</summary>
    public static CountyPolicy Unset(string countyCode) => new() { Id = StreamOf(countyCode), CountyCode = countyCode };

    public static CountyPolicy Create(CountyPolicySet e) => new()
    {
        Id = StreamOf(e.CountyCode),
        CountyCode = e.CountyCode,
        Versions = [new PolicyVersion(1, e.EffectiveFrom, e.Parameters, e.SetBy, e.Reason)],
    };

    public void Apply(CountyPolicySet e) => Versions.Add(new PolicyVersion(Versions.Count + 1, e.EffectiveFrom, e.Parameters, e.SetBy, e.Reason));

    /// <summary>The version in force in <paramref name="month"/>: the latest effective one, the newest version winning a tie.</summary>
    public PolicyVersion InForce(YearMonth month) => InForce(Versions, month);

    public static PolicyVersion InForce(IReadOnlyList<PolicyVersion> versions, YearMonth month) =>
        versions.Where(v => v.EffectiveFrom <= month).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).LastOrDefault()
        ?? ShippedDefaults;
}
