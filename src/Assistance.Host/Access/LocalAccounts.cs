using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Assistance.Host.Access;

/// <summary>Creating, checking and maintaining local accounts; passwords are kept only as ASP.NET Core <see cref="PasswordHasher{T}"/> hashes.</summary>
public sealed class LocalAccounts(IDocumentStore store, IClock clock)
{
    private static readonly PasswordHasher<LocalAccount> Hasher = new();
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string NormaliseName(string name) => name.Trim().ToLowerInvariant();

    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<LocalAccount>().AnyAsync(ct);
    }

    public async Task<LocalAccount?> FindAsync(string name, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<LocalAccount>(NormaliseName(name), ct);
    }

    /// <summary>The account when the name and password match an enabled account; null otherwise (without saying which part was wrong).</summary>
    public async Task<LocalAccount?> VerifyAsync(string name, string password, CancellationToken ct)
    {
        var account = await FindAsync(name, ct);
        if (account is null || account.Disabled) return null;
        return Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    public async Task<LocalAccount> AddAsync(string name, string displayName, string password, IEnumerable<string> roles,
        IEnumerable<string> counties, string? township, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var draft = new LocalAccount(NormaliseName(name), displayName, "", roles.Distinct().ToList(), counties.Distinct().ToList(),
            string.IsNullOrWhiteSpace(township) ? null : township, false, now, now);
        var account = draft with { PasswordHash = Hasher.HashPassword(draft, password) };
        await using var session = store.LightweightSession();
        session.Insert(account);
        await session.SaveChangesAsync(ct);
        return account;
    }

    public Task<LocalAccount?> SetDisabledAsync(string name, bool disabled, CancellationToken ct) =>
        UpdateAsync(name, a => a with { Disabled = disabled }, ct);

    public Task<LocalAccount?> SetPasswordAsync(string name, string password, CancellationToken ct) =>
        UpdateAsync(name, a => a with { PasswordHash = Hasher.HashPassword(a, password), PasswordSetAt = clock.GetCurrentInstant() }, ct);

    private async Task<LocalAccount?> UpdateAsync(string name, Func<LocalAccount, LocalAccount> change, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<LocalAccount>(NormaliseName(name), ct);
        if (account is null) return null;
        var changed = change(account);
        session.Store(changed);
        await session.SaveChangesAsync(ct);
        return changed;
    }
}
