using System.Threading.RateLimiting;

namespace Assistance.Host.Access;

/// <summary>Who the token speaks for, as the pages show it.</summary>
public sealed record UserProfile(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Counties, string? Township)
{
    public static UserProfile Of(LedgerUser user) => new(user.Id, user.Name, [.. user.Roles.Order()], [.. user.Counties.Order()], user.Township);
}
