using Assistance.Domain.Cases;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.Cases;

/// <summary>
/// Fills <see cref="CasesOfPerson.Column"/> for the cases stored before it existed: Marten adds the column empty, and only
/// writes it with each case's next event. Every write since fills it, so the filling is done once, and a comment on the column
/// records that it was (checking the rows themselves at each start would read the whole table).
/// </summary>
public sealed class MemberIdNumbersBackfill : FeatureSchemaBase
{
    private readonly DbObjectName _cases;

    public MemberIdNumbersBackfill(StoreOptions options) : base(nameof(MemberIdNumbersBackfill), new PostgresqlMigrator()) =>
        _cases = DocumentTable.Of<HouseholdCase>(options);

    public override IEnumerable<Type> DependentTypes() => [typeof(HouseholdCase)];

    protected override IEnumerable<ISchemaObject> schemaObjects() => [new Filled(_cases)];

    private sealed class Filled(DbObjectName cases) : RerunnableSchemaObject(PostgresqlProvider.Instance.Parse($"{cases.QualifiedName}_{CasesOfPerson.Column}_filled"))
    {
        private const string Marker = "filled from the members of each case";

        public override void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"""
            update {cases.QualifiedName} set {CasesOfPerson.Column} = array(select m ->> 'idNumber' from jsonb_array_elements(data -> 'members') m)
            where cardinality({CasesOfPerson.Column}) is distinct from jsonb_array_length(data -> 'members');
            comment on column {cases.QualifiedName}.{CasesOfPerson.Column} is '{Marker}';
            """);

        public override void WriteDropStatement(Migrator rules, TextWriter writer) =>
            writer.WriteLine($"comment on column {cases.QualifiedName}.{CasesOfPerson.Column} is null;");

        public override void ConfigureQueryCommand(DbCommandBuilder builder)
        {
            builder.Append("select coalesce(col_description(to_regclass(");
            builder.AppendParameter(cases.QualifiedName);
            builder.Append($"), (select attnum from pg_attribute where attrelid = to_regclass(");
            builder.AppendParameter(cases.QualifiedName);
            builder.Append(") and attname = ");
            builder.AppendParameter(CasesOfPerson.Column);
            builder.Append(")) = ");
            builder.AppendParameter(Marker);
            builder.Append(", false);");
        }
    }
}
