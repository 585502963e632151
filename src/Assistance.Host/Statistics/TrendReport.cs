using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

public sealed record TrendReport(DomainProgram Program, string? CountyCode, string? CountyName, IReadOnlyList<TrendPoint> Points);
