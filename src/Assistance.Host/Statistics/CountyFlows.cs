using Assistance.Domain.Statistics;
using NodaTime;
using NodaTime.Text;
using System.Text.Json.Serialization;

namespace Assistance.Host.Statistics;

/// <summary>
/// One county's movements in one month, as a report reads them from <see cref="MonthlyFlowsDocument"/>; or, for the months
/// before the first one a report shows, their sum, dated the month before it (a report adds those only into its openings).
/// </summary>
public sealed class CountyFlows
{
    public string CountyCode { get; set; } = "";
    /// <summary>YYYY-MM.</summary>
    public string Month { get; set; } = "";
    public FlowCounts Urban { get; set; } = new();
    public FlowCounts Rural { get; set; } = new();

    [JsonIgnore]
    public YearMonth YearMonth => YearMonthPattern.Iso.Parse(Month).Value;
}
