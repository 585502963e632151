using System.Reflection;
using JasperFx.CommandLine;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace Assistance.Host.Storage.ReadAhead;

/// <summary>
/// Marten's document store, except that its async daemon reads each shard's next page of events while it projects the current
/// one (<see cref="ReadAheadEventLoader"/>). Marten builds the daemon's loader in an explicit implementation of JasperFx's
/// <see cref="IEventStore{TOperations,TQuerySession}"/> and offers no other place to wrap it, so this store implements that
/// interface again with the two loader methods only: every other member still maps to Marten's implementation, and the
/// loader methods wrap the loader Marten's own implementation builds.
/// </summary>
public sealed class ReadAheadDocumentStore(StoreOptions options) : DocumentStore(options), IEventStore<IDocumentOperations, IQuerySession>
{
    private static readonly InterfaceMapping MartensEventStore = typeof(DocumentStore).GetInterfaceMap(typeof(IEventStore<IDocumentOperations, IQuerySession>));

    IEventLoader IEventStore<IDocumentOperations, IQuerySession>.BuildEventLoader(IEventDatabase database, ILogger loggerFactory,
        EventFilterable filtering, AsyncOptions shardOptions) =>
        new ReadAheadEventLoader(MartensLoader([database, loggerFactory, filtering, shardOptions]));

    IEventLoader IEventStore<IDocumentOperations, IQuerySession>.BuildEventLoader(IEventDatabase database, ILogger loggerFactory,
        EventFilterable filtering, AsyncOptions shardOptions, ShardName shardName) =>
        new ReadAheadEventLoader(MartensLoader([database, loggerFactory, filtering, shardOptions, shardName]));

    /// <summary>
    /// Puts this store where <c>AddMarten</c> registered Marten's, prepared as Marten's registration prepares it: its
    /// <c>LogFactory</c> (which Npgsql's data source logs through) and its default logger are internal to Marten, hence reflection.
    /// </summary>
    public static void ReplaceMartens(IServiceCollection services)
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IDocumentStore)));
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<StoreOptions>();
            if (JasperFxEnvironment.RunQuiet) options.DisableNpgsqlLogging = true;
            MartenInternal(typeof(StoreOptions).GetProperty("LogFactory", BindingFlags.Instance | BindingFlags.NonPublic), "StoreOptions.LogFactory")
                .SetValue(options, sp.GetService<ILoggerFactory>());
            var defaultLogger = MartenInternal(typeof(DocumentStore).Assembly.GetType("Marten.DefaultMartenLogger"), "DefaultMartenLogger");
            if (options.Logger().GetType().Name == "NulloMartenLogger")
                options.Logger((IMartenLogger)Activator.CreateInstance(defaultLogger, sp.GetRequiredService<ILogger<IDocumentStore>>())!);
            return new ReadAheadDocumentStore(options);
        });
    }

    private IEventLoader MartensLoader(object[] arguments)
    {
        var index = Array.FindIndex(MartensEventStore.InterfaceMethods, m =>
            m.Name == nameof(IEventStore<IDocumentOperations, IQuerySession>.BuildEventLoader) && m.GetParameters().Length == arguments.Length);
        return (IEventLoader)MartensEventStore.TargetMethods[index].Invoke(this, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
    }

    private static T MartenInternal<T>(T? member, string name) where T : class =>
        member ?? throw new InvalidOperationException($"Marten no longer has {name}; see how its AddMarten registers the store and do the same here.");
}
