using Weasel.Core;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>
/// An AFTER … FOR EACH STATEMENT trigger that hands its function the statement's changed rows as transition tables
/// (<c>old_rows</c>, <c>new_rows</c>; none for a truncate), so the function works on a whole statement's rows with set-based
/// SQL. Weasel's own <c>Trigger</c> has no REFERENCING clause. The function is a separate schema object; this only checks the trigger exists.
/// </summary>
public sealed class StatementTrigger(DbObjectName identifier, DbObjectName table, StatementTrigger.Event on, DbObjectName function)
    : SchemaObjectBase(identifier)
{
    public enum Event { Insert, Update, Delete, Truncate }

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        WriteDropStatement(migrator, writer);
        var transitions = on switch
        {
            Event.Insert => "referencing new table as new_rows ",
            Event.Update => "referencing old table as old_rows new table as new_rows ",
            Event.Delete => "referencing old table as old_rows ",
            _ => "",
        };
        writer.WriteLine($"create trigger {Identifier.Name} after {on.ToString().ToLowerInvariant()} on {table.QualifiedName} " +
                         $"{transitions}for each statement execute function {function.QualifiedName}();");
    }

    public override void WriteDropStatement(Migrator rules, TextWriter writer) =>
        writer.WriteLine($"drop trigger if exists {Identifier.Name} on {table.QualifiedName};");

    public override void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid ");
        builder.Append("join pg_namespace n on n.oid = c.relnamespace where t.tgname = ");
        builder.AppendParameter(Identifier.Name);
        builder.Append(" and c.relname = ");
        builder.AppendParameter(table.Name);
        builder.Append(" and n.nspname = ");
        builder.AppendParameter(table.Schema);
        builder.Append(";");
    }
}
