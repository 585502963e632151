using System.Globalization;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// CPU time used so far by one PostgreSQL cluster (its postmaster, the backends it has reaped and those still running), from
/// /proc. On a shared machine wall-clock rates depend on what else runs; CPU seconds per side show where the work is.
/// </summary>
public sealed class ServerCpu(string dataDirectory)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public TimeSpan Used()
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile)) return TimeSpan.Zero;
        var postmaster = int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            var fields = Stat(pid);
            if (fields is null) continue;
            // Fields after the command name and state: [0] ppid, [10] utime, [11] stime, [12] cutime, [13] cstime.
            if (pid == postmaster) ticks += fields[10] + fields[11] + fields[12] + fields[13];
            else if (fields[0] == postmaster) ticks += fields[10] + fields[11];
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static long[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ').Skip(1).Take(14).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
