using NodaTime;

namespace Assistance.Host.Outreach;

public sealed record OutreachWorklistPage(string Name, string Title, string? CountyCode, LocalDate Today, int Page, int PageSize, int Total,
    IReadOnlyList<OutreachWorklistRow> Rows);
