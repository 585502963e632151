using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.Import;

/// <summary>Roster import: the importer, its run records, and the upload page at <c>/import/</c>.</summary>
public sealed class ImportModule : ILedgerModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<ImportProgressBoard>();
    }

    public void ConfigureStore(StoreOptions options) => options.Schema.For<RosterImportRun>();

    public void Map(WebApplication app)
    {
        app.MapGet("/import", () => Results.Redirect("/import/index.html")).ExcludeFromDescription();
        app.MapGet("/import/index.html", () => Results.Content(UploadPage.Html, "text/html; charset=utf-8")).ExcludeFromDescription();
    }
}
