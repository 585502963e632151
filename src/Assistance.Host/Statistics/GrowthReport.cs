using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

public sealed record GrowthReport(
    string Baseline, string Month, DomainProgram Program, IReadOnlyList<GrowthCounty> Counties, GrowthTotal Total,
    bool AllCountiesPositive);
