using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Assistance.Host.Storage;

/// <summary>
/// The async read models kept per case (monthly statistics, worklists) run as one Marten composite projection: the daemon reads
/// each page of events once for all of them, the cases the page touched are loaded once (<see cref="CaseSnapshots.OfPageAsync"/>),
/// and every member's writes and progress commit in the page's one transaction. Each feature adds its own member here.
/// </summary>
public static class CaseReadModels
{
    public const string Name = "CaseReadModels";

    /// <param name="teardown">What the member writes, so that a rebuild deletes it first.</param>
    public static void Add(StoreOptions options, IProjection member, Action<AsyncOptions> teardown) =>
        options.Projections.CompositeProjectionFor(Name, composite =>
        {
            LedgerStore.PageLargely(composite.Options);
            composite.Add(member, teardown);
        });
}
