using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Assistance.Host.Storage;
using Npgsql;

namespace Assistance.Host.Tests.Storage;

public sealed class LocalPostgresClusterTests
{
    [Fact]
    public async Task Ephemeral_cluster_serves_databases_and_leaves_nothing_behind()
    {
        var options = LocalPostgresOptions.InTemporaryDirectory();
        string connectionString;

        await using (var cluster = await LocalPostgresCluster.StartAsync(options))
        {
            connectionString = cluster.ConnectionString;
            (await ScalarAsync(connectionString, "SELECT 1")).ShouldBe(1);
            (await ScalarAsync(connectionString, "SELECT current_database()")).ShouldBe("assistance");

            var second = await cluster.CreateDatabaseAsync("per_test_class");
            (await ScalarAsync(second, "SELECT current_database()")).ShouldBe("per_test_class");
        }

        await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(Unpooled(connectionString), "SELECT 1"));
        Directory.Exists(options.DataDirectory).ShouldBeFalse();
    }

    [Fact]
    public async Task Reused_data_directory_keeps_its_tables()
    {
        var options = new LocalPostgresOptions { DataDirectory = TempDirectory() };
        try
        {
            await using (var first = await LocalPostgresCluster.StartAsync(options))
                await ScalarAsync(first.ConnectionString, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");

            await using var second = await LocalPostgresCluster.StartAsync(options);
            (await ScalarAsync(second.ConnectionString, "SELECT id FROM kept")).ShouldBe(42);
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Stale_pid_file_of_a_dead_process_does_not_block_the_next_start()
    {
        var options = new LocalPostgresOptions { DataDirectory = TempDirectory() };
        try
        {
            await (await LocalPostgresCluster.StartAsync(options)).DisposeAsync();
            WriteStalePidFile(options.DataDirectory, DeadPid());

            await using var restarted = await LocalPostgresCluster.StartAsync(options);
            (await ScalarAsync(restarted.ConnectionString, "SELECT 1")).ShouldBe(1);
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Stale_pid_file_naming_another_live_server_leaves_that_server_alone()
    {
        await using var bystander = await LocalPostgresCluster.StartAsync(LocalPostgresOptions.InTemporaryDirectory());
        var options = new LocalPostgresOptions { DataDirectory = TempDirectory() };
        try
        {
            await (await LocalPostgresCluster.StartAsync(options)).DisposeAsync();
            WriteStalePidFile(options.DataDirectory, PostmasterPid(bystander.DataDirectory));

            await using var restarted = await LocalPostgresCluster.StartAsync(options);
            (await ScalarAsync(restarted.ConnectionString, "SELECT 1")).ShouldBe(1);
            (await ScalarAsync(Unpooled(bystander.ConnectionString), "SELECT 1")).ShouldBe(1);
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Server_left_running_by_a_killed_host_is_taken_over()
    {
        var options = new LocalPostgresOptions { DataDirectory = TempDirectory() };
        try
        {
            // Never disposed, like a host that was killed.
            var crashed = await LocalPostgresCluster.StartAsync(options);

            await using (var next = await LocalPostgresCluster.StartAsync(options))
            {
                (await ScalarAsync(next.ConnectionString, "SELECT 1")).ShouldBe(1);
                await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(Unpooled(crashed.ConnectionString), "SELECT 1"));
            }
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_another_live_process_started_is_shared_and_left_running()
    {
        var options = new LocalPostgresOptions { DataDirectory = TempDirectory() };
        using var other = Process.Start(new ProcessStartInfo("sleep", "120"))!;
        try
        {
            await using var host = await LocalPostgresCluster.StartAsync(options);
            // As if the web host were that other process: the CLI verb started now must not take its server away.
            File.WriteAllText(Path.Combine(options.DataDirectory, "ledger-owner"), $"{other.Id}\n{PgCtl.StartOf(other.Id)}");

            await using (var verb = await LocalPostgresCluster.StartAsync(options))
            {
                verb.Port.ShouldBe(host.Port);
                (await ScalarAsync(verb.ConnectionString, "SELECT 1")).ShouldBe(1);
            }
            (await ScalarAsync(Unpooled(host.ConnectionString), "SELECT 1")).ShouldBe(1);

            other.Kill();
            await other.WaitForExitAsync();
            await using var afterOwnerDied = await LocalPostgresCluster.StartAsync(options);
            // An owner that is gone: taken over, as after a crash; this process started the server now running there.
            File.ReadAllText(Path.Combine(options.DataDirectory, "ledger-owner")).Split('\n')[0].ShouldBe(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await ScalarAsync(afterOwnerDied.ConnectionString, "SELECT 1")).ShouldBe(1);
        }
        finally
        {
            if (!other.HasExited) other.Kill();
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Failed_start_reports_the_server_log_and_cleans_up()
    {
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var options = LocalPostgresOptions.InTemporaryDirectory() with { Port = ((IPEndPoint)occupied.LocalEndpoint).Port };

        var error = await Should.ThrowAsync<PostgresNotAvailableException>(() => LocalPostgresCluster.StartAsync(options));

        error.Message.ShouldContain("pg_ctl start");
        error.Message.ShouldContain("could not bind");
        Directory.Exists(options.DataDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Wrong_binary_override_fails_with_a_bilingual_message()
    {
        var error = Should.Throw<PostgresNotAvailableException>(() => PostgresBinaries.Find("/nonexistent/pg/bin"));

        error.Message.ShouldContain("未找到 PostgreSQL 程序");
        error.Message.ShouldContain("ASSISTANCE_PG_BIN=/nonexistent/pg/bin");
    }

    [Fact]
    public void Default_dev_data_directory_is_under_the_checkout_root()
    {
        var nested = Path.Combine(TempDirectory(), "src", "Assistance.Host");
        Directory.CreateDirectory(nested);
        var root = Path.GetFullPath(Path.Combine(nested, "..", ".."));
        File.WriteAllText(Path.Combine(root, "Assistance.sln"), "");
        try
        {
            LocalPostgresOptions.DefaultDevDataDirectory(nested).ShouldBe(Path.Combine(root, ".local", "pgdata"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    // A real connection attempt, not an idle socket from the pool.
    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 }.ConnectionString;

    private static string TempDirectory() => Path.Combine(Path.GetTempPath(), $"assistance-pg-test-{Guid.NewGuid():N}");

    private static int DeadPid()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        return process.Id;
    }

    private static int PostmasterPid(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First());

    // The first line is all pg_ctl reads; the rest mimics a real file.
    private static void WriteStalePidFile(string dataDirectory, int pid) =>
        File.WriteAllText(Path.Combine(dataDirectory, "postmaster.pid"), $"{pid}\n{dataDirectory}\n1700000000\n5432\n\n127.0.0.1\n  0  0\nready   \n");
}
