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
/// </summary>
public sealed record SampleCityOptions(int Seed = 20251201, double Scale = 1.0, BaselineHistory Baseline = BaselineHistory.Imported)
{
    public static SampleCityOptions Full => new();

    public static SampleCityOptions Small => new(Scale: 0.05);

    public static SampleCityOptions Province(double scale = 29) => new(Scale: scale, Baseline: BaselineHistory.Lived);

    public int Scaled(int figure) => (int)Math.Round(figure * Scale, MidpointRounding.AwayFromZero);
}
