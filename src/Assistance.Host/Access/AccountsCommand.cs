using JasperFx.CommandLine;

namespace Assistance.Host.Access;

[Description("Manage the ledger's own sign-in accounts (when no identity provider is configured)", Name = "accounts")]
public sealed class AccountsCommand : JasperFxAsyncCommand<AccountsInput>
{
    public AccountsCommand()
    {
        Usage("List accounts").Arguments(x => x.Action);
        Usage("Add, disable, enable or reset the password of an account").Arguments(x => x.Action, x => x.UserName);
    }

    public override async Task<bool> Execute(AccountsInput input)
    {
        using var host = input.BuildHost();
        if (host.Services.GetService<LocalAccounts>() is not { } accounts)
        {
            Console.Error.WriteLine("已配置 Auth:Authority（外部身份认证），本地账号不可用：请在身份认证服务中管理账号。");
            return false;
        }
        var ct = CancellationToken.None;
        switch (input.Action)
        {
            case "list":
                await using (var session = host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession())
                    foreach (var a in await Marten.QueryableExtensions.ToListAsync(session.Query<LocalAccount>().OrderBy(a => a.Id), ct))
                        Console.WriteLine($"{a.Id}\t{a.DisplayName}\t{string.Join(',', a.Roles)}\t{string.Join(',', a.Counties)}\t{a.Township}\t{(a.Disabled ? "已停用" : "启用")}");
                return true;
            case "add":
                return await AddAsync(accounts, input, ct);
            case "disable" or "enable":
                return Report(await accounts.SetDisabledAsync(input.UserName, input.Action == "disable", ct), input.UserName,
                    input.Action == "disable" ? "已停用（其令牌随即失效）" : "已启用");
            case "reset-password":
                var password = input.PasswordFlag ?? LocalAccounts.GeneratePassword();
                if (!Report(await accounts.SetPasswordAsync(input.UserName, password, ct), input.UserName, "密码已重置")) return false;
                if (input.PasswordFlag is null) Console.WriteLine($"新密码（只显示这一次）：{password}");
                return true;
            default:
                Console.Error.WriteLine($"未知操作「{input.Action}」：可用 add、disable、enable、reset-password、list");
                return false;
        }
    }

    private static async Task<bool> AddAsync(LocalAccounts accounts, AccountsInput input, CancellationToken ct)
    {
        var problems = AccountInput.Check(input.UserName, input.RolesFlag, input.CountiesFlag, out var roles, out var counties);
        if (await accounts.FindAsync(input.UserName, ct) is not null) problems.Add($"账号「{input.UserName}」已存在");
        if (problems.Count > 0)
        {
            foreach (var p in problems) Console.Error.WriteLine(p);
            return false;
        }
        var password = input.PasswordFlag ?? LocalAccounts.GeneratePassword();
        var account = await accounts.AddAsync(input.UserName, input.NameFlag ?? input.UserName, password, roles, counties, input.TownshipFlag, ct);
        Console.WriteLine($"已添加账号 {account.Id}（{account.DisplayName}；{string.Join('、', roles.Select(LedgerRoles.ZhName))}；{string.Join('、', counties)}{(account.Township is null ? "" : "；" + account.Township)}）");
        if (input.PasswordFlag is null) Console.WriteLine($"初始密码（只显示这一次）：{password}");
        return true;
    }

    private static bool Report(LocalAccount? account, string name, string done)
    {
        if (account is null) Console.Error.WriteLine($"账号「{name}」不存在");
        else Console.WriteLine($"账号 {account.Id}：{done}");
        return account is not null;
    }
}
