using Assistance.Domain.Cases;
using Assistance.Host.Core;

namespace Assistance.Host.Cases;

/// <summary>刚性支出 of the twelve months before the application in yuan, by the kinds of N9 Art.5, as an assessment sends it.</summary>
public sealed record RigidSpendingRequest(decimal? Living, decimal? Medical, decimal? Education, decimal? Rehabilitation, decimal? Other)
{
    public static RigidSpending? Read(FieldReader fields, RigidSpendingRequest? spending) => spending is null
        ? null
        : new RigidSpending(
            fields.Money("rigidSpending.living", spending.Living, required: false),
            fields.Money("rigidSpending.medical", spending.Medical, required: false),
            fields.Money("rigidSpending.education", spending.Education, required: false),
            fields.Money("rigidSpending.rehabilitation", spending.Rehabilitation, required: false),
            fields.Money("rigidSpending.other", spending.Other, required: false));
}
