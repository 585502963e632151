namespace Assistance.Domain.PaymentRolls;

/// <summary>正常发放 (Regular), 补发 (BackPay) or 追回 (Recovery, a negative amount).</summary>
public enum RollLineKind { Regular, BackPay, Recovery }
