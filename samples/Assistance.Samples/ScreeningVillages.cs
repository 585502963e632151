namespace Assistance.Samples;

/// <summary>
/// The villages the screening visited, numbered per county: village <c>k</c> lies in the county's township <c>k mod n</c>.
/// Their names differ from the villages of the 2024 roster households, so the villages visited are exactly those numbered.
/// </summary>
public static class ScreeningVillages
{
    private const string Sides = "东西南北前后上下大小新老中";
    private const string Kinds = "庄河沟坡峪岭寨堡湾店";

    public static (string Township, string Village) Of(string countyCode, int number)
    {
        var townships = Townships.All(countyCode);
        var within = number / townships.Count;
        var names = Sides.Length * Kinds.Length;
        var repeat = within >= names ? $"{within / names + 1}" : "";
        return (townships[number % townships.Count], $"{Sides[within % Sides.Length]}{Kinds[within / Sides.Length % Kinds.Length]}{repeat}村");
    }
}
