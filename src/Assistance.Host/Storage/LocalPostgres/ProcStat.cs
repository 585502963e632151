namespace Assistance.Host.Storage;

/// <summary>
/// One process's line of Linux's /proc/&lt;pid&gt;/stat, split after the command name (which may hold spaces): index 0 is the
/// state, 1 the parent pid, 11 and 12 user and system CPU time, 13 and 14 those of reaped children, 19 the start time, all
/// in clock ticks. Null where there is no such process or no /proc.
/// </summary>
public static class ProcStat
{
    public const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
