using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Storage;

/// <summary>
/// A table kept from a document table by <see cref="StatementTriggers"/>, in the statement that writes the documents, so every
/// writer keeps it exact; it is created with the documents already stored counted in, so an existing store needs no step of its
/// own. A truncate of the documents empties it.
/// </summary>
public static class TableKeptByTriggers
{
    /// <param name="columns">The table's columns and indexes.</param>
    /// <param name="add">The SQL that adds a set of changes to the table, given a select of them as (data, delta): each document
    /// counts −1 as it was and +1 as it is.</param>
    /// <param name="afterEachStatement">SQL run once a statement's changes are added.</param>
    /// <param name="replaces">A table kept this way by an earlier version, dropped with its triggers when this one is created.</param>
    public static IEnumerable<ISchemaObject> Create(DbObjectName table, Action<Table> columns, DbObjectName documents,
        Func<string, string> add, string afterEachStatement = "", DbObjectName? replaces = null)
    {
        var dropReplaced = replaces is null ? "" : $"""
            drop function if exists {FunctionOf(replaces).QualifiedName}() cascade;
            drop table if exists {replaces.QualifiedName};

            """;
        var seeded = new SeededTable(table, dropReplaced + add($"select data, 1 as delta from {documents.QualifiedName}"));
        columns(seeded);
        yield return seeded;

        yield return new StatementTriggers(FunctionOf(table), $"""
            begin
              if TG_OP = 'TRUNCATE' then
                truncate {table.QualifiedName};
                return null;
              elsif TG_OP = 'INSERT' then
                {add("select data, 1 as delta from new_rows")}
              elsif TG_OP = 'DELETE' then
                {add("select data, -1 as delta from old_rows")}
              else
                {add("select data, -1 as delta from old_rows union all select data, 1 from new_rows")}
              end if;
              {afterEachStatement}
              return null;
            end;
            """, documents);
    }

    /// <summary>The trigger function of a table kept this way.</summary>
    public static DbObjectName FunctionOf(DbObjectName table) => PostgresqlProvider.Instance.Parse($"{table.Schema}.{table.Name}_apply");

    private sealed class SeededTable(DbObjectName name, string seed) : Table(name)
    {
        public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
        {
            base.WriteCreateStatement(migrator, writer);
            writer.WriteLine(seed);
        }
    }
}
