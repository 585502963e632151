using System.Data;
using Marten;
using Marten.Storage;
using Npgsql;
using SessionOptions = Marten.Services.SessionOptions;

namespace Assistance.Host.Storage;

/// <summary>
/// A query session whose reads all see the store as it was at its first read (a repeatable-read transaction): an answer put
/// together from several reads, such as a page of a roll with the whole roll's totals, agrees with itself while cases change.
/// </summary>
public sealed class OneSnapshot : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private OneSnapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, IQuerySession session)
    {
        _connection = connection;
        _transaction = transaction;
        Session = session;
    }

    public IQuerySession Session { get; }

    public static async Task<OneSnapshot> OpenAsync(IDocumentStore store, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection(ConnectionUsage.Read);
        try
        {
            await connection.OpenAsync(ct);
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            return new OneSnapshot(connection, transaction, store.QuerySession(SessionOptions.ForTransaction(transaction)));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
