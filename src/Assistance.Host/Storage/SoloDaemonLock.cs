using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace Assistance.Host.Storage;

/// <summary>
/// One Solo daemon per database. A node in <see cref="DaemonDistribution.Solo"/> mode runs every async projection, so two of
/// them on one database would each redo the other's work (out-of-order progression, duplicate-key errors). Before the daemon
/// starts, the node takes a PostgreSQL advisory lock on a connection of its own and holds it while it runs; the lock goes
/// with the connection however the process ends. A second Solo node finds the lock taken, says so in its log and serves
/// requests without the daemon. If the database restarts, the lock is taken again as soon as it answers.
/// </summary>
public sealed class SoloDaemonLock(string connectionString, ILogger<SoloDaemonLock> logger) : IConfigureMarten, IDisposable
{
    /// <summary>The advisory lock's key: the ledger's, whatever the database (advisory locks are per database).</summary>
    public const long Key = 0x_4153_5349_5354_0001; // "ASSIST" 1

    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private NpgsqlConnection? _connection;
    private Timer? _recheck;

    public void Configure(IServiceProvider services, StoreOptions options)
    {
        if (options.Projections.AsyncMode != DaemonMode.Solo) return;
        if (TryTake())
        {
            _recheck = new Timer(_ => Recheck(), null, RecheckEvery, RecheckEvery);
            return;
        }
        logger.LogError(
            "Another node runs the Solo projection daemon on this database (it holds advisory lock {Key}); this node serves requests " +
            "WITHOUT the daemon. Run several nodes with Ledger:DaemonDistribution=Wolverine, never two in Solo mode.", Key);
        options.Projections.AsyncMode = DaemonMode.Disabled;
    }

    private bool TryTake()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            // Unpooled: a pooled connection returned to the pool would keep the lock after this node let it go.
            _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            _connection.Open();
            using var take = new NpgsqlCommand($"select pg_try_advisory_lock({Key})", _connection);
            if (take.ExecuteScalar() is true) return true;
            _connection.Dispose();
            _connection = null;
            return false;
        }
    }

    /// <summary>After a database restart the connection, and with it the lock, is gone: take it again.</summary>
    private void Recheck()
    {
        try
        {
            lock (_gate)
            {
                using var alive = new NpgsqlCommand("select 1", _connection);
                alive.ExecuteScalar();
                return;
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException) { }
        try
        {
            if (!TryTake())
                logger.LogError("While the database was unavailable another node took the Solo daemon's lock {Key}: two Solo daemons run now; stop one", Key);
        }
        catch (NpgsqlException) { }
    }

    public void Dispose()
    {
        _recheck?.Dispose();
        lock (_gate) _connection?.Dispose();
    }
}
