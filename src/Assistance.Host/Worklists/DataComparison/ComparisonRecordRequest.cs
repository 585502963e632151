using Assistance.Domain.Worklists;
using Assistance.Host.Core;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>One comparison result as another department sends it (JSON, or one CSV line with the same field names).</summary>
public sealed record ComparisonRecordRequest(string? IdNumber, string? SourceDepartment, string? Kind, string? Date, string? Detail)
{
    public const int MaxRecords = 10_000;

    public ComparisonRecord Read(FieldReader fields, string at) => new(
        fields.IdNumber($"{at}.idNumber", IdNumber),
        fields.Text($"{at}.sourceDepartment", SourceDepartment),
        fields.Text($"{at}.kind", Kind),
        fields.Date($"{at}.date", Date),
        fields.OptionalText($"{at}.detail", Detail));
}
