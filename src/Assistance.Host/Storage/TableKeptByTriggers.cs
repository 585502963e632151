using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Storage;

/// <summary>
/// A table kept from a document table by <see cref="StatementTriggers"/>, in the statement that writes the documents, so every
/// writer keeps it exact; it is created with the documents already stored counted in, so an existing store needs no step of its
/// own. A truncate of the documents empties it. A feature says which documents, the table's columns and how a set of changes
/// is applied.
/// </summary>
public abstract class TableKeptByTriggers(string identifier, StoreOptions options, Type documents, DbObjectName table)
    : FeatureSchemaBase(identifier, new PostgresqlMigrator())
{
    private readonly DbObjectName _documents = DocumentTable.Of(options, documents);

    protected DbObjectName Table => table;

    public override IEnumerable<Type> DependentTypes() => [documents];

    /// <summary>The table's columns and indexes.</summary>
    protected abstract void AddColumns(Table table);

    /// <summary>
    /// The SQL that applies a set of changes to the table, given a select of them as (data, delta): each document counts −1 as it
    /// was and +1 as it is.
    /// </summary>
    protected abstract string Apply(string changes);

    /// <summary>
    /// What the table keeps of a document, as an SQL expression over its <c>data</c>: an update that leaves it as it was is not
    /// applied, as most writes of a document change nothing the table keeps. Null when every update counts.
    /// </summary>
    protected virtual string? KeptOf(string data) => null;

    /// <summary>What a statement's trigger does with its changes: applies them, unless a feature collects them to apply later.</summary>
    protected virtual string Collect(string changes) => Apply(changes);

    /// <summary>What a truncate of the documents does besides emptying the table.</summary>
    protected virtual string AlsoOnTruncate => "";

    /// <summary>Schema objects a feature keeps beside the table and its triggers.</summary>
    protected virtual IEnumerable<ISchemaObject> Beside() => [];

    /// <summary>
    /// What an earlier version kept or read instead of this table (a table kept this way: <see cref="Dropping"/>), as SQL run once,
    /// when this one is created.
    /// </summary>
    protected virtual string DropsWhenCreated => "";

    /// <summary>The trigger function of a table kept this way.</summary>
    public static DbObjectName FunctionOf(DbObjectName table) => PostgresqlProvider.Instance.Parse($"{table.Schema}.{table.Name}_apply");

    /// <summary>The statements that drop a table kept this way, with its trigger function and so its triggers, and what sums kept
    /// this way collect before they apply them (<see cref="PendingSums"/>).</summary>
    public static IReadOnlyList<string> DropStatements(DbObjectName table) =>
    [
        $"drop function if exists {FunctionOf(table).QualifiedName}() cascade", $"drop table if exists {table.QualifiedName}",
        $"drop table if exists {PendingSums.TableOf(table).QualifiedName}", $"drop function if exists {PendingSums.FunctionOf(table).QualifiedName}()",
    ];

    /// <summary><see cref="DropStatements"/> as one script.</summary>
    public static string Dropping(DbObjectName table) => string.Concat(DropStatements(table).Select(s => s + ";\n"));

    protected sealed override IEnumerable<ISchemaObject> schemaObjects()
    {
        var seeded = new SeededTable(table, DropsWhenCreated + Apply($"select data, 1 as delta from {_documents.QualifiedName}"));
        AddColumns(seeded);
        yield return seeded;

        yield return new StatementTriggers(FunctionOf(table), $"""
            begin
              if TG_OP = 'TRUNCATE' then
                truncate {table.QualifiedName};
                {AlsoOnTruncate}
                return null;
              elsif TG_OP = 'INSERT' then
                {Collect("select data, 1 as delta from new_rows")}
              elsif TG_OP = 'DELETE' then
                {Collect("select data, -1 as delta from old_rows")}
              else
                {Collect(Updated())}
              end if;
              return null;
            end;
            """, _documents);

        foreach (var more in Beside()) yield return more;
    }

    /// <summary>An update's changes: every row as it was and as it is, or only those whose kept part changed.</summary>
    private string Updated()
    {
        if (KeptOf("o.data") is not { } was) return "select data, -1 as delta from old_rows union all select data, 1 from new_rows";
        var changed = $"from old_rows o join new_rows n on n.id = o.id where {was} is distinct from {KeptOf("n.data")}";
        return $"select o.data, -1 as delta {changed} union all select n.data, 1 {changed}";
    }

    private sealed class SeededTable(DbObjectName name, string seed) : Table(name)
    {
        public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
        {
            base.WriteCreateStatement(migrator, writer);
            writer.WriteLine(seed);
        }
    }
}
