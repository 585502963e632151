using System.Diagnostics;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Npgsql;

namespace Assistance.Host.Tests.Operations;

/// <summary>A test run removes, as it starts, the clusters of killed runs and keeps those of runs still going.</summary>
public class StaleTestClusterTests
{
    [Fact]
    public async Task A_cluster_whose_owner_is_gone_is_stopped_and_removed_and_a_living_owners_cluster_is_kept()
    {
        var parent = Directory.CreateTempSubdirectory("stale-clusters-").FullName;
        // Run as root, the server runs as the postgres user, who must be able to reach the cluster's folder.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await gone.WaitForExitAsync();
        var orphan = StaleTestClusters.FolderFor(parent, gone.Id);
        // Left running as a killed run leaves it: started, never disposed.
        var leftRunning = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = orphan });
        try
        {
            var living = StaleTestClusters.FolderFor(parent, Environment.ProcessId);
            Directory.CreateDirectory(living);
            await File.WriteAllTextAsync(Path.Combine(living, "PG_VERSION"), "15");
            // pid 1 lives, but it started long after this folder was made: it only reuses the pid of an owner that is gone.
            var reused = StaleTestClusters.FolderFor(parent, 1);
            Directory.CreateDirectory(reused);
            await File.WriteAllTextAsync(Path.Combine(reused, "PG_VERSION"), "15");
            File.SetLastWriteTimeUtc(Path.Combine(reused, "PG_VERSION"), new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

            (await StaleTestClusters.RemoveAsync(parent)).ShouldBe([orphan, reused], ignoreOrder: true);

            Directory.Exists(orphan).ShouldBeFalse();
            Directory.Exists(reused).ShouldBeFalse();
            Directory.Exists(living).ShouldBeTrue();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(leftRunning.ConnectionString) { Pooling = false, Timeout = 3 }.ConnectionString);
            await Should.ThrowAsync<NpgsqlException>(() => connection.OpenAsync());
        }
        finally
        {
            if (Directory.Exists(orphan)) await leftRunning.DisposeAsync();
            Directory.Delete(parent, recursive: true);
        }
    }
}
