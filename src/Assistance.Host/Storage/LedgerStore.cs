using Assistance.Domain.Cases;
using Assistance.Host.Appeals;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Assistance.Host.IllnessPoverty;
using Assistance.Host.Storage.ReadAhead;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;
using Wolverine.Marten;

namespace Assistance.Host.Storage;

public static class LedgerStore
{
    public const string Schema = "assistance";

    /// <summary>Set when the process runs a command-line verb rather than the web host.</summary>
    public const string CommandLineVerbSetting = "Ledger:CommandLineVerb";

    /// <summary>
    /// Marten over the given PostgreSQL: cases as event streams with the case view as an inline snapshot.
    /// Marten's own HotCold daemon is avoided on purpose (its distributed lock cannot load here; see docs/build-environment.md).
    /// </summary>
    /// <param name="hostsDaemon">False for a command-line verb, which runs no daemon and so leaves the Solo daemon's lock alone.</param>
    public static IServiceCollection AddLedgerStore(this IServiceCollection services, string connectionString, DaemonDistribution distribution, bool hostsDaemon)
    {
        var marten = services.AddMarten(sp =>
            {
                var opts = new StoreOptions();
                opts.Connection(connectionString);
                opts.DatabaseSchemaName = Schema;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, JsonSetup.Configure);
                opts.Serializer(new BufferedJsonReads(opts.Serializer()));
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
                opts.Events.TimeProvider = sp.GetRequiredService<TimeProvider>();
                opts.Projections.Snapshot<HouseholdCase>(SnapshotLifecycle.Inline);
                // Every per-county read of the cases (the payment-roll draft, audit queries, standard changes) reads that county's rows
                // rather than every case of the city; the reads of a rare flag, only the cases that carry it.
                opts.Schema.For<HouseholdCase>().Index(c => c.CountyCode);
                RareCaseFlags.AddTo(opts, OpenAppealsEndpoint.Flag);
                // 重复享受 at every enrolment, data comparison, temporary grants elsewhere, roster imports: by person, from an index.
                CasesOfPerson.AddTo(opts);
                opts.Listeners.Add(new IdempotencyRecording(sp.GetRequiredService<IHttpContextAccessor>()));
                foreach (var module in ILedgerModule.All) module.ConfigureStore(opts, sp);
                opts.Storage.Add(new Lz4Documents(opts));
                return opts;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        ReadAheadDocumentStore.ReplaceMartens(services);

        if (distribution == DaemonDistribution.Wolverine)
            marten.IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);
        else
        {
            marten.IntegrateWithWolverine().AddAsyncDaemon(DaemonMode.Solo);
            if (hostsDaemon) services.AddSingleton<IConfigureMarten>(sp => new SoloDaemonLock(connectionString, sp.GetRequiredService<ILogger<SoloDaemonLock>>()));
        }
        return services;
    }
}
