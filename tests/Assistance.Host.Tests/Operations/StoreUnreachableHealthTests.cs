using System.Net;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Assistance.Host.Tests.Operations;

/// <summary>/health answers 503 Unhealthy, quickly, once the ledger's database is gone.</summary>
public class StoreUnreachableHealthTests : IAsyncLifetime
{
    private string _connectionString = "";
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateAsync(nameof(StoreUnreachableHealthTests));
        _host = await TestHosts.StartAsync(_connectionString, new FakeTimeProvider(LedgerFixture.Start));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_is_unhealthy_when_the_store_is_unreachable()
    {
        // As a load balancer's probe asks: without a token.
        using var client = _host.Server.CreateClient();
        client.DefaultRequestHeaders.Add(SignedInRequests.AnonymousMarker, "1");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var database = new NpgsqlConnectionStringBuilder(_connectionString);
        var name = database.Database!;
        database.Database = "postgres";
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database \"{name}\" with (force)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();

        var response = await client.GetAsync("/health");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, health.ToJsonString());
        health["status"]!.GetValue<string>().ShouldBe("Unhealthy");
        health["checks"]!["store"]!["status"]!.GetValue<string>().ShouldBe("Unhealthy");
        health["checks"]!["projections"]!["status"]!.GetValue<string>().ShouldBe("Unhealthy");
    }
}
