using System.Diagnostics;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace Assistance.Host.Storage;

/// <summary>initdb/pg_ctl against one data directory, run as the user PostgreSQL accepts.</summary>
internal sealed class PgCtl(PostgresBinaries binaries, string dataDirectory, ILogger? logger)
{
    // pg_ctl's own wait gives up before our process timeout, so its clearer message wins.
    private const string WaitSeconds = "50";
    private const int LogTailLines = 30;

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string LogFile => Path.Combine(DataDirectory, "postgres.log");

    private string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>Initialises a new cluster, or makes a reused one startable after a crashed run.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        if (IsInitialised)
        {
            await ClearLeftoverServerAsync(ct);
            return;
        }

        Directory.CreateDirectory(DataDirectory);
        if (PostgresProcess.IsRoot)
        {
            var chown = await RunAsync("chown", PostgresProcess.RunAsync("chown", [PostgresProcess.ServerUser, DataDirectory], ct));
            if (chown.ExitCode != 0)
                throw PostgresNotAvailableException.Failed("chown", chown.Output);
        }

        // C.UTF-8 keeps sorting byte-wise and machine-independent while lower()/upper() still work on non-ASCII;
        // macOS has no such locale.
        var locale = OperatingSystem.IsLinux() ? "--locale=C.UTF-8" : "--no-locale";
        var result = await RunAsync("initdb", PostgresProcess.RunAsServerUserAsync(
            binaries.InitDb, ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", locale], ct));
        if (result.ExitCode != 0)
            throw PostgresNotAvailableException.Failed("initdb", result.Output + AccessHint());
    }

    public async Task StartAsync(int port, bool fsyncOff, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        // -k '' disables the Unix socket: everything connects over TCP, which avoids the
        // 107-byte socket path limit and a socket folder the postgres user must be able to write.
        var serverOptions = $"-p {port} -k '' -c listen_addresses=127.0.0.1 -c max_connections=200"
            + (fsyncOff ? " -c fsync=off" : "") + string.Concat(settings.Select(s => $" -c {s.Key}={s.Value}"));
        // -l sends the server's output to a file: the postmaster must not inherit our pipes.
        var result = await RunAsync("pg_ctl start", PgCtlAsync(
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", WaitSeconds, "-o", serverOptions], ct));
        if (result.ExitCode != 0)
            throw PostgresNotAvailableException.Failed("pg_ctl start", result.Output + LogTail());
    }

    public async Task StopAsync(CancellationToken ct)
    {
        var result = await RunAsync("pg_ctl stop", PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", WaitSeconds], ct));
        if (result.ExitCode != 0)
            throw PostgresNotAvailableException.Failed("pg_ctl stop", result.Output + LogTail());
    }

    public string LogTail()
    {
        if (!File.Exists(LogFile))
            return "";
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var lines = new StreamReader(stream).ReadToEnd().Split('\n');
        return $"{Environment.NewLine}--- {LogFile} ---{Environment.NewLine}" + string.Join('\n', lines.TakeLast(LogTailLines));
    }

    /// <summary>Who started the server running in this directory: a process id and its start time, so a reused pid does not count.</summary>
    internal string OwnerFile => Path.Combine(DataDirectory, "ledger-owner");

    /// <summary>Records this process as the one that started the server (and will stop it).</summary>
    public void RecordOwner() => File.WriteAllText(OwnerFile, $"{Environment.ProcessId}\n{StartOf(Environment.ProcessId)}");

    /// <summary>
    /// When a process started, spelt the same by every process that asks: on Linux the start time in clock ticks since boot from
    /// /proc (.NET's <see cref="Process.StartTime"/> adds a boot time each process computes for itself, which differs slightly
    /// between processes); elsewhere that time to the second.
    /// </summary>
    internal static string StartOf(int pid)
    {
        if (ProcStat.Fields(pid) is { } fields) return fields[19];
        using var process = Process.GetProcessById(pid);
        return process.StartTime.ToUniversalTime().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The port of a server in this directory that another live process started (a web host still running while a CLI verb
    /// of the same checkout starts): that one is shared rather than taken over, and left running.
    /// </summary>
    public int? PortOfServerOwnedByAnotherProcess()
    {
        if (!File.Exists(PidFile) || !File.Exists(OwnerFile) || !PidFileBelongsToRunningServer()) return null;
        try
        {
            var owner = File.ReadAllText(OwnerFile).Split('\n');
            var pid = int.Parse(owner[0], System.Globalization.CultureInfo.InvariantCulture);
            if (pid == Environment.ProcessId || StartOf(pid) != owner[1]) return null;
            // postmaster.pid: pid, data directory, start time, port, …
            return int.Parse(File.ReadLines(PidFile).ElementAt(3), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or IOException)
        {
            return null; // the owner is gone (or the file is not ours): take the directory over as after a crash
        }
    }

    private async Task ClearLeftoverServerAsync(CancellationToken ct)
    {
        if (!File.Exists(PidFile))
            return;

        var status = await RunAsync("pg_ctl status", PgCtlAsync(["status", "-D", DataDirectory], ct));
        if (status.ExitCode == 0 && PidFileBelongsToRunningServer())
        {
            // A host that was killed leaves its server running (pg_ctl detaches it); take the directory back.
            logger?.LogWarning("A PostgreSQL server from an earlier run still uses {DataDirectory}; stopping it", DataDirectory);
            await StopAsync(ct);
        }
        else
        {
            logger?.LogInformation("Removing stale {PidFile} left by a crashed run", PidFile);
            File.Delete(PidFile);
        }
    }

    /// <summary>
    /// pg_ctl status only checks that the recorded PID is alive; after a reboot that PID may belong to
    /// another cluster's server. The postmaster's working directory is its data directory, so reading the
    /// pid file through /proc proves it is ours (and, unlike comparing paths, is immune to symlinks).
    /// </summary>
    private bool PidFileBelongsToRunningServer()
    {
        if (!Directory.Exists("/proc/self"))
            return true;
        try
        {
            var ours = File.ReadAllText(PidFile);
            var pid = ours.Split('\n', 2)[0].Trim();
            return File.ReadAllText($"/proc/{pid}/cwd/postmaster.pid") == ours;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private Task<ProcessResult> PgCtlAsync(IEnumerable<string> args, CancellationToken ct) =>
        PostgresProcess.RunAsServerUserAsync(binaries.PgCtl, args, ct);

    private async Task<ProcessResult> RunAsync(string step, Task<ProcessResult> run)
    {
        try
        {
            return await run;
        }
        catch (Exception e) when (e is Win32Exception or TimeoutException)
        {
            throw PostgresNotAvailableException.Failed(step, e.Message + LogTail(), e);
        }
    }

    private string AccessHint() => PostgresProcess.IsRoot
        ? $"{Environment.NewLine}Running as root: the OS user '{PostgresProcess.ServerUser}' runs the server and must be able to reach {DataDirectory}."
        : "";
}
