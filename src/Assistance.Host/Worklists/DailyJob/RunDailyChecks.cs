namespace Assistance.Host.Worklists.DailyJob;

/// <summary>Record what time has caused up to and including <see cref="Through"/>, one day after the other from the last completed day.</summary>
public sealed record RunDailyChecks(DateOnly Through);
