using Assistance.Host.Storage;

namespace Assistance.Host.Tests.Support;

/// <summary>One private PostgreSQL cluster for the whole test run, started by the same launcher the ledger uses; a fresh database per test class.</summary>
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
        var directory = Path.Combine(Path.GetTempPath(), $"assistance-tests-{Environment.ProcessId}");
        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = directory, Ephemeral = true }, null, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
