namespace Assistance.Host.Access;

/// <summary>
/// On the first start of a ledger with its own sign-in and no account yet, creates the administrator account <c>admin</c>
/// with a generated password and shows it once on the console, so a newcomer can sign in without any set-up.
/// </summary>
public sealed class FirstAdministrator(LocalAccounts accounts, ILogger<FirstAdministrator> log) : IHostedService
{
    public const string Name = "admin";

    public async Task StartAsync(CancellationToken ct)
    {
        if (await accounts.AnyAsync(ct)) return;
        var password = LocalAccounts.GeneratePassword();
        await accounts.AddAsync(Name, "系统管理员", password, [LedgerRoles.Administrator], [LedgerClaims.EveryCounty], null, ct);
        log.LogWarning("Created the first administrator account {Account}; its password was printed on the console once", Name);
        Console.WriteLine($"""

            ================================================================
             首次启动：已创建系统管理员账号（此密码只显示这一次，请妥善保存）
               用户名：{Name}
               密码：  {password}
             登录页：/signin/index.html
             添加经办人等账号：dotnet run --project src/Assistance.Host -- accounts add <用户名> --roles Caseworker --counties 140429
            ================================================================

            """);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
