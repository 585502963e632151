using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.Audit.Queries;

/// <summary>
/// An index of the events by who recorded them and when, for the audit's decisions of one person in a period
/// (<see cref="AuditQueryEndpoints.ByUser"/>), which otherwise read every event of the store. Marten keeps no such index and
/// would drop one it does not know of when it migrates the event table, so the store is told to leave it alone
/// (<see cref="AddTo"/>) and it is created here.
/// </summary>
public sealed class DecisionsByPersonIndex(StoreOptions options) : FeatureSchemaBase(nameof(DecisionsByPersonIndex), new PostgresqlMigrator())
{
    public const string Name = "mt_events_user_name_timestamp";

    public static void AddTo(StoreOptions options)
    {
        options.Events.IgnoreIndex(Name);
        options.Storage.Add(new DecisionsByPersonIndex(options));
    }

    public override IEnumerable<Type> DependentTypes() => [];

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var events = PostgresqlProvider.Instance.Parse($"{options.Events.DatabaseSchemaName}.mt_events");
        yield return new EventsIndex(PostgresqlProvider.Instance.Parse($"{events.Schema}.{Name}"), events);
    }

    private sealed class EventsIndex(DbObjectName index, DbObjectName events) : RerunnableSchemaObject(index)
    {
        public override void WriteCreateStatement(Migrator migrator, TextWriter writer) =>
            writer.WriteLine($"create index if not exists {Identifier.Name} on {events.QualifiedName} (user_name, timestamp);");

        public override void WriteDropStatement(Migrator rules, TextWriter writer) =>
            writer.WriteLine($"drop index if exists {Identifier.QualifiedName};");

        public override void ConfigureQueryCommand(DbCommandBuilder builder)
        {
            builder.Append("select to_regclass(");
            builder.AppendParameter(Identifier.QualifiedName);
            builder.Append(") is not null;");
        }
    }
}
