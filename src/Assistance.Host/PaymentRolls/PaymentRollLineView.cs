using Assistance.Domain.PaymentRolls;

namespace Assistance.Host.PaymentRolls;

public sealed record PaymentRollLineView(
    Guid CaseId, string HeadOfHousehold, string HeadName, int Persons, decimal Amount, RollLineKind Kind, string ForMonth, string? Cause = null);
