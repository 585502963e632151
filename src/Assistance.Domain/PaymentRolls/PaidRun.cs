namespace Assistance.Domain.PaymentRolls;

/// <summary>Months in a row, <see cref="From"/> through <see cref="To"/>, that the issued rolls paid a case the same amount for.</summary>
public sealed record PaidRun(YearMonth From, YearMonth To, decimal Amount);
