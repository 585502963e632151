using Assistance.Host.Storage;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// One private PostgreSQL cluster for the whole test run, started by the same launcher the ledger uses; a fresh database per
/// test class. Clusters left by killed runs are removed first (<see cref="StaleTestClusters"/>).
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<LocalPostgresCluster>> Cluster = new(StartAsync);
    private static int _databases;

    public static async Task<string> CreateAsync(string purpose)
    {
        var cluster = await Cluster.Value;
        var name = $"t{Interlocked.Increment(ref _databases)}_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}";
        return await cluster.CreateDatabaseAsync(name);
    }

    private static async Task<LocalPostgresCluster> StartAsync()
    {
        await StaleTestClusters.RemoveAsync(Path.GetTempPath());
        var directory = StaleTestClusters.FolderFor(Path.GetTempPath(), Environment.ProcessId);
        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = directory, Ephemeral = true }, null, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
