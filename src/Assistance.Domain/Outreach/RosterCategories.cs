namespace Assistance.Domain.Outreach;

/// <summary>The category column as departments fill it in: the contract's English names or the usual Chinese terms.</summary>
public static class RosterCategories
{
    private static readonly Dictionary<string, RosterCategory> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["重残"] = RosterCategory.SevereDisability, ["重度残疾"] = RosterCategory.SevereDisability, ["重度残疾人"] = RosterCategory.SevereDisability,
        ["重病"] = RosterCategory.SeriousIllness, ["大病"] = RosterCategory.SeriousIllness, ["重特大疾病"] = RosterCategory.SeriousIllness,
        ["老年人"] = RosterCategory.Elderly, ["农村老年人"] = RosterCategory.Elderly,
        ["防返贫监测"] = RosterCategory.PovertyMonitoring, ["防返贫监测对象"] = RosterCategory.PovertyMonitoring, ["监测对象"] = RosterCategory.PovertyMonitoring,
        ["其他"] = RosterCategory.Other,
    };

    public static readonly string Accepted = string.Join("、", Enum.GetNames<RosterCategory>()) + "，或 重残、重病、农村老年人、防返贫监测、其他";

    public static RosterCategory? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Enum.TryParse<RosterCategory>(text.Trim(), ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(text, out _))
            return category;
        return Names.TryGetValue(text.Trim(), out var named) ? named : null;
    }
}
