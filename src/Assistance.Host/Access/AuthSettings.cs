using Assistance.Host.Storage;

namespace Assistance.Host.Access;

/// <summary>
/// The <c>Auth</c> section (the contract's Access section): an issuer and audience, and either a shared HS256 key or an
/// OpenID Connect authority. With neither, the ledger runs its own sign-in with a key it keeps in its local data.
/// </summary>
public sealed record AuthSettings(string Issuer, string Audience, string? SigningKey, string? Authority, string KeyFile, TimeSpan TokenLifetime)
{
    public const string DefaultName = "assistance-ledger";

    /// <summary>Local accounts and the sign-in page are only for the ledger's own key; a real provider signs people in itself.</summary>
    public bool UsesLocalAccounts => string.IsNullOrWhiteSpace(Authority);

    public static AuthSettings From(IConfiguration configuration) => new(
        configuration["Auth:Issuer"] is { Length: > 0 } issuer ? issuer : DefaultName,
        configuration["Auth:Audience"] is { Length: > 0 } audience ? audience : DefaultName,
        configuration["Auth:SigningKey"] is { Length: > 0 } key ? key : null,
        configuration["Auth:Authority"] is { Length: > 0 } authority ? authority : null,
        configuration["Auth:KeyFile"] is { Length: > 0 } file ? file
            : Path.Combine(Path.GetDirectoryName(LocalPostgresOptions.DefaultDevDataDirectory())!, "auth", "signing-key"),
        TimeSpan.FromHours(configuration.GetValue("Auth:TokenLifetimeHours", 8.0)));
}
