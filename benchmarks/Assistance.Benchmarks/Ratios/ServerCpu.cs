using System.Globalization;
using Assistance.Host.Storage;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// CPU time used so far by one PostgreSQL cluster (its postmaster, the backends it has reaped and those still running), from
/// /proc. On a shared machine wall-clock rates depend on what else runs; CPU seconds per side show where the work is.
/// </summary>
public sealed class ServerCpu(string dataDirectory)
{
    public TimeSpan Used()
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile)) return TimeSpan.Zero;
        var postmaster = File.ReadLines(pidFile).First();
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || ProcStat.Fields(pid) is not { } fields) continue;
            if (pid.ToString(CultureInfo.InvariantCulture) == postmaster) ticks += Sum(fields, 11, 12, 13, 14);
            else if (fields[1] == postmaster) ticks += Sum(fields, 11, 12);
        }
        return TimeSpan.FromSeconds(ticks / ProcStat.TicksPerSecond);
    }

    private static long Sum(string[] fields, params int[] at) => at.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
}
