using Assistance.Domain.Cases;
using Assistance.Host.Core;

namespace Assistance.Host.Cases;

/// <summary>Assets in yuan, as assessments and reviews send them.</summary>
public sealed record AssetsRequest(decimal? Deposits, decimal? Vehicles, decimal? Houses, decimal? Other)
{
    public static Assets Read(FieldReader fields, AssetsRequest? assets) => assets is null
        ? new Assets()
        : new Assets(
            fields.Money("assets.deposits", assets.Deposits, required: false),
            fields.Money("assets.vehicles", assets.Vehicles, required: false),
            fields.Money("assets.houses", assets.Houses, required: false),
            fields.Money("assets.other", assets.Other, required: false));
}
