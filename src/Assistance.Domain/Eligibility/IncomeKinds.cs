namespace Assistance.Domain.Eligibility;

public static class IncomeKinds
{
    /// <summary>The kinds N2 Art.13 leaves out of household income.</summary>
    public static IReadOnlyList<IncomeKind> ExcludedNationally { get; } =
    [
        IncomeKind.PreferentialTreatment,
        IncomeKind.FamilyPlanningAward,
        IncomeKind.Scholarship,
        IncomeKind.BraveryAward,
        IncomeKind.SocialAssistance,
        IncomeKind.BasicPensionCentral,
    ];

    private static readonly Dictionary<string, IncomeKind> ByName =
        Enum.GetValues<IncomeKind>().ToDictionary(k => k.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the enum name, ignoring case. Numbers are refused so that "3" cannot slip in as a kind.</summary>
    public static bool TryParse(string? text, out IncomeKind kind) => ByName.TryGetValue(text?.Trim() ?? "", out kind);
}
