using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Assistance.Host.Storage;

internal sealed record ProcessResult(int ExitCode, string Output);

internal static class PostgresProcess
{
    public const string ServerUser = "postgres";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    // pg_ctl start forks the postmaster; if anything it spawns keeps our pipes open,
    // EOF never arrives. Waiting for exit plus this grace period keeps us from hanging on it.
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    /// <summary>PostgreSQL refuses to run as root, so root hands the server binaries to the postgres user.</summary>
    public static bool IsRoot { get; } = !OperatingSystem.IsWindows() && geteuid() == 0;

    public static Task<ProcessResult> RunAsServerUserAsync(string file, IEnumerable<string> args, CancellationToken ct) =>
        IsRoot ? RunAsync("runuser", ["-u", ServerUser, "--", file, .. args], ct) : RunAsync(file, args, ct);

    /// <summary>Runs to exit with stdout and stderr merged; kills the process tree on timeout.</summary>
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> args, CancellationToken ct, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The caller's directory may be unreadable for the postgres user (e.g. /root).
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var pumps = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, output));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"{file} did not finish within {(timeout ?? DefaultTimeout).TotalSeconds:0} s.{Environment.NewLine}{Snapshot(output)}");
        }

        await Task.WhenAny(pumps, Task.Delay(OutputGrace, CancellationToken.None));
        return new ProcessResult(process.ExitCode, Snapshot(output));
    }

    private static async Task Pump(StreamReader reader, StringBuilder sink)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
                lock (sink)
                    sink.AppendLine(line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process was disposed while a grandchild still held the pipe; the output so far is kept.
        }
    }

    private static string Snapshot(StringBuilder sink)
    {
        lock (sink)
            return sink.ToString();
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
