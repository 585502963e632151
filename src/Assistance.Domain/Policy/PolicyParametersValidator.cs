using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;
namespace Assistance.Domain.Policy;

/// <summary>Checks a parameter set before the host stores it, so a bad PUT is refused instead of breaking later calculations.</summary>
public static class PolicyParametersValidator
{
    public static IReadOnlyList<PolicyProblem> Validate(PolicyParameters p)
    {
        var problems = new List<PolicyProblem>();

        void Require(bool ok, string field, string message)
        {
            if (!ok) problems.Add(new(field, message));
        }

        Require(p.DibaoStandardUrban > 0, "dibaoStandardUrban", "城市低保标准必须大于0");
        Require(p.DibaoStandardRural > 0, "dibaoStandardRural", "农村低保标准必须大于0");
        Require(p.MarginalMultiple > 1, "marginalMultiple", "低保边缘倍数必须大于1");
        Require(p.SinglePersonAmount >= 0, "singlePersonAmount", "单人保金额不能为负数");
        Require(p.SecondApprovalAboveAmount is null or >= 0, "secondApprovalAboveAmount", "须复签的金额线不能为负数");
        Require(p.CorrectionSecondSignatureAboveAmount is null or >= 0, "correctionSecondSignatureAboveAmount", "更正须复签的金额线不能为负数");
        Require(p.ClassifiedAddOnUrban >= 0 && p.ClassifiedAddOnRural >= 0, "classifiedAddOn", "分类施保金额不能为负数");
        Require(p.TekunScatteredUrban > 0 && p.TekunScatteredRural > 0 && p.TekunCentralisedUrban > 0 && p.TekunCentralisedRural > 0,
            "tekunBasic", "特困人员基本生活标准必须大于0");
        Require(p.CareFeeSelfReliant >= 0 && p.CareFeePartlyLost >= 0 && p.CareFeeFullyLost >= 0, "careFee", "照料护理费不能为负数");
        Require(p.ReviewMonthsStable >= 1 && p.ReviewMonthsUnstable >= 1 && p.ReviewMonthsTekun >= 1, "reviewMonths", "复核周期至少1个月");
        Require(p.ReviewAmountTolerance >= 0, "reviewAmountTolerance", "复核金额容差不能为负数");
        Require(p.EmploymentCostDeductionShare is >= 0 and < 1, "employmentCostDeductionShare", "就业成本扣除比例应在0（含）至1之间");
        Require(p.EmploymentIncomeDisregardMonths is >= 0 and <= 24, "employmentIncomeDisregardMonths", "就业收入不计入的月数应为0至24个月");
        Require(p.DisposableIncomePerCapitaUrban > 0 && p.DisposableIncomePerCapitaRural > 0, "disposableIncomePerCapita", "上年度居民人均可支配收入必须大于0");
        Require(p.RigidExpenditureShareOfIncome is null or > 0, "rigidExpenditureShareOfIncome", "刚性支出占家庭收入比例必须大于0");
        Require(p.ExtraSinglePersonGrounds is not null && p.ExtraSinglePersonGrounds.All(Enum.IsDefined), "extraSinglePersonGrounds", "单独申请扩大范围的类别无法识别");
        Require(p.GradualExitMonths is >= 1 and <= 12, "gradualExitMonths", "渐退期应为1至12个月");
        Require(p.PaymentStartsMonthsAfterDecision >= 0, "paymentStartsMonthsAfterDecision", "发放起始月份不能早于决定当月");
        Require(p.TemporaryTownshipAuthorityMultiple > 0, "temporaryTownshipAuthorityMultiple", "乡镇审批权限倍数必须大于0");
        Require(p.TemporaryCapMultiple >= p.TemporaryTownshipAuthorityMultiple, "temporaryCapMultiple", "临时救助上限不能低于乡镇审批权限");
        Require(p.TemporaryGrantsPerPersonPerYear >= 1, "temporaryGrantsPerPersonPerYear", "每人每年临时救助次数至少为1");
        Require(p.AssetLimits.FinancialAssetMonthsOfStandardPerPerson >= 0 && p.AssetLimits.VehicleValueLimit is null or >= 0 &&
                p.AssetLimits.HouseValueLimit is null or >= 0, "assetLimits", "财产限额不能为负数");
        Require(!p.ExcludedIncomeKinds.Contains(IncomeKind.EmploymentCost), "excludedIncomeKinds", "必要就业成本是扣除项，不能列为不计入收入的类型");
        if (p.BenefitMethod == BenefitMethod.Tiers) ValidateTiers(p.BenefitTiers, problems);
        ValidateTimeLimits(p.TimeLimits, problems);
        return problems;
    }

    private static void ValidateTiers(IReadOnlyList<BenefitTier> tiers, List<PolicyProblem> problems)
    {
        var ascending = tiers.Zip(tiers.Skip(1)).All(pair => pair.First.PerCapitaIncomeBelowShare < pair.Second.PerCapitaIncomeBelowShare);
        var sharesValid = tiers.All(t => t.PerCapitaIncomeBelowShare is > 0 and <= 1 && t.AmountShareOfStandard > 0);
        if (tiers.Count == 0 || !ascending || !sharesValid)
            problems.Add(new("benefitTiers", "分档表不能为空，收入上限须在标准的0至100%之间且逐档递增，发放比例须大于0"));
    }

    private static void ValidateTimeLimits(TimeLimits t, List<PolicyProblem> problems)
    {
        int[] all =
        [
            t.DibaoInvestigationStartWorkingDays, t.DibaoDataCheckStartWorkingDays, t.DibaoCountyDecisionWorkingDays,
            t.DibaoRejectionNoticeWorkingDays, t.DibaoWholeProcedureWorkingDays, t.DibaoWholeProcedureExtendedWorkingDays,
            t.TekunTownshipWorkingDays, t.TekunCountyWorkingDays, t.TekunRejectionNoticeWorkingDays, t.PublicityDays,
            t.SelfCareReassessmentWorkingDays, t.RigidExpenditureRecognitionWorkingDays,
            t.RigidExpenditureRecognitionExtendedWorkingDays, t.RigidExpenditureValidityMonths, t.DeathRecheckMonths,
        ];
        if (all.Any(days => days < 1)) problems.Add(new("timeLimits", "办理时限至少为1"));
        if (t.DibaoWholeProcedureExtendedWorkingDays < t.DibaoWholeProcedureWorkingDays ||
            t.RigidExpenditureRecognitionExtendedWorkingDays < t.RigidExpenditureRecognitionWorkingDays)
            problems.Add(new("timeLimits", "延长后的办理时限不能短于原时限"));
    }
}
