namespace Assistance.Domain.Cases;

/// <summary>停发 / 退出: the case leaves assistance; <see cref="EffectiveMonth"/> is the first month not paid.</summary>
public sealed record ExitCase(ExitReason Reason, YearMonth EffectiveMonth, string DecidedBy, string? Notes);
