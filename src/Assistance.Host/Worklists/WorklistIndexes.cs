using System.Linq.Expressions;
using System.Text.Json;
using Assistance.Domain.Worklists;
using Marten;

namespace Assistance.Host.Worklists;

/// <summary>
/// One partial index per list, over the documents on that list only: (county, due on, id) hands back the first page in the
/// list's default order without sorting — many cases fall due on the same day (the first of a month), and a sort would read
/// them all — so a page reads its own rows, never every case of the county (the counts come from <see cref="Counts.WorklistTallies"/>).
/// There is deliberately no county-only index, which the planner would otherwise prefer and then read each row's JSON.
/// </summary>
public static class WorklistIndexes
{
    public static void Add(MartenRegistry.DocumentMappingExpression<CaseWorklist> documents)
    {
        foreach (var list in Enum.GetValues<Worklist>())
        {
            var property = list.ToString();
            var json = WorklistJson.PropertyOf(list);
            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(property);
            documents.Index([x => x.CountyCode, Field(property, nameof(WorklistEntry.DueOn)), x => x.Id], i =>
            {
                i.Name = $"mt_doc_caseworklist_idx_{snake}_page";
                i.Predicate = $"(data ->> '{json}') is not null";
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
