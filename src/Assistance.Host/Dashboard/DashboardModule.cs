using Assistance.Host.Core;

namespace Assistance.Host.Dashboard;

/// <summary>The county dashboard (统计看板): static page and scripts under wwwroot/dashboard, reached from the site root.</summary>
public sealed class DashboardModule : ILedgerModule
{
    public const string Page = "/dashboard/index.html";

    public void Map(WebApplication app) =>
        app.MapGet("/", () => Results.Redirect(Page)).AllowAnonymous().ExcludeFromDescription();
}
