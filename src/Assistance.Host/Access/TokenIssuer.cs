using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistance.Host.Access;

/// <remarks>Token lifetimes run on the real clock (the handler checks them against it), not on the ledger's injected clock.</remarks>
public sealed class TokenIssuer(AuthSettings settings, SecurityKey key)
{
    public IssuedToken Issue(LedgerUser user, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null)
    {
        var now = issuedAt ?? DateTimeOffset.UtcNow;
        var expires = now + (lifetime ?? settings.TokenLifetime);
        var claims = new List<Claim> { new(LedgerClaims.Subject, user.Id), new(LedgerClaims.Name, user.Name) };
        claims.AddRange(user.Roles.Select(r => new Claim(LedgerClaims.Role, r)));
        claims.AddRange(user.Counties.Select(c => new Claim(LedgerClaims.County, c)));
        if (user.Township is { } township) claims.Add(new Claim(LedgerClaims.Township, township));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }
}
