using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>不予确认: the application was rejected.</summary>
public sealed record ApplicationRejected(YearMonth EffectiveMonth, string Reason, string DecidedBy, LocalDate? DecidedOn = null,
    SignatureReference? Signature = null) : ICaseEvent;
