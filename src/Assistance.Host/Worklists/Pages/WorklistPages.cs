using System.Reflection;

namespace Assistance.Host.Worklists.Pages;

/// <summary>The caseworkers' zh-CN pages (static HTML and script embedded in the assembly).</summary>
public static class WorklistPages
{
    private static readonly Assembly Assembly = typeof(WorklistPages).Assembly;

    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new()
    {
        ["/worklists/index.html"] = ("worklists.html", "text/html; charset=utf-8"),
        ["/worklists/worklists.js"] = ("worklists.js", "text/javascript; charset=utf-8"),
        ["/cases/view.html"] = ("case.html", "text/html; charset=utf-8"),
        ["/cases/case.js"] = ("case.js", "text/javascript; charset=utf-8"),
    };

    public static void Map(WebApplication app)
    {
        foreach (var (path, (resource, contentType)) in Files)
            app.MapGet(path, () => Results.Stream(Open(resource), contentType)).ExcludeFromDescription();
        app.MapGet("/worklists", () => Results.Redirect("/worklists/index.html")).ExcludeFromDescription();
    }

    private static Stream Open(string file) =>
        Assembly.GetManifestResourceStream($"Assistance.Host.Worklists.Pages.{file}")
        ?? throw new InvalidOperationException($"Page {file} is not embedded");
}
