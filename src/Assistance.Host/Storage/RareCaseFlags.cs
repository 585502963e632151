using Assistance.Domain.Cases;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>
/// Flags in a case's JSON that few cases carry (an open appeal), each read through a partial index of the cases that carry
/// it, per county. PostgreSQL keeps no statistics of an expression inside the JSON and guesses that half the cases (or, for "is not
/// null", nearly all) carry the flag, so it read the county's every case through the county index instead; the extended
/// statistics kept here on each flag's expression (PostgreSQL 14 and later) tell it how few they are. Unlike a column of its own,
/// neither the index nor the statistics rewrites the cases when a store from before gets them.
/// </summary>
public sealed class RareCaseFlags : FeatureSchemaBase
{
    private readonly StoreOptions _options;
    private readonly RareCaseFlag[] _flags;

    private RareCaseFlags(StoreOptions options, RareCaseFlag[] flags) : base(nameof(RareCaseFlags), new PostgresqlMigrator())
    {
        _options = options;
        _flags = flags;
    }

    /// <summary>Each flag's index (the county of the cases that carry it) and its statistics.</summary>
    public static void AddTo(StoreOptions options, params RareCaseFlag[] flags)
    {
        foreach (var flag in flags)
            options.Schema.For<HouseholdCase>().Index(c => c.CountyCode, index =>
            {
                index.Name = flag.IndexName;
                index.Predicate = flag.Predicate;
            });
        options.Storage.Add(new RareCaseFlags(options, flags));
    }

    public override IEnumerable<Type> DependentTypes() => [typeof(HouseholdCase)];

    // The cases' table is named once the store is built: naming it here, while the options are still being set, would fix the
    // cases' mapping before the columns added after this.
    protected override IEnumerable<ISchemaObject> schemaObjects() => _flags.Select(f => new Statistics(DocumentTable.Of<HouseholdCase>(_options), f));

    private sealed class Statistics(DbObjectName cases, RareCaseFlag flag)
        : RerunnableSchemaObject(PostgresqlProvider.Instance.Parse($"{cases.Schema}.{flag.StatisticsName}"))
    {
        public override void WriteCreateStatement(Migrator migrator, TextWriter writer) =>
            writer.WriteLine($"create statistics if not exists {Identifier.QualifiedName} on ({flag.Expression}) from {cases.QualifiedName};");

        public override void WriteDropStatement(Migrator rules, TextWriter writer) =>
            writer.WriteLine($"drop statistics if exists {Identifier.QualifiedName};");

        public override void ConfigureQueryCommand(DbCommandBuilder builder)
        {
            builder.Append("select exists (select 1 from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace where n.nspname = ");
            builder.AppendParameter(cases.Schema);
            builder.Append(" and s.stxname = ");
            builder.AppendParameter(Identifier.Name);
            builder.Append(");");
        }
    }
}
