using JasperFx.CommandLine;

namespace Assistance.Host.Access;

public sealed class TokenInput : AccountFlags
{
    [Description("Who the token speaks for (its sub; recorded as the actor)")]
    public string UserName { get; set; } = "";

    [Description("Lifetime in hours (default 8)")]
    public double HoursFlag { get; set; } = 8;
}
