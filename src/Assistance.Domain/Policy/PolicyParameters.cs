using Assistance.Domain.Values;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Policy;

/// <summary>
/// 政策参数: every number the rules use (domain notes §7). The host keeps one set per county and effective month; the
/// defaults are sample values (Heilongjiang peer practice), not Shanxi's, and an administrator replaces them.
/// Money is yuan per month unless the name says otherwise.
/// </summary>
public sealed record PolicyParameters
{
    public static PolicyParameters Defaults { get; } = new();

    /// <summary>城市低保标准, per person per month.</summary>
    public decimal DibaoStandardUrban { get; init; } = 780m;

    /// <summary>农村低保标准, per person per month.</summary>
    public decimal DibaoStandardRural { get; init; } = 585m;

    public BenefitMethod BenefitMethod { get; init; } = BenefitMethod.Difference;

    /// <summary>分档 table, lowest income band first; used only when <see cref="BenefitMethod"/> is Tiers.</summary>
    public IReadOnlyList<BenefitTier> BenefitTiers { get; init; } = BenefitTier.SampleTable;

    /// <summary>Applied once, to the household total before 分类施保 is added.</summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.CeilingYuan;

    /// <summary>单人保: the fixed monthly amount for a member enrolled alone.</summary>
    public decimal SinglePersonAmount { get; init; } = 313m;

    /// <summary>低保边缘 line as a multiple of the 低保标准 (per-capita income below it).</summary>
    public decimal MarginalMultiple { get; init; } = 1.5m;

    /// <summary>特困 基本生活标准, 分散供养, rural.</summary>
    public decimal TekunScatteredRural { get; init; } = 900m;

    public decimal TekunScatteredUrban { get; init; } = 1100m;

    /// <summary>特困 基本生活标准, 集中供养, rural.</summary>
    public decimal TekunCentralisedRural { get; init; } = 1100m;

    public decimal TekunCentralisedUrban { get; init; } = 1300m;

    /// <summary>分类施保 per qualifying person in a 低保 or 单人保 case, rural.</summary>
    public decimal ClassifiedAddOnRural { get; init; } = 104m;

    public decimal ClassifiedAddOnUrban { get; init; } = 142m;

    /// <summary>特困 照料护理费 for someone 具备生活自理能力; paid to scattered support only.</summary>
    public decimal CareFeeSelfReliant { get; init; } = 191m;

    public decimal CareFeePartlyLost { get; init; } = 319m;

    public decimal CareFeeFullyLost { get; init; } = 478m;

    /// <summary>低保 review interval when no member is able-bodied of working age and income is stable.</summary>
    public int ReviewMonthsStable { get; init; } = 12;

    /// <summary>低保 review interval otherwise.</summary>
    public int ReviewMonthsUnstable { get; init; } = 6;

    public int ReviewMonthsTekun { get; init; } = 12;

    /// <summary>A review that changes the amount by no more than this keeps the previous amount (无实质变化不调整).</summary>
    public decimal ReviewAmountTolerance { get; init; }

    /// <summary>渐退期 length in months.</summary>
    public int GradualExitMonths { get; init; } = 6;

    /// <summary>Payment and changes start this many months after the decision (N2 Art.21: the month after).</summary>
    public int PaymentStartsMonthsAfterDecision { get; init; } = 1;

    /// <summary>
    /// Whether an approval may take effect earlier than <see cref="PaymentStartsMonthsAfterDecision"/> gives, back to the
    /// application month (追溯发放). Off by default: N2 Art.21 pays from the month after the decision.
    /// </summary>
    public bool BackDatingToApplicationMonth { get; init; }

    /// <summary>
    /// 联审联批: an enrolment whose monthly amount is above this needs a second approver's signature; null (the default)
    /// asks for none.
    /// </summary>
    public decimal? SecondApprovalAboveAmount { get; init; }

    /// <summary>联审联批: every 特困 and every 单人保 enrolment needs a second approver's signature. Off by default.</summary>
    public bool SecondApprovalForTekunAndSinglePerson { get; init; }

    /// <summary>
    /// 联审联批 for 更正: a correction whose over- or underpayment is above this many yuan needs a second approver's signature
    /// before it applies. The figure weighed is the sum, over the months from the correction's first month through the month it
    /// is recorded in, of the change in the monthly entitlement (多发 and 少发 alike); null (the default) asks for none.
    /// </summary>
    public decimal? CorrectionSecondSignatureAboveAmount { get; init; }

    /// <summary>
    /// After a member's death the remaining household's amount is recomputed from the month after (true), or a 复核 falls due
    /// within <see cref="TimeLimits.DeathRecheckMonths"/> instead (false) (N5 §1(3)).
    /// </summary>
    public bool RecomputeAmountOnDeath { get; init; } = true;

    public TimeLimits TimeLimits { get; init; } = new();

    /// <summary>临时救助 cap per household per event, as a multiple of the monthly 低保标准.</summary>
    public decimal TemporaryCapMultiple { get; init; } = 10m;

    /// <summary>What a township may grant on its own (先行救助), as a multiple of the monthly 低保标准.</summary>
    public decimal TemporaryTownshipAuthorityMultiple { get; init; } = 2m;

    /// <summary>临时救助 grants per person per calendar year without a county case-by-case decision (一事一议).</summary>
    public int TemporaryGrantsPerPersonPerYear { get; init; } = 1;

    public AssetLimits AssetLimits { get; init; } = new();

    /// <summary>Income kinds not counted; the national list by default, a 设区的市 may add more.</summary>
    public IReadOnlyList<IncomeKind> ExcludedIncomeKinds { get; init; } = IncomeKinds.ExcludedNationally;

    /// <summary>
    /// 适度放宽认定: a share of wage income deducted as 必要就业成本 when the itemised costs are smaller (0 = only itemised
    /// costs, the national rule).
    /// </summary>
    public decimal EmploymentCostDeductionShare { get; init; }

    /// <summary>
    /// 就业渐退 (适度放宽认定): wages and business income of a member who found work are not counted for this many months from
    /// the month work started (0 = counted at once, the national rule).
    /// </summary>
    public int EmploymentIncomeDisregardMonths { get; init; }

    /// <summary>
    /// 上年度当地城镇居民人均可支配收入, yuan per person per YEAR as the statistics bureau publishes it: a 刚性支出困难家庭's
    /// per-capita income must stay below it (N9 Art.4(2)). The sample value is the national 2024 figure.
    /// </summary>
    public decimal DisposableIncomePerCapitaUrban { get; init; } = 54188m;

    /// <summary>上年度当地农村居民人均可支配收入, yuan per person per year (sample: national 2024).</summary>
    public decimal DisposableIncomePerCapitaRural { get; init; } = 23119m;

    /// <summary>
    /// 刚性支出困难: the share of household income that the twelve months' rigid spending must exceed (N9 Art.4(4), "超出当地规定";
    /// 0.5 = more than half). Null (the default) until the county sets its share: no household is recognised.
    /// </summary>
    public decimal? RigidExpenditureShareOfIncome { get; init; }

    /// <summary>扩大单独申请救助范围: grounds besides 重残/重病 on which the county accepts a single-person application.</summary>
    public IReadOnlyList<SinglePersonGround> ExtraSinglePersonGrounds { get; init; } = [];

    public decimal DibaoStandardFor(Residence residence) =>
        residence == Residence.Urban ? DibaoStandardUrban : DibaoStandardRural;

    public decimal DisposableIncomePerCapitaFor(Residence residence) =>
        residence == Residence.Urban ? DisposableIncomePerCapitaUrban : DisposableIncomePerCapitaRural;

    public decimal MarginalLineFor(Residence residence) => DibaoStandardFor(residence) * MarginalMultiple;

    public decimal ClassifiedAddOnFor(Residence residence) =>
        residence == Residence.Urban ? ClassifiedAddOnUrban : ClassifiedAddOnRural;

    public decimal TekunBasicFor(Residence residence, TekunSupportMode mode) => (residence, mode) switch
    {
        (Residence.Urban, TekunSupportMode.Scattered) => TekunScatteredUrban,
        (Residence.Rural, TekunSupportMode.Scattered) => TekunScatteredRural,
        (Residence.Urban, TekunSupportMode.Centralised) => TekunCentralisedUrban,
        _ => TekunCentralisedRural,
    };

    public decimal CareFeeFor(SelfCareLevel level) => level switch
    {
        SelfCareLevel.SelfReliant => CareFeeSelfReliant,
        SelfCareLevel.PartlyLost => CareFeePartlyLost,
        _ => CareFeeFullyLost,
    };

    public bool Excludes(IncomeKind kind) => ExcludedIncomeKinds.Contains(kind);
}
