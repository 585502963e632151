using NodaTime;

namespace Assistance.Domain.Reviews;

/// <summary>When the next 复核 is due and why.</summary>
public sealed record ReviewDue(LocalDate DueOn, int IntervalMonths, string Reason);
