namespace Assistance.Samples;

/// <summary>How the roster of end-2024 enters the ledger.</summary>
public enum BaselineHistory
{
    /// <summary>Each household opens with the migration event (存量迁移), as a roster import does. The city sample.</summary>
    Imported,
    /// <summary>Each household lives its whole life through the commands since its enrolment (apply, commit, assess, approve, yearly reviews). Province benchmarks.</summary>
    Lived,
}

/// <summary>
/// The size and seed of a sample city. <see cref="Scale"/> 1 is the article's city; 0.05 a small one for tests;
/// 29 a province with lived histories (≥ 1,000,000 households, ≈ 7,000,000 events) for benchmarks. Same seed and options, same city, event for event.
/// With <see cref="Through"/> the city lives on after November 2025 (reviews, exits, enrolments, the article's screening) until
/// the end of that month: the month of the last events, so a load on any day passes the month before it (<see cref="MonthBefore"/>).
/// </summary>
public sealed record SampleCityOptions(int Seed = 20251201, double Scale = 1.0, BaselineHistory Baseline = BaselineHistory.Imported,
    YearMonth? Through = null)
{
    /// <summary>The first month the continuation records events in.</summary>
    public static readonly YearMonth ContinuationStarts = new(2025, 12);

    /// <summary>The last whole month before <paramref name="today"/>, through which a load continues the city.</summary>
    public static YearMonth MonthBefore(LocalDate today) => today.ToYearMonth().PlusMonths(-1);

    public bool Continues => Through is { } through && through >= ContinuationStarts;

    public static SampleCityOptions Full => new();

    public static SampleCityOptions Small => new(Scale: 0.05);

    public static SampleCityOptions Province(double scale = 29) => new(Scale: scale, Baseline: BaselineHistory.Lived);

    public int Scaled(int figure) => (int)Math.Round(figure * Scale, MidpointRounding.AwayFromZero);
}
