using System.Text.Json.Serialization;

namespace Assistance.Domain.Statistics;

/// <summary>A number of households and persons.</summary>
public sealed class HouseholdsPersons
{
    public int Households { get; set; }
    public int Persons { get; set; }
}
