using System.Linq.Expressions;
using System.Text.Json;
using Assistance.Domain.Worklists;
using Marten;

namespace Assistance.Host.Worklists;

/// <summary>
/// Two partial indexes per list, over the documents on that list only: (county, visible from, due on) answers the counts and
/// (county, due on) the first page in due order, so a count or a page reads the county's rows on the list, never every case of
/// the county. Each list's JSON is read in every row that a plain county index would hand back, which is what made the counts
/// grow with the county's cases; there is deliberately no county-only index, which the planner would otherwise prefer.
/// </summary>
public static class WorklistIndexes
{
    public static void Add(MartenRegistry.DocumentMappingExpression<CaseWorklist> documents)
    {
        foreach (var list in Enum.GetValues<Worklist>())
        {
            var property = list.ToString();
            var json = JsonNamingPolicy.CamelCase.ConvertName(property);
            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(property);
            var predicate = $"(data ->> '{json}') is not null";
            documents.Index([x => x.CountyCode, Field(property, nameof(WorklistEntry.VisibleFrom)), Field(property, nameof(WorklistEntry.DueOn))], i =>
            {
                i.Name = $"mt_doc_caseworklist_idx_{snake}_count";
                i.Predicate = predicate;
            });
            documents.Index([x => x.CountyCode, Field(property, nameof(WorklistEntry.DueOn))], i =>
            {
                i.Name = $"mt_doc_caseworklist_idx_{snake}_page";
                i.Predicate = predicate;
            });
        }
    }

    private static Expression<Func<CaseWorklist, object>> Field(string list, string field)
    {
        var x = Expression.Parameter(typeof(CaseWorklist), "x");
        var value = Expression.Property(Expression.Property(x, list), field);
        return Expression.Lambda<Func<CaseWorklist, object>>(Expression.Convert(value, typeof(object)), x);
    }
}
