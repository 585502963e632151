namespace Assistance.Host.Storage;

public static class LocalDatabase
{
    /// <summary>
    /// Starts the private cluster when <c>ConnectionStrings:Marten</c> is not set; with a connection string it starts nothing.
    /// A machine without PostgreSQL gets a clear message and exit code 2, not a stack trace.
    /// </summary>
    public static async Task<LocalPostgresCluster?> StartUnlessConfiguredAsync(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Marten"))) return null;
        var directory = configuration["Ledger:LocalDataDirectory"] ?? LocalPostgresOptions.DefaultDevDataDirectory();
        try
        {
            Console.Error.WriteLine($"未配置 ConnectionStrings:Marten，启动本地 PostgreSQL（数据目录 {directory}）…");
            var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = directory });
            Console.Error.WriteLine($"本地 PostgreSQL 已就绪：{cluster.ConnectionString}");
            return cluster;
        }
        catch (PostgresNotAvailableException e)
        {
            Console.Error.WriteLine(e.Message);
            Environment.Exit(2);
            return null;
        }
    }
}
