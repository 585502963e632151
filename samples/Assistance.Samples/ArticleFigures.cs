namespace Assistance.Samples;

/// <summary>
/// The figures of the article 《我市着力推动低保扩围增效》 (summarised in docs/sample-article.md) that the sample city reproduces.
/// Persons are enrolled persons (all members, or the one member of a 单人保 case).
/// </summary>
public static class ArticleFigures
{
    /// <summary>低保 persons at the end of 2024: 927 / 0.0136 ≈ 68,160.</summary>
    public const int DibaoPersonsEnd2024 = 68_160;
    /// <summary>净增长927人 by early December 2025 (the closing figure of November).</summary>
    public const int DibaoNetGrowth = 927;
    /// <summary>线上办结纳入城乡低保.</summary>
    public const int OnlineDibaoPersons = 7_292;
    /// <summary>城乡特困.</summary>
    public const int TekunPersons = 1_232;
    /// <summary>低保边缘家庭 (persons of the households recognised).</summary>
    public const int MarginalPersons = 1_113;
    /// <summary>实施临时救助.</summary>
    public const int TemporaryPersons = 4_456;
    /// <summary>落实刚性支出救助.</summary>
    public const int RigidExpenditurePersons = 97;
    /// <summary>认定因病致贫 (among the online 低保 enrolments, each a 单人保 of a seriously ill member).</summary>
    public const int IllnessPersons = 24;

    /// <summary>“关注重残、筑牢兜底”: 27895名重残人员 on the 残联 roster, of whom <see cref="SuspectedNewSevereDisability"/> suspected new.</summary>
    public const int SevereDisabilityRostered = 27_895;
    /// <summary>1161名疑似新办残疾人证的重残人员 (counted within <see cref="SevereDisabilityRostered"/>).</summary>
    public const int SuspectedNewSevereDisability = 1_161;
    /// <summary>2个月内走访…56107户 (the sample visits one person of each household).</summary>
    public const int HouseholdsVisited = 56_107;
    /// <summary>2个月内走访2054个村.</summary>
    public const int VillagesVisited = 2_054;

    public static readonly YearMonth Baseline = new(2024, 12);
    public static readonly YearMonth ClosingMonth = new(2025, 11);

    /// <summary>
    /// The 12 counties with their end-2024 低保 persons and their net growth to November 2025 (every one positive).
    /// The split is invented (the article gives only the city totals); it follows the counties' rough size.
    /// </summary>
    public static readonly IReadOnlyList<CountyFigures> Counties =
    [
        new("140403", 8_460, 121),
        new("140404", 6_920, 88),
        new("140405", 5_870, 71),
        new("140406", 4_310, 52),
        new("140423", 6_150, 83),
        new("140425", 5_480, 69),
        new("140426", 4_020, 47),
        new("140427", 6_340, 86),
        new("140428", 6_590, 92),
        new("140429", 5_260, 88),
        new("140430", 4_120, 64),
        new("140431", 4_640, 66),
    ];
}

/// <summary>A county's end-2024 低保 persons and its planned net growth to the closing month.</summary>
public sealed record CountyFigures(string CountyCode, int BaselinePersons, int NetGrowth);
