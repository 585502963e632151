using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>停发 / 退出: the case left assistance from <see cref="EffectiveMonth"/> (the first month not paid).</summary>
public sealed record CaseExited(ExitReason Reason, YearMonth EffectiveMonth, string DecidedBy, string? Notes,
    SignatureReference? Signature = null) : ICaseEvent;
