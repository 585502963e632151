using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.Import;

/// <summary>Roster import: the importer, its run records, and the upload page under wwwroot/import.</summary>
public sealed class ImportModule : ILedgerModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<ImportProgressBoard>();
    }

    public void ConfigureStore(StoreOptions options) => options.Schema.For<RosterImportRun>();

    public void Map(WebApplication app) =>
        app.MapGet("/import", () => Results.Redirect("/import/index.html")).AllowAnonymous().ExcludeFromDescription();
}
