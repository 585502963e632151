namespace Assistance.Host.Access;

/// <summary>Claim names of the contract's Access section (JWT claim names, not mapped to .NET's long URIs).</summary>
public static class LedgerClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string County = "county";
    public const string Township = "township";

    /// <summary>The <c>county</c> value that stands for every county.</summary>
    public const string EveryCounty = "*";
}
