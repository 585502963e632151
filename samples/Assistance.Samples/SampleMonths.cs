namespace Assistance.Samples;

/// <summary>The sample's month numbers: 1 is January 2025.</summary>
public static class SampleMonths
{
    private static readonly YearMonth First = new(2025, 1);

    public static YearMonth Of(int number) => First.PlusMonths(number - 1);

    public static int NumberOf(YearMonth month) => (month.Year - First.Year) * 12 + month.Month;
}
