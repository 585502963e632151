using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Support;

/// <summary>Starts the real ledger for a test: its database, its clock, and the shared signing key the test tokens use.</summary>
public static class TestHosts
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)(i * 7)).ToArray());

    public static async Task<IAlbaHost> StartAsync(string connectionString, TimeProvider clock, Action<IWebHostBuilder>? configure = null)
    {
        return await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Marten", connectionString);
            builder.UseSetting("Auth:SigningKey", SigningKey);
            builder.UseSetting("Access:RequestsPerUserPerMinute", "1000000");
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(clock);
                services.AddTransient<IStartupFilter, SignedInRequests.ByRole>();
            });
            configure?.Invoke(builder);
        });
    }
}
