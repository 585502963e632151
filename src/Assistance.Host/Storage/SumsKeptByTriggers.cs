using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace Assistance.Host.Storage;

/// <summary>
/// A table of sums per key kept by triggers (<see cref="TableKeptByTriggers"/>): each statement's changes are added up per key
/// and left in <see cref="PendingSums"/>, and when the transaction commits they are added up again and applied, each key whose
/// sums the transaction leaves as they were not written. Rows are written in key order, so that two writers lock them in one
/// order. A transaction does not see its own changes in the sums before it commits. A feature says what each document
/// contributes to which key.
/// </summary>
/// <param name="keys">The key columns, in the table's key order.</param>
/// <param name="sums">The summed columns.</param>
public abstract class SumsKeptByTriggers(string identifier, StoreOptions options, Type documents, DbObjectName table, string[] keys, string[] sums)
    : TableKeptByTriggers(identifier, options, documents, table)
{
    /// <summary>
    /// A select of each key column and each summed column, by name, of what the changes (data, delta) contribute: every summed
    /// value multiplied by the change's delta, so a document counts −1 as it was and +1 as it is.
    /// </summary>
    protected abstract string Contributions(string changes);

    /// <summary>SQL run once a transaction's sums are applied.</summary>
    protected virtual string AfterApplying => "";

    protected sealed override string Apply(string changes) => Upsert($"({Contributions(changes)})");

    protected sealed override string Collect(string changes) => Pending.Leave($"""
        select {string.Join(", ", keys)}, {string.Join(", ", sums.Select(s => $"sum({s})"))}
        from ({Contributions(changes)}) c group by {Positions} having {NotAllZero}
        """);

    protected sealed override string AlsoOnTruncate => Pending.Discard;

    protected sealed override IEnumerable<ISchemaObject> Beside() => [Pending];

    private PendingSums Pending => _pending ??= new(Table, keys, sums, Upsert("(select * from taken where not marker)") + AfterApplying);
    private PendingSums? _pending;

    private string Positions => string.Join(", ", Enumerable.Range(1, keys.Length));

    private string NotAllZero => string.Join(" or ", sums.Select(s => $"sum({s}) <> 0"));

    /// <summary>Adds what <paramref name="from"/> (a from item with the key and summed columns) sums to per key into the table.</summary>
    private string Upsert(string from)
    {
        var keyColumns = string.Join(", ", keys);
        return $"""
            insert into {Table.QualifiedName} as t ({keyColumns}, {string.Join(", ", sums)})
                    select {keyColumns}, {string.Join(", ", sums.Select(s => $"sum({s})"))}
                    from {from} c
                    group by {Positions}
                    having {NotAllZero}
                    order by {Positions}
                    on conflict ({keyColumns}) do update set {string.Join(", ", sums.Select(s => $"{s} = t.{s} + excluded.{s}"))};
            """;
    }
}
