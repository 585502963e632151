using Marten;
using NodaTime;

namespace Assistance.Host.Policy;

/// <summary>One enrolled case whose monthly amount a parameter change moves (标准调整).</summary>
public sealed record AmountChange(Guid CaseId, string HeadOfHousehold, string HeadName, int Persons, string FromMonth, decimal CurrentAmount, decimal NewAmount, decimal NewAddOnTotal)
{
    public decimal Difference => NewAmount - CurrentAmount;
}
