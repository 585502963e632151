using Assistance.Domain.Cases;
using Assistance.Host.Worklists;
using Assistance.Host.PaymentRolls;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>
/// The large documents (case snapshots, worklists, issued rolls) are compressed with lz4 rather than PostgreSQL's default pglz
/// once they outgrow a page's share (about 2 KB). pglz took a tenth of PostgreSQL's time in a bulk load, and each read of a
/// snapshot decompresses it again (the payment-roll draft reads a whole county's); lz4 does both several times faster. Only
/// values written after the change are affected, and a server built without lz4 keeps pglz.
/// </summary>
public sealed class Lz4Documents : FeatureSchemaBase
{
    private static readonly Type[] Documents = [typeof(HouseholdCase), typeof(CaseWorklist), typeof(IssuedPaymentRoll)];

    private readonly IReadOnlyList<DbObjectName> _tables;

    public Lz4Documents(StoreOptions options) : base(nameof(Lz4Documents), new PostgresqlMigrator()) =>
        _tables = [.. Documents.Select(t => DocumentTable.Of(options, t))];

    public override IEnumerable<Type> DependentTypes() => Documents;

    protected override IEnumerable<ISchemaObject> schemaObjects() => _tables.Select(t => new Lz4Column(t, "data"));

    /// <summary>One column's compression, as a schema object: present when the column is lz4 or the server has no lz4.</summary>
    private sealed class Lz4Column(DbObjectName table, string column) : RerunnableSchemaObject(PostgresqlProvider.Instance.Parse($"{table.QualifiedName}_{column}_lz4"))
    {
        private const string ServerHasLz4 = "exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals))";

        public override void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"""
            do $lz4$ begin
              if {ServerHasLz4} then
                alter table {table.QualifiedName} alter column {column} set compression lz4;
              end if;
            end $lz4$;
            """);

        public override void WriteDropStatement(Migrator rules, TextWriter writer) =>
            writer.WriteLine($"alter table {table.QualifiedName} alter column {column} set compression default;");

        public override void ConfigureQueryCommand(DbCommandBuilder builder)
        {
            builder.Append($"select not {ServerHasLz4} or coalesce((select attcompression = 'l' from pg_attribute where attrelid = to_regclass(");
            builder.AppendParameter(table.QualifiedName);
            builder.Append(") and attname = ");
            builder.AppendParameter(column);
            builder.Append("), false);");
        }
    }
}
