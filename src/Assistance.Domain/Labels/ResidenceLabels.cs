namespace Assistance.Domain.Labels;

/// <summary>城市 or 农村, as the explanations name the 低保标准 that applies.</summary>
public static class ResidenceLabels
{
    public static string Of(Residence residence) => residence switch
    {
        Residence.Urban => "城市",
        Residence.Rural => "农村",
        _ => residence.ToString(),
    };
}
