using System.Security.Cryptography;
using System.Text;
using Weasel.Core;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>
/// Where a transaction's statements leave their sums (<see cref="SumsKeptByTriggers"/>) until it commits, and the deferred
/// trigger that applies them then, in one statement. Updating a key's row once per statement made a transaction of many
/// statements slower with every one, as PostgreSQL walks every version of a row the transaction updated before: its cost grew
/// with the square of its statements (a standard change of 14,034 cases: 34.9 s, 28.6 s with this). Inserting into this table
/// costs the same at the first statement and the ten-thousandth. The table is unlogged and empty outside a transaction: the
/// trigger takes out what it applies. The first statement of a transaction that leaves sums adds a marker row, and only the
/// marker row fires the trigger; a transaction-local setting says the marker is in, and the trigger clears it, so sums left
/// after the trigger ran early mark again.
/// </summary>
/// <param name="apply">SQL that applies the rows left in this transaction, selected from <c>taken</c> (the marker row too, flagged by <c>marker</c>).</param>
public sealed class PendingSums(DbObjectName sums, string[] keys, string[] summed, string apply) : RerunnableSchemaObject(FunctionOf(sums))
{
    private readonly DbObjectName _table = TableOf(sums);
    private readonly string _script = Script(sums, keys, summed, apply);
    private string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_script)));

    public static DbObjectName TableOf(DbObjectName sums) => PostgresqlProvider.Instance.Parse($"{sums.Schema}.{sums.Name}_pending");

    public static DbObjectName FunctionOf(DbObjectName sums) => PostgresqlProvider.Instance.Parse($"{sums.Schema}.{sums.Name}_apply_pending");

    /// <summary>The transaction-local setting that says this transaction's marker row is in.</summary>
    private static string SettingOf(DbObjectName sums) => $"pending_sums.{sums.Schema}_{sums.Name}";

    /// <summary>
    /// The trigger's statements that leave a select of key and summed columns in the table, marking the transaction the first
    /// time, so that its sums are applied when it commits.
    /// </summary>
    public string Leave(string select) => $"""
        insert into {_table.QualifiedName} ({string.Join(", ", keys.Concat(summed))}) {select};
        if found and current_setting('{SettingOf(sums)}', true) is distinct from 'marked' then
          perform set_config('{SettingOf(sums)}', 'marked', true);
          insert into {_table.QualifiedName} (marker) values (true);
        end if;
        """;

    /// <summary>What a truncate of the documents does to the sums the transaction left before it.</summary>
    public string Discard => $"delete from {_table.QualifiedName} where not marker;";

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine(_script);
        writer.WriteLine($"comment on function {Identifier.QualifiedName}() is '{Hash}';");
    }

    /// <summary>Run only when the table's columns or the trigger changed: the table holds no row outside a transaction.</summary>
    private static string Script(DbObjectName sums, string[] keys, string[] summed, string apply)
    {
        var table = TableOf(sums).QualifiedName;
        var function = FunctionOf(sums);
        return $"""
            drop table if exists {table};
            create unlogged table {table} as select {string.Join(", ", keys.Concat(summed))}, false as marker from {sums.QualifiedName} with no data;
            alter table {table} alter column marker set default false, alter column marker set not null;
            create or replace function {function.QualifiedName}() returns trigger language plpgsql as $body$
            begin
              perform set_config('{SettingOf(sums)}', '', true);
              with taken as (delete from {table} returning *)
              {apply}
              return null;
            end;
            $body$;
            create constraint trigger {function.Name} after insert on {table} deferrable initially deferred
              for each row when (new.marker) execute function {function.QualifiedName}();
            """;
    }

    public override void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        writer.WriteLine($"drop table if exists {_table.QualifiedName};");
        writer.WriteLine($"drop function if exists {Identifier.QualifiedName}();");
    }

    public override void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select exists (select 1 from pg_trigger t where t.tgrelid = to_regclass(");
        builder.AppendParameter(_table.QualifiedName);
        builder.Append(") and t.tgname = ");
        builder.AppendParameter(Identifier.Name);
        builder.Append(") and obj_description(to_regprocedure(");
        builder.AppendParameter($"{Identifier.QualifiedName}()");
        builder.Append("), 'pg_proc') is not distinct from ");
        builder.AppendParameter(Hash);
        builder.Append(";");
    }
}
