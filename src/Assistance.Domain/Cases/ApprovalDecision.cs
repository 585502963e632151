using Assistance.Domain.Policy;
using Assistance.Domain.Amounts;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Cases;

public static class ApprovalDecision
{
    public static Decision Decide(HouseholdCase state, ApproveEnrolment command, CountyPolicy policy, LocalDate today)
    {
        if (Undecidable(state) is { } refusal) return refusal;
        if (SeparationOfDuties.DeciderMayDecide(state, command.DecidedBy) is { } sameHand) return sameHand;
        if (state.AwaitingSecondApproval is { } first) return SignSecond(state, first, command);
        var decidedOn = command.DecidedOn ?? today;
        if (DecidedOnRefusal(state, decidedOn, today) is { } badDate) return badDate;

        // A rejection reversed on appeal (复议撤销) pays from when that decision would have, not from the new one.
        var paysAsOf = state.RejectionReversedOf is { } reversed && reversed < decidedOn ? reversed : decidedOn;
        var startsFrom = paysAsOf.ToYearMonth().PlusMonths(policy.InForce(paysAsOf.ToYearMonth()).Parameters.PaymentStartsMonthsAfterDecision);
        var month = command.EffectiveMonth ?? startsFrom;
        if (month < startsFrom)
        {
            if (!policy.InForce(month).Parameters.BackDatingToApplicationMonth)
                return Decision.Refuse("生效月份早于发放起始月份",
                    $"按本县政策，{decidedOn:yyyy-MM-dd} 作出的决定自 {startsFrom:yyyy-MM} 起发放；本县未允许追溯至申请当月发放，生效月份 {month:yyyy-MM} 不能早于 {startsFrom:yyyy-MM}。");
            if (LifecycleRules.NotBeforeApplication(state, month, "生效月份") is { } early) return early;
        }

        var version = policy.InForce(month);
        var program = command.Program ?? state.Program;
        if (program == Program.Dibao && EnrolmentRefusal(state, month, version.Parameters) is { } notDue) return notDue;
        if (program == Program.RigidExpenditure && RigidExpenditureRefusal(state) is { } notRecognised) return notRecognised;
        var computed = CaseAmounts.Compute(state, program, month, version.Parameters);
        if (command.MonthlyAmount is null && computed is null)
            return Decision.Refuse("无法测算保障金额",
                "按政策无法测算该案件的月保障金额（尚无经济状况认定，或特困人员尚无生活自理能力评估），请填写 monthlyAmount。");
        var amount = command.MonthlyAmount ?? computed!.Total;
        if (program is Program.Dibao or Program.Tekun && amount == 0)
            return Decision.Refuse("无应发金额不能纳入",
                "月保障金额为 0 元，纳入后不发放任何救助金却计入保障人数；家庭收入不低于标准的，可按低保边缘家庭纳入。");

        var nextReview = program is Program.Temporary or Program.RigidExpenditure ? null
            : ReviewSchedule.NoLaterThanDisregardEnd(
                ReviewSchedule.NextDue(month.OnDayOfMonth(1), program, state.Members, command.IncomeStable, version.Parameters),
                AssessedDisregardEnds(state, policy));
        var enrolled = program == Program.Tekun && state.SinglePersonIdNumber is null
            ? CaseAmounts.TekunPersons(state).Select(m => m.IdNumber).ToList()
            : null;
        var asComputed = amount == computed?.Total;
        var terms = new EnrolmentTerms(program, month, amount, command.DecidedBy, command.Reason, nextReview?.DueOn, version.Version,
            computed?.Total, asComputed ? computed!.AddOnTotal : 0, decidedOn, enrolled,
            asComputed && program == Program.Dibao ? version.Parameters.ClassifiedAddOnFor(state.Residence) : null,
            program == Program.RigidExpenditure ? month.PlusMonths(version.Parameters.TimeLimits.RigidExpenditureValidityMonths - 1) : null);
        var finding = new ApprovalFinding(amount, computed?.Total, computed?.Explanation ?? [], version.Version, nextReview?.DueOn, decidedOn, month);
        if (NeedsSecondSignature(state, terms, version.Parameters))
            return Enrol(state, terms) is { Refusal: { } invalid } ? invalid
                : Decision.Accept(new FirstApprovalSigned(terms, Sign(state, terms))).Explained(finding);
        return Enrol(state, terms).Explained(new ApprovalFinding(amount, computed?.Total, computed?.Explanation ?? [], version.Version,
            nextReview?.DueOn, decidedOn, month));
    }

    /// <summary>Enrols on the terms given; the checks that hold however the terms were reached.</summary>
    public static Decision Enrol(HouseholdCase state, EnrolmentTerms terms)
    {
        if (Undecidable(state) is { } refusal) return refusal;
        if (LifecycleRules.NotBeforeApplication(state, terms.EffectiveMonth, "生效月份") is { } early) return early;
        if (LifecycleRules.NotNegative(terms.MonthlyAmount, "月保障金额") is { } negative) return negative;
        if (terms.ComputedAmount is { } computed && computed != terms.MonthlyAmount && string.IsNullOrWhiteSpace(terms.Reason))
            return Decision.Refuse("金额与测算结果不一致须说明理由",
                $"按政策测算的月保障金额为 {computed:0.00} 元，审批金额为 {terms.MonthlyAmount:0.00} 元；两者不一致时须填写理由（reason）。");
        var enrolled = terms.EnrolledIdNumbers
            ?? (state.SinglePersonIdNumber is { } single ? [single] : state.Members.Select(m => m.IdNumber).ToList());
        return Decision.Accept(new EnrolmentApproved(terms.Program, terms.EffectiveMonth, terms.MonthlyAmount, enrolled,
            terms.DecidedBy, terms.Reason, terms.NextReviewDue, terms.PolicyVersion, terms.ComputedAmount, terms.AddOnTotal, terms.DecidedOn,
            terms.AddOnPerPerson, Sign(state, terms), RecognisedUntil: terms.RecognisedUntil));
    }

    /// <summary>
    /// 复签: a second approver signs the terms the first signed (an amount given now must be the same); the enrolment takes
    /// effect with both signatures.
    /// </summary>
    private static Decision SignSecond(HouseholdCase state, FirstApprovalSigned first, ApproveEnrolment command)
    {
        if (SeparationOfDuties.SecondSignerMaySign(first, command.DecidedBy) is { } sameSigner) return sameSigner;
        if (command.MonthlyAmount is { } amount && amount != first.Terms.MonthlyAmount)
            return Decision.Refuse("复签须与初签决定一致",
                $"初签的月保障金额为 {first.Terms.MonthlyAmount:0.00} 元，复签金额为 {amount:0.00} 元；如需改变金额，请不予确认后重新审批。");
        var second = SignatureReference.Of(state.Id, command.DecidedBy, "复签", first.Signature.Sha256);
        return Enrol(state, first.Terms) is { Refusal: null, Events: [EnrolmentApproved approved] }
            ? Decision.Accept(approved with { Signature = first.Signature, SecondSignature = second })
            : Enrol(state, first.Terms);
    }

    /// <summary>The county's 联审联批 line: above an amount, or every 特困 and 单人保 enrolment when the county says so.</summary>
    private static bool NeedsSecondSignature(HouseholdCase state, EnrolmentTerms terms, PolicyParameters policy) =>
        terms.MonthlyAmount > policy.SecondApprovalAboveAmount
        || (policy.SecondApprovalForTekunAndSinglePerson && (terms.Program == Program.Tekun || state.SinglePersonIdNumber is not null));

    private static SignatureReference Sign(HouseholdCase state, EnrolmentTerms terms) => SignatureReference.Of(state.Id, terms.DecidedBy,
        "审核确认", terms.Program, terms.EffectiveMonth.ToString("yyyy-MM", null), terms.MonthlyAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        terms.DecidedOn?.ToString("yyyy-MM-dd", null));

    public static Decision Reject(HouseholdCase state, RejectApplication command, LocalDate today)
    {
        if (Undecidable(state) is { } refusal) return refusal;
        if (SeparationOfDuties.DeciderMayDecide(state, command.DecidedBy) is { } sameHand) return sameHand;
        var decidedOn = command.DecidedOn ?? today;
        if (DecidedOnRefusal(state, decidedOn, today) is { } badDate) return badDate;
        var month = command.EffectiveMonth ?? decidedOn.ToYearMonth();
        if (LifecycleRules.NotBeforeApplication(state, month, "生效月份") is { } early) return early;
        return Decision.Accept(new ApplicationRejected(month, command.Reason, command.DecidedBy, decidedOn,
            SignatureReference.Of(state.Id, command.DecidedBy, "不予确认", month.ToString("yyyy-MM", null), command.Reason, decidedOn.ToString("yyyy-MM-dd", null))));
    }

    /// <summary>
    /// 低保 only for a household below the standard (N1 Art.9: 低于; equal is not below), and 单人保 only where the household as a
    /// whole is not eligible but lies in the 低保边缘 band (N2 Art.8, N5 §1(1): no partial enrolment of an eligible household).
    /// </summary>
    private static Refusal? EnrolmentRefusal(HouseholdCase state, YearMonth month, PolicyParameters policy)
    {
        if (CaseAmounts.Circumstances(state) is not { } household) return null;
        var standard = policy.DibaoStandardFor(state.Residence);
        var marginalLine = policy.MarginalLineFor(state.Residence);
        var perCapita = $"家庭月人均收入 {household.PerCapitaIncome:0.00} 元";
        if (state.SinglePersonIdNumber is not null)
        {
            if (household.PerCapitaBelow(standard))
                return new("整户符合低保条件不能单人保",
                    $"{perCapita}，低于低保标准 {standard:0.##} 元，整户符合低保条件，应按户纳入；不得只纳入部分成员（单人保仅适用于低保边缘家庭中的重残、重病成员）。");
            if (!household.PerCapitaBelow(marginalLine))
                return new("家庭不属低保边缘不能单人保", $"{perCapita}，不低于低保边缘线 {marginalLine:0.##} 元，不符合单独纳入低保的条件。");
            return null;
        }
        if (household.PerCapitaBelow(standard)) return null;
        return new("家庭收入不低于低保标准",
            $"{perCapita}，不低于低保标准 {standard:0.##} 元，按标准无应发金额，不能纳入低保" +
            (household.PerCapitaBelow(marginalLine) ? $"；低于低保边缘线 {marginalLine:0.##} 元，可按低保边缘家庭（program: Marginal）纳入。" : "。"));
    }

    /// <summary>When the assessment (with no review since) left wages out under 就业渐退, the last month it did.</summary>
    private static YearMonth? AssessedDisregardEnds(HouseholdCase state, CountyPolicy policy) =>
        state is { LatestReview: null, LatestAssessment: { } assessment }
            ? Eligibility.CountableIncomeCalculator.DisregardEnds(assessment.Incomes,
                policy.InForce(assessment.AssessedOn.ToYearMonth()).Parameters, assessment.AssessedOn.ToYearMonth())
            : null;

    /// <summary>刚性支出困难 only for a household the latest assessment recognised (N9 Art.7: a written decision on the assessed conditions).</summary>
    private static Refusal? RigidExpenditureRefusal(HouseholdCase state) =>
        state.LatestAssessment?.Classification == Eligibility.HouseholdClassification.RigidExpenditureHardship ? null
            : new("未认定为刚性支出困难家庭",
                "家庭经济状况认定结论不是刚性支出困难家庭（须非低保、特困、低保边缘，人均收入低于上年度当地居民人均可支配收入，且近十二个月刚性支出占家庭收入比例超过本县规定），不能按刚性支出困难家庭认定。");

    /// <summary>Offices often record a decision days after it was signed, but never one still to come or taken before the assessment.</summary>
    private static Refusal? DecidedOnRefusal(HouseholdCase state, LocalDate decidedOn, LocalDate today)
    {
        if (LifecycleRules.NotAfterToday(decidedOn, today, "决定日期") is { } future) return future;
        if (state.LatestAssessment is { } assessment && decidedOn < assessment.AssessedOn)
            return new("决定日期早于经济状况认定", $"决定日期 {decidedOn:yyyy-MM-dd} 早于家庭经济状况认定日期 {assessment.AssessedOn:yyyy-MM-dd}。");
        return null;
    }

    private static Refusal? Undecidable(HouseholdCase state)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        return state.Status switch
        {
            CaseStatus.Applied => new("缺少双承诺和经济状况认定", "须先签订双承诺并完成家庭经济状况认定，才能作出审批决定。"),
            CaseStatus.Committed => new("缺少家庭经济状况认定", "须先完成家庭经济状况认定，才能作出审批决定。"),
            CaseStatus.Enrolled or CaseStatus.GradualExit => new("案件已纳入保障", "该案件已审批纳入，调整金额请办理复核。"),
            _ => null,
        };
    }
}
