using Assistance.Domain.Statistics;
using NodaTime;
using NodaTime.Text;
using System.Text.Json.Serialization;
using Assistance.Domain.Values;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

/// <summary>
/// The movements (新增, 退出, 转入/转出, 人数变动) of one county's caseload in one program and effective month, urban and rural apart.
/// Opening and closing figures are sums of these over the months up to the one asked for; the projection keeps only movements.
/// </summary>
public sealed class MonthlyFlowsDocument
{
    public string Id { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public DomainProgram Program { get; set; }
    /// <summary>YYYY-MM.</summary>
    public string Month { get; set; } = "";
    /// <summary>yyyymm, for range queries (no NodaTime in LINQ).</summary>
    public int MonthKey { get; set; }
    public FlowCounts Urban { get; set; } = new();
    public FlowCounts Rural { get; set; } = new();

    public FlowCounts For(Residence residence) => residence == Residence.Urban ? Urban : Rural;

    [JsonIgnore]
    public YearMonth YearMonth => YearMonthPattern.Iso.Parse(Month).Value;

    [JsonIgnore]
    public bool IsEmpty => Urban.IsEmpty && Rural.IsEmpty;

    public static string IdFor(string countyCode, DomainProgram program, YearMonth month) => $"{countyCode}:{program}:{Format(month)}";

    public static MonthlyFlowsDocument New(string countyCode, DomainProgram program, YearMonth month) => new()
    {
        Id = IdFor(countyCode, program, month),
        CountyCode = countyCode,
        Program = program,
        Month = Format(month),
        MonthKey = KeyOf(month),
    };

    public static int KeyOf(YearMonth month) => month.Year * 100 + month.Month;

    public static string Format(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
