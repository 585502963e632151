using JasperFx.CommandLine;

namespace Assistance.Host.Access;

public sealed class AccountsInput : AccountFlags
{
    [Description("add | disable | enable | reset-password | list")]
    public string Action { get; set; } = "list";

    [Description("The account's sign-in name")]
    public string UserName { get; set; } = "";

    [Description("Password to set (default: a generated one, printed once)")]
    public string? PasswordFlag { get; set; }
}
