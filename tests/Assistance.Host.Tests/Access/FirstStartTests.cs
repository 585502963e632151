using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Access;

/// <summary>
/// A newcomer's path: the ledger started as the README says (the built host, its own project folder, nothing about sign-in
/// configured) prints the first administrator's password once; signing in with it works, a wrong one does not.
/// </summary>
public class FirstStartTests
{
    [Fact]
    public async Task The_console_shows_a_password_that_signs_the_administrator_in()
    {
        var connectionString = await TestDatabase.CreateAsync(nameof(FirstStartTests));
        var data = Directory.CreateTempSubdirectory("assistance-first-start-");
        var port = FreePort();
        using var host = Start(connectionString, Path.Combine(data.FullName, "signing-key"), port);
        try
        {
            var password = await PasswordFromConsoleAsync(host);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilHealthyAsync(http);

            var signedIn = await http.PostAsJsonAsync("/auth/token", new { userName = "admin", password });
            signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
            var token = JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Authorization", "Bearer " + token } } };
            var profile = JsonNode.Parse(await (await http.SendAsync(me)).Content.ReadAsStringAsync())!;
            profile["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Administrator"]);

            var wrong = await http.PostAsJsonAsync("/auth/token", new { userName = "admin", password = password + "x" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["title"]!.GetValue<string>().ShouldBe("用户名或密码不正确");

            var page = await http.GetAsync("/signin/index.html");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Headers.Contains("Server").ShouldBeFalse();
            File.Exists(Path.Combine(data.FullName, "signing-key")).ShouldBeTrue();
            File.GetUnixFileMode(Path.Combine(data.FullName, "signing-key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    private static Process Start(string connectionString, string keyFile, int port)
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Assistance.Host"));
        var dll = Path.Combine(AppContext.BaseDirectory, "Assistance.Host.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Marten"] = connectionString,
                ["Auth__KeyFile"] = keyFile,
                ["Ledger__DailyChecks__Enabled"] = "false",
            },
        };
        return Process.Start(start)!;
    }

    private static async Task<string> PasswordFromConsoleAsync(Process host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.Trim().StartsWith("密码：")) return line.Trim()["密码：".Length..].Trim();
        throw new InvalidOperationException("The host ended without printing the administrator's password: " + await host.StandardError.ReadToEndAsync());
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The host did not become healthy");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
