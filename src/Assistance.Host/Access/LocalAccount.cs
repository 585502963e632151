using NodaTime;

namespace Assistance.Host.Access;

/// <summary>An account of the ledger's own sign-in (used when no identity provider is configured). Id is the sign-in name.</summary>
public sealed record LocalAccount(
    string Id,
    string DisplayName,
    string PasswordHash,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Counties,
    string? Township,
    bool Disabled,
    Instant CreatedAt,
    Instant PasswordSetAt)
{
    public LedgerUser ToUser() => new(Id, DisplayName, Roles.ToHashSet(), Counties.ToHashSet(), Township);
}
