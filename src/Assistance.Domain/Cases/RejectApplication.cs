
namespace Assistance.Domain.Cases;

/// <summary>不予确认: reject the application; <see cref="DecidedOn"/> defaults to today and the effective month to its month.</summary>
public sealed record RejectApplication(YearMonth? EffectiveMonth, string Reason, string DecidedBy, LocalDate? DecidedOn = null);
