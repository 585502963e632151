using Marten;

namespace Assistance.Host.Storage;

/// <summary>
/// Writes many documents of one type with one statement instead of one call each: an async projection catching up from zero
/// writes a document per case per page, and per-statement cost, not bytes, is what limits it; and each statement that writes
/// documents runs their tables' statement triggers (<see cref="SumsKeptByTriggers"/>) once. No duplicated fields; the version
/// and last-modified columns take their defaults, as Marten's own writes would give them.
/// </summary>
public static class SetBasedWrites
{
    /// <summary>Inserts or overwrites: for documents nobody edits concurrently (no optimistic concurrency, or nothing else writing them, as while the sample loads).</summary>
    public static void Upsert<T>(IDocumentOperations operations, IReadOnlyCollection<T> documents, Func<T, Guid> id) where T : notnull =>
        Queue(operations, documents, id, "uuid", Overwrite);

    /// <inheritdoc cref="Upsert{T}(IDocumentOperations, IReadOnlyCollection{T}, Func{T, Guid})"/>
    public static void Upsert<T>(IDocumentOperations operations, IReadOnlyCollection<T> documents, Func<T, string> id) where T : notnull =>
        Queue(operations, documents, id, "text", Overwrite);

    /// <summary>Inserts new documents: one stored meanwhile under the same id fails the statement (a unique violation), not overwritten.</summary>
    public static void Insert<T>(IDocumentOperations operations, IReadOnlyCollection<T> documents, Func<T, string> id) where T : notnull =>
        Queue(operations, documents, id, "text", "");

    private const string Overwrite = "on conflict (id) do update set data = excluded.data, mt_last_modified = default, mt_version = default";

    private static void Queue<T, TId>(IDocumentOperations operations, IReadOnlyCollection<T> documents, Func<T, TId> id, string idType, string onConflict)
        where T : notnull
    {
        if (documents.Count == 0) return;
        var table = operations.DocumentStore.Options.Schema.For<T>(true);
        var serializer = operations.DocumentStore.Options.Serializer();
        // In key order, as the worklists' refresh writes, so that two writers of the same documents lock them in one order.
        operations.QueueSqlCommand($"""
            insert into {table} (id, data)
            select * from unnest(?::{idType}[], ?::jsonb[]) as d(id, data) order by id
            {onConflict}
            """, documents.Select(id).ToArray(), documents.Select(d => serializer.ToJson(d)).ToArray());
    }
}
