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

    /// <summary>
    /// Events per page (Marten's default is 500): each page costs a few round trips whatever its size, so larger pages catch a
    /// freshly loaded store up faster (the sample city: 10.6 s at 2,500, 9.2 s at 10,000, for about 50 MiB more memory); the
    /// hopper holds a few pages ahead.
    /// </summary>
    public const int PageSize = 10_000;

    /// <param name="teardown">What the member writes, so that a rebuild deletes it first.</param>
    public static void Add(StoreOptions options, IProjection member, Action<AsyncOptions> teardown) =>
        options.Projections.CompositeProjectionFor(Name, composite =>
        {
            composite.Options.BatchSize = PageSize;
            composite.Options.MaximumHopperSize = PageSize * 4;
            composite.Add(member, teardown);
        });
}
