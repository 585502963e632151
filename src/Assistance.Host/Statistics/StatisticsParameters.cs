using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

/// <summary>The statistics query string, read field by field so that a 400 names every bad parameter at once.</summary>
public sealed record StatisticsParameters(YearMonth Month, DomainProgram Program, string? CountyCode, YearMonth? Baseline)
{
    /// <remarks>A county outside the user's scope is the 403 answer (<see cref="CountyParameter"/>).</remarks>
    public static (StatisticsParameters? Parameters, IResult? Problem) ForMonthly(CountyRegistry counties, LedgerUser user, string? month, string? program, string? countyCode)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadOptionalCounty(user, countyCode, out var county, out var refused)) return (null, refused);
        var parsed = new StatisticsParameters(fields.Month("month", month), ProgramOf(fields, program), county, null);
        return fields.HasErrors ? (null, Problems.Invalid(fields.Errors)) : (parsed, null);
    }

    public static (StatisticsParameters? Parameters, IResult? Problem) ForGrowth(CountyRegistry counties, string? baseline, string? month, string? program)
    {
        var fields = new FieldReader(counties);
        var baselineMonth = fields.Month("baseline", baseline);
        var reportMonth = fields.Month("month", month);
        var chosen = ProgramOf(fields, program);
        if (!fields.HasErrors && baselineMonth > reportMonth)
            fields.Add("baseline", $"基期 {baseline} 晚于报告月份 {month}，基期须早于或等于报告月份");
        return fields.HasErrors ? (null, Problems.Invalid(fields.Errors)) : (new StatisticsParameters(reportMonth, chosen, null, baselineMonth), null);
    }

    public static (StatisticsParameters? Parameters, int Months, IResult? Problem) ForTrend(
        CountyRegistry counties, LedgerUser user, string? month, string? program, string? countyCode, string? months)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadOptionalCounty(user, countyCode, out var county, out var refused)) return (null, 0, refused);
        var parsed = new StatisticsParameters(fields.Month("month", month), ProgramOf(fields, program), county, null);
        var count = 12;
        if (months is not null && (!int.TryParse(months, out count) || count is < 1 or > 120))
            fields.Add("months", $"「{months}」不是 1 到 120 之间的月数");
        return fields.HasErrors ? (null, 0, Problems.Invalid(fields.Errors)) : (parsed, count, null);
    }

    private static DomainProgram ProgramOf(FieldReader fields, string? program) => fields.Enum<DomainProgram>("program", program, DomainProgram.Dibao);
}
