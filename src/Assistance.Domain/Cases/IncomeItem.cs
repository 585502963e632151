using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>One income item of an assessment, by kind.</summary>
public sealed record IncomeItem(string Kind, decimal Amount);
