using NodaTime;

namespace Assistance.Host.Worklists;

public sealed record WorklistCounts(string? CountyCode, string? Township, LocalDate Today, IReadOnlyList<WorklistCount> Lists);
