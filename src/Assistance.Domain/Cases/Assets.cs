using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>Assets declared or found by the data check (in yuan).</summary>
public sealed record Assets(decimal Deposits = 0, decimal Vehicles = 0, decimal Houses = 0, decimal Other = 0)
{
    public decimal Total => Deposits + Vehicles + Houses + Other;
}
