namespace Assistance.Host.Worklists.DailyJob;

/// <summary>Record what time has caused up to and including <see cref="Through"/>, one day after the other from the last completed day.</summary>
public sealed record RunDailyChecks(DateOnly Through);

/// <summary>The last day whose time-caused events are all recorded (yyyy-MM-dd); one document for the ledger.</summary>
public sealed class DailyChecksProgress
{
    public const string TheId = "daily-checks";

    public string Id { get; set; } = TheId;
    public string LastCompletedDay { get; set; } = "";
}
