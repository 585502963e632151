using Assistance.Domain.Values;
using Assistance.Domain.Policy;

namespace Assistance.Domain.TemporaryAssistance;

/// <summary>临时救助 limits: per-event cap, township authority and the yearly limit, all tied to the monthly 低保标准 (§3.5, §7).</summary>
public static class TemporaryAssistanceRules
{
    /// <summary>
    /// Checks in the order a caseworker must fix things: the amount itself, the cap, the yearly limit, then who may approve.
    /// The county flag lifts the township limit and the yearly limit but not the cap. [INFERENCE] A need beyond the cap goes
    /// to the county's coordination mechanism (一事一议) outside this ledger, or is paid in stages (分阶段救助).
    /// </summary>
    public static TemporaryGrantCheck Check(TemporaryGrantRequest request, PolicyParameters policy)
    {
        var standard = policy.DibaoStandardFor(request.Residence);
        var cap = policy.TemporaryCapMultiple * standard;
        var township = policy.TemporaryTownshipAuthorityMultiple * standard;
        
        TemporaryGrantCheck Verdict(TemporaryGrantVerdict verdict, string message) => new(verdict, cap, township, message);

        if (request.Amount <= 0)
            return Verdict(TemporaryGrantVerdict.AmountNotPositive, "临时救助金额必须大于0");
        if (request.Amount > cap)
            return Verdict(TemporaryGrantVerdict.ExceedsCap,
                $"救助金额 {Zh.Fen(request.Amount)} 元超过单次救助上限（{Zh.Number(policy.TemporaryCapMultiple)}倍低保标准 {Zh.Yuan(cap)} 元）");

        var repeated = RecipientsAtYearlyLimit(request, policy.TemporaryGrantsPerPersonPerYear);
        if (repeated.Count > 0 && !request.DecidedByCounty)
            return Verdict(TemporaryGrantVerdict.AlreadyGrantedThisYear,
                $"{string.Join("、", repeated.Select(IdNumber.Mask))} 本年度已获临时救助 {policy.TemporaryGrantsPerPersonPerYear} 次，" +
                "再次救助须由县级民政部门一事一议");

        if (request.Amount > township && !request.DecidedByCounty)
            return Verdict(TemporaryGrantVerdict.NeedsCountyDecision,
                $"超过乡镇审批权限（{Zh.Number(policy.TemporaryTownshipAuthorityMultiple)}倍低保标准 {Zh.Yuan(township)} 元），须由县级民政部门审批");

        return Verdict(TemporaryGrantVerdict.Ok, request.DecidedByCounty
            ? $"救助金额 {Zh.Fen(request.Amount)} 元，经县级民政部门审批，可予发放"
            : $"救助金额 {Zh.Fen(request.Amount)} 元，在乡镇审批权限（{Zh.Yuan(township)} 元）内，可予发放");
    }

    private static List<string> RecipientsAtYearlyLimit(TemporaryGrantRequest request, int grantsPerYear)
    {
        var thisYear = request.PriorGrants.Where(g => g.GrantedOn.Year == request.GrantedOn.Year).ToList();
        return request.RecipientIdNumbers
            .Where(id => thisYear.Count(g => g.RecipientIdNumbers.Contains(id, StringComparer.OrdinalIgnoreCase)) >= grantsPerYear)
            .ToList();
    }
}
