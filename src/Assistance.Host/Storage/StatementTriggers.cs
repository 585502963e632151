using System.Security.Cryptography;
using System.Text;
using Weasel.Core;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>
/// A PL/pgSQL function and the AFTER … FOR EACH STATEMENT triggers on one table that call it, as one schema object. Each trigger
/// hands the function the statement's changed rows as transition tables (<c>old_rows</c>, <c>new_rows</c>; none for a truncate), so
/// the function works on a whole statement's rows with set-based SQL, which Weasel's own <c>Trigger</c> (no REFERENCING clause)
/// cannot express. They are one object because Weasel replaces a changed <c>Function</c> with <c>drop … cascade</c>, which
/// silently takes its triggers with it; here the function is only ever replaced in place, and the object counts as present only
/// when the function carries this body's hash and every trigger exists.
/// </summary>
public sealed class StatementTriggers(DbObjectName function, string body, DbObjectName table) : RerunnableSchemaObject(function)
{
    private static readonly string[] Events = ["insert", "update", "delete", "truncate"];

    private readonly string _hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body + table.QualifiedName)));

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"create or replace function {Identifier.QualifiedName}() returns trigger language plpgsql as $body$");
        writer.WriteLine(body);
        writer.WriteLine("$body$;");
        writer.WriteLine($"comment on function {Identifier.QualifiedName}() is '{_hash}';");
        foreach (var on in Events)
        {
            var transitions = on switch
            {
                "insert" => "referencing new table as new_rows ",
                "update" => "referencing old table as old_rows new table as new_rows ",
                "delete" => "referencing old table as old_rows ",
                _ => "",
            };
            writer.WriteLine($"drop trigger if exists {TriggerName(on)} on {table.QualifiedName};");
            writer.WriteLine($"create trigger {TriggerName(on)} after {on} on {table.QualifiedName} {transitions}" +
                             $"for each statement execute function {Identifier.QualifiedName}();");
        }
    }

    public override void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        foreach (var on in Events) writer.WriteLine($"drop trigger if exists {TriggerName(on)} on {table.QualifiedName};");
        writer.WriteLine($"drop function if exists {Identifier.QualifiedName}();");
    }

    public override void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append($"select count(*) = {Events.Length} from pg_trigger t join pg_proc p on p.oid = t.tgfoid where t.tgrelid = to_regclass(");
        builder.AppendParameter(table.QualifiedName);
        builder.Append(") and p.oid = to_regprocedure(");
        builder.AppendParameter($"{Identifier.QualifiedName}()");
        builder.Append(") and obj_description(p.oid, 'pg_proc') = ");
        builder.AppendParameter(_hash);
        builder.Append(" and t.tgname = any(");
        builder.AppendParameter(Events.Select(TriggerName).ToArray());
        builder.Append(");");
    }

    private string TriggerName(string on) => $"{Identifier.Name}_{on}";
}
