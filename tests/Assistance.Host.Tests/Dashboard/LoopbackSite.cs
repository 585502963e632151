using Assistance.Host.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Assistance.Host.Tests.Dashboard;

/// <summary>
/// A Kestrel listener on 127.0.0.1 that hands every request to the in-process ledger under test, so that a real browser
/// can reach the same host (and database) as the Alba scenarios.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app) => _app = app;

    public string Address => _app.Urls.First();

    public static async Task<LoopbackSite> StartAsync(TestServer ledger)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var client = ledger.CreateClient();
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
            if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
            {
                var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body, context.RequestAborted);
                request.Content = new ByteArrayContent(body.ToArray());
                if (context.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            // The browser signs its own requests (or does not): the test host must not add its default user to them.
            if (context.Request.Headers.Authorization is [{ } authorization]) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            else request.Headers.TryAddWithoutValidation(SignedInRequests.AnonymousMarker, "1");
            using var response = await client.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
                if (header.Key != "Transfer-Encoding") context.Response.Headers[header.Key] = header.Value.ToArray();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync();
        return new LoopbackSite(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
