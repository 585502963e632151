using System.Diagnostics;
using Assistance.Host.Storage;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// A test run's cluster is stopped when its process exits; a run that was killed (a time-out, a cancelled run) leaves its
/// PostgreSQL running and its folder behind. Each run, as it starts, stops and removes the clusters whose owner is gone.
/// </summary>
public static class StaleTestClusters
{
    public const string Prefix = "assistance-tests-";

    /// <summary>The folder of this process's cluster under <paramref name="parent"/>.</summary>
    public static string FolderFor(string parent, int pid) => Path.Combine(parent, Prefix + pid);

    /// <returns>The folders removed.</returns>
    public static async Task<IReadOnlyList<string>> RemoveAsync(string parent)
    {
        var removed = new List<string>();
        PostgresBinaries? binaries = null;
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var owner) || OwnerIsAlive(owner, folder)) continue;
            try
            {
                // On a cluster folder, PgCtl's preparation stops a server still running there once it has proved, through
                // /proc, that the pid file's postmaster is that folder's own (after a reboot the pid may be another's).
                if (File.Exists(Path.Combine(folder, "PG_VERSION")))
                    await new PgCtl(binaries ??= PostgresBinaries.Find(), folder, null).PrepareAsync(CancellationToken.None);
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostgresNotAvailableException)
            {
                // Another run is removing it too, or it cannot be stopped from here: it stays for the next run.
            }
        }
        return removed;
    }

    /// <summary>
    /// The pid is alive and its process started before the cluster was made; a process started later only reuses the pid
    /// of an owner that is gone. When that cannot be told, the owner counts as alive.
    /// </summary>
    private static bool OwnerIsAlive(int pid, string folder)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            var version = Path.Combine(folder, "PG_VERSION");
            var madeAt = File.Exists(version) ? File.GetLastWriteTimeUtc(version) : Directory.GetCreationTimeUtc(folder);
            return process.StartTime.ToUniversalTime() <= madeAt;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }
}
