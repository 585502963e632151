using System.Data.Common;
using Npgsql;

namespace Assistance.Host.Storage;

/// <summary>
/// The connection string the ledger uses: what was configured, with time-outs short enough that a request during a
/// database outage is answered (503) within seconds instead of hanging — unless the configured string sets its own.
/// </summary>
public static class StoreConnection
{
    /// <summary>Seconds to wait for a connection to open (Npgsql's own default is 15).</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>Seconds a single statement may run (Npgsql's default; rebuilds and imports page their work below it).</summary>
    public const int CommandTimeoutSeconds = 30;

    public static string WithTimeouts(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout")) builder.Timeout = ConnectTimeoutSeconds;
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout")) builder.CommandTimeout = CommandTimeoutSeconds;
        return builder.ConnectionString;
    }
}
