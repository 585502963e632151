namespace Assistance.Samples;

/// <summary>
/// How the city lives on after the article (December 2025 onwards) and when its screening ran. The article gives yearly
/// figures; the continuation takes each as a monthly rate (a twelfth), so the months after November 2025 look like 2025.
/// The screening dates come from the article: two months of visits reported at the beginning of December 2025.
/// </summary>
public static class ContinuationFigures
{
    /// <summary>低保 persons enrolled a month: (7,292 online + 2,863 window enrolments of 2025) / 12.</summary>
    public const int DibaoPersonsPerMonth = 846;
    public const int TekunPersonsPerMonth = ArticleFigures.TekunPersons / 12;
    public const int MarginalPersonsPerMonth = ArticleFigures.MarginalPersons / 12;
    public const int TemporaryPersonsPerMonth = ArticleFigures.TemporaryPersons / 12;
    public const int RigidExpenditurePersonsPerMonth = ArticleFigures.RigidExpenditurePersons / 12;
    /// <summary>Applications rejected a month, in persons: as in 2025, one for every twelve online enrolments.</summary>
    public const int RejectedPersonsPerMonth = ArticleFigures.OnlineDibaoPersons / 12 / 12;

    /// <summary>Per thousand enrolled households a month: leaves without a review (death, moving away, voluntary).</summary>
    public const int ExitsPerThousandPerMonth = 4;
    /// <summary>Per hundred reviews: income found above the 低保边缘 line (停发), and raised by a job into the band (渐退).</summary>
    public const int ReviewExitsPerHundred = 5;
    public const int ReviewGradualExitsPerHundred = 4;

    /// <summary>
    /// The sample's own choice (the article gives no figure): suspected new 重残 persons who applied at the visit, each for
    /// 单人保; about one in ten is found not eligible.
    /// </summary>
    public const int OutreachApplicants = 540;

    /// <summary>The day the department rosters were uploaded (a Monday), before the two months of visits.</summary>
    public static readonly LocalDate RostersUploadedOn = new(2025, 9, 29);
    public static readonly LocalDate VisitsFrom = new(2025, 10, 1);
    public static readonly LocalDate VisitsTo = new(2025, 11, 30);
}
