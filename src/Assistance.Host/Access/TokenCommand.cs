using JasperFx.CommandLine;

namespace Assistance.Host.Access;

[Description("Issue a bearer token for a script (signed with the ledger's own key)", Name = "token")]
public sealed class TokenCommand : JasperFxCommand<TokenInput>
{
    public TokenCommand() => Usage("Issue a token").Arguments(x => x.UserName);

    public override bool Execute(TokenInput input)
    {
        var problems = AccountInput.Check(input.UserName, input.RolesFlag, input.CountiesFlag, out var roles, out var counties);
        if (input.HoursFlag is <= 0 or > 24 * 90) problems.Add("--hours 须在 0 到 2160 之间");
        if (problems.Count > 0)
        {
            foreach (var p in problems) Console.Error.WriteLine(p);
            return false;
        }
        using var host = input.BuildHost();
        if (host.Services.GetService<TokenIssuer>() is not { } issuer)
        {
            Console.Error.WriteLine("已配置 Auth:Authority 且未配置 Auth:SigningKey：令牌由身份认证服务签发。");
            return false;
        }
        var user = new LedgerUser(input.UserName, input.NameFlag ?? input.UserName, roles.ToHashSet(), counties.ToHashSet(),
            string.IsNullOrWhiteSpace(input.TownshipFlag) ? null : input.TownshipFlag);
        Console.WriteLine(issuer.Issue(user, TimeSpan.FromHours(input.HoursFlag)).Token);
        return true;
    }
}
