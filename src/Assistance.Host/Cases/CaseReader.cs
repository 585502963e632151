using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Marten;
using NodaTime;

namespace Assistance.Host.Cases;

/// <summary>
/// Reading a case on behalf of a signed-in user: cases outside the user's counties (or township) read as missing, and full
/// ID numbers are shown only on request to those allowed to see them, each such view being recorded.
/// </summary>
public static class CaseReader
{
    /// <summary>The current case when it exists and the user may see it; null otherwise (answered as 404 either way).</summary>
    public static async Task<HouseholdCase?> LoadVisibleAsync(IQuerySession session, Guid id, LedgerUser user, CancellationToken ct) =>
        await session.LoadAsync<HouseholdCase>(id, ct) is { } found && user.MaySee(found.CountyCode, found.Township) ? found : null;

    /// <summary>Those of <paramref name="ids"/> that are cases the user may see; ids of other streams, or of cases gone, are left out.</summary>
    public static async Task<HashSet<Guid>> VisibleAsync(IQuerySession session, IEnumerable<Guid> ids, LedgerUser user, CancellationToken ct) =>
        (await session.LoadManyAsync<HouseholdCase>(ct, ids.Distinct())).Where(c => user.MaySee(c.CountyCode, c.Township)).Select(c => c.Id).ToHashSet();

    /// <summary>
    /// Whether this answer may carry full ID numbers: asked for with <c>showIdNumbers=true</c> by a caseworker or approver of
    /// the case's county; such a view is recorded. Null when it was asked for by someone who may not.
    /// </summary>
    public static async Task<bool?> RevealIdNumbersAsync(bool? asked, HouseholdCase found, LedgerUser user, IDocumentStore store,
        IClock clock, CancellationToken ct)
    {
        if (asked != true) return false;
        if (!user.MayReadFullIdNumbers(found.CountyCode, found.Township)) return null;
        await IdViews.RecordAsync(store, clock, user, found.CountyCode, found.Id, null, ct);
        return true;
    }

    public static IResult FullIdNumbersRefused() => Results.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "无权查看完整身份证号", detail: "只有本县（市、区）的经办人、审批人可以查看完整身份证号；其他情况下号码以掩码显示。");
}
