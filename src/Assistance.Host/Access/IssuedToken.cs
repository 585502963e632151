using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistance.Host.Access;

/// <summary>A token the ledger signs itself (sign-in page, the CLI's <c>token</c> verb, tests) with the claims of the contract.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);
