using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Assistance.Host.Storage;

/// <summary>
/// A PostgreSQL server on 127.0.0.1 run from the locally installed binaries: the dev ledger's database
/// when no connection string is configured, and the tests' database server. A server that another live process started in
/// the same directory is shared (a CLI verb beside the running web host) and left running; one left by a killed process is
/// taken over.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string Host = "127.0.0.1";
    private const string SuperUser = "postgres";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly LocalPostgresOptions _options;
    private readonly PgCtl _pgCtl;
    private readonly ILogger? _logger;
    private readonly ConcurrentDictionary<string, byte> _issuedConnectionStrings = new();
    private bool _serverLaunched;
    private int _disposed;

    private LocalPostgresCluster(LocalPostgresOptions options, PgCtl pgCtl, int port, ILogger? logger)
    {
        _options = options;
        _pgCtl = pgCtl;
        _logger = logger;
        Port = port;
        ConnectionString = ConnectionStringFor(options.Database);
    }

    public int Port { get; }

    public string DataDirectory => _pgCtl.DataDirectory;

    /// <summary>Connection string for <see cref="LocalPostgresOptions.Database"/>.</summary>
    public string ConnectionString { get; }

    /// <exception cref="PostgresNotAvailableException">No binaries, or the server could not be initialised or started.</exception>
    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger? logger = null, CancellationToken ct = default)
    {
        var pgCtl = new PgCtl(PostgresBinaries.Find(), options.DataDirectory, logger);
        if (!options.Ephemeral && pgCtl.PortOfServerOwnedByAnotherProcess() is { } shared)
        {
            // Another process of this checkout (the running web host) started it: use it, and leave it running on exit.
            var guest = new LocalPostgresCluster(options, pgCtl, shared, logger);
            await guest.WaitUntilAcceptingConnectionsAsync(ct);
            await guest.EnsureDatabaseAsync(options.Database, ct);
            logger?.LogInformation("Using the PostgreSQL server another ledger process started on {Host}:{Port} ({DataDirectory})", Host, shared, options.DataDirectory);
            return guest;
        }
        var cluster = new LocalPostgresCluster(options, pgCtl, options.Port ?? FreePort(), logger);
        try
        {
            await cluster.LaunchAsync(ct);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database, e.g. one per test class, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        // PostgreSQL silently truncates longer names, which would make the returned connection string wrong.
        if (string.IsNullOrEmpty(name) || Encoding.UTF8.GetByteCount(name) > 63)
            throw new ArgumentException("Database names must be 1 to 63 bytes long.", nameof(name));

        await using var connection = await OpenAdminConnectionAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(name)}", connection);
        await create.ExecuteNonQueryAsync(ct);
        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server and keeps its data: a database outage, as the outage tests cause one.</summary>
    internal Task StopServerAsync(CancellationToken ct = default) => _pgCtl.StopAsync(ct);

    /// <summary>Starts the stopped server again on the same port.</summary>
    internal async Task StartServerAsync(CancellationToken ct = default)
    {
        await _pgCtl.StartAsync(Port, fsyncOff: _options.Ephemeral && !_options.Durable, _options.ServerSettings, ct);
        await WaitUntilAcceptingConnectionsAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;

        // Idle pooled connections would outlive the server and be handed out again if a later
        // cluster happens to get the same port.
        foreach (var connectionString in _issuedConnectionStrings.Keys)
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));

        if (_serverLaunched)
        {
            try
            {
                await _pgCtl.StopAsync(CancellationToken.None);
            }
            catch (PostgresNotAvailableException e)
            {
                _logger?.LogWarning(e, "Could not stop PostgreSQL in {DataDirectory}", DataDirectory);
            }
        }

        if (_options.Ephemeral)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger?.LogWarning(e, "Could not delete {DataDirectory}", DataDirectory);
            }
        }
    }

    private async Task LaunchAsync(CancellationToken ct)
    {
        await _pgCtl.PrepareAsync(ct);
        // Set before starting: a start that times out may still leave a running server to stop.
        _serverLaunched = true;
        await _pgCtl.StartAsync(Port, fsyncOff: _options.Ephemeral && !_options.Durable, _options.ServerSettings, ct);
        _pgCtl.RecordOwner();
        await WaitUntilAcceptingConnectionsAsync(ct);
        await EnsureDatabaseAsync(_options.Database, ct);
        _logger?.LogInformation("PostgreSQL is listening on {Host}:{Port} with data in {DataDirectory}", Host, Port, DataDirectory);
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken ct)
    {
        // pg_ctl -w already waits for "ready" in postmaster.pid; this also proves TCP and auth work.
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = await OpenAdminConnectionAsync(ct);
                return;
            }
            catch (NpgsqlException e) when (DateTime.UtcNow < deadline)
            {
                _logger?.LogDebug(e, "PostgreSQL on port {Port} is not accepting connections yet", Port);
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
            catch (NpgsqlException e)
            {
                throw PostgresNotAvailableException.Failed("connect", e.Message + _pgCtl.LogTail(), e);
            }
        }
    }

    private async Task EnsureDatabaseAsync(string name, CancellationToken ct)
    {
        await using var connection = await OpenAdminConnectionAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = name });
        if (await exists.ExecuteScalarAsync(ct) is null)
            await CreateDatabaseAsync(name, ct);
    }

    private async Task<NpgsqlConnection> OpenAdminConnectionAsync(CancellationToken ct)
    {
        // Unpooled, so no idle session lingers in the maintenance database.
        var builder = Builder("postgres");
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private string ConnectionStringFor(string database)
    {
        var connectionString = Builder(database).ConnectionString;
        _issuedConnectionStrings.TryAdd(connectionString, 0);
        return connectionString;
    }

    private NpgsqlConnectionStringBuilder Builder(string database) =>
        new() { Host = Host, Port = Port, Username = SuperUser, Database = database };

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
