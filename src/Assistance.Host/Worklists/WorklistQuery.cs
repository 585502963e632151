using NodaTime;
using System.Linq.Expressions;
using Assistance.Domain.Worklists;
using Marten;

namespace Assistance.Host.Worklists;

/// <summary>Filters, orders and pages the <see cref="CaseWorklist"/> documents that are on one list today.</summary>
public static class WorklistQuery
{
    public static IQueryable<CaseWorklist> On(IQuerySession session, Worklist list, LocalDate today, string? countyCode, string? township) =>
        Filters(list, today, countyCode, township).Aggregate((IQueryable<CaseWorklist>)session.Query<CaseWorklist>(), (query, filter) => query.Where(filter));

    private static IEnumerable<Expression<Func<CaseWorklist, bool>>> Filters(Worklist list, LocalDate today, string? countyCode, string? township)
    {
        yield return Visible(list, DayNumber.Of(today));
        if (!string.IsNullOrEmpty(countyCode)) yield return x => x.CountyCode == countyCode;
        if (!string.IsNullOrEmpty(township)) yield return x => x.Township == township;
    }

    public static IQueryable<CaseWorklist> Sorted(IQueryable<CaseWorklist> query, Worklist list, WorklistSort sort) => sort switch
    {
        // Ties in the reverse order too, so that the list's index read backwards hands the page back without a sort.
        WorklistSort.DueOnDescending => query.OrderByDescending(DueOn(list)).ThenByDescending(x => x.Id),
        WorklistSort.Township => query.OrderBy(x => x.Township).ThenBy(DueOn(list)).ThenBy(x => x.Id),
        WorklistSort.AppliedOn => query.OrderBy(x => x.AppliedOn).ThenBy(x => x.Id),
        _ => query.OrderBy(DueOn(list)).ThenBy(x => x.Id),
    };

    /// <summary>The case's row on the list, or null when it is not on it.</summary>
    public static WorklistEntry? EntryOf(CaseWorklist doc, Worklist list) => list switch
    {
        Worklist.PendingApplications => doc.PendingApplications,
        Worklist.ReviewsDue => doc.ReviewsDue,
        Worklist.ShouldExit => doc.ShouldExit,
        Worklist.PossiblyEligible => doc.PossiblyEligible,
        Worklist.Duplicates => doc.Duplicates,
        _ => doc.Warnings,
    };

    private static string PropertyOf(Worklist list) => list.ToString();

    private static Expression<Func<CaseWorklist, bool>> Visible(Worklist list, int today)
    {
        var x = Expression.Parameter(typeof(CaseWorklist), "x");
        var entry = Expression.Property(x, PropertyOf(list));
        var body = Expression.AndAlso(
            Expression.NotEqual(entry, Expression.Constant(null, typeof(WorklistEntry))),
            Expression.LessThanOrEqual(Expression.Property(entry, nameof(WorklistEntry.VisibleFrom)), Expression.Constant(today)));
        return Expression.Lambda<Func<CaseWorklist, bool>>(body, x);
    }

    private static Expression<Func<CaseWorklist, int>> DueOn(Worklist list)
    {
        var x = Expression.Parameter(typeof(CaseWorklist), "x");
        return Expression.Lambda<Func<CaseWorklist, int>>(
            Expression.Property(Expression.Property(x, PropertyOf(list)), nameof(WorklistEntry.DueOn)), x);
    }
}
