using JasperFx.CommandLine;

namespace Assistance.Host.Access;

/// <summary>Who an account or a script token speaks for: the flags the <c>accounts</c> and <c>token</c> verbs share.</summary>
public abstract class AccountFlags : NetCoreInput
{
    [Description("Display name recorded as the actor (default: the user name)")]
    public string? NameFlag { get; set; }

    [Description("Roles, comma-separated: Caseworker, Approver, Auditor, Administrator")]
    public string? RolesFlag { get; set; }

    [Description("County codes, comma-separated, or * for every county")]
    public string? CountiesFlag { get; set; }

    [Description("Township (乡镇) that narrows a caseworker to its cases")]
    public string? TownshipFlag { get; set; }
}
