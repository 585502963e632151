
namespace Assistance.Host.PaymentRolls;

/// <summary>发放名册已发放: opens the roll's own stream with the roll's totals and the hash of its lines.</summary>
public sealed record PaymentRollIssued(
    string CountyCode, string Month, decimal TotalAmount, int Households, int Persons, int Lines, string LinesHash, string IssuedBy);
