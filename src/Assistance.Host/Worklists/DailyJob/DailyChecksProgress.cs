namespace Assistance.Host.Worklists.DailyJob;

/// <summary>The last day whose time-caused events are all recorded (yyyy-MM-dd); one document for the ledger.</summary>
public sealed class DailyChecksProgress
{
    public const string TheId = "daily-checks";

    public string Id { get; set; } = TheId;
    public string LastCompletedDay { get; set; } = "";
}
