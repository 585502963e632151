using NodaTime;

namespace Assistance.Host.Worklists;

public sealed record WorklistPage(string Name, string Title, string? CountyCode, LocalDate Today, int Page, int PageSize, int Total, IReadOnlyList<WorklistRow> Rows);
