using System.Reflection;
using Marten;

namespace Assistance.Host.Core;

/// <summary>
/// A feature's wiring, kept in the feature's own folder: its services, its documents and projections, and
/// anything it maps besides Wolverine endpoints (which Wolverine finds by itself). Modules are discovered at start-up.
/// </summary>
public interface ILedgerModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureStore(StoreOptions options) { }

    /// <summary>The same, for projections and listeners that take services of the ledger (built once, with the store).</summary>
    void ConfigureStore(StoreOptions options, IServiceProvider services) => ConfigureStore(options);

    void Map(WebApplication app) { }

    static IReadOnlyList<ILedgerModule> All { get; } = typeof(ILedgerModule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILedgerModule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (ILedgerModule)Activator.CreateInstance(t)!)
        .ToList();
}
