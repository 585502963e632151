using System.Threading.RateLimiting;

namespace Assistance.Host.Access;

/// <summary>The sign-in body: the account name and its password.</summary>
public sealed record SignInRequest(string? UserName, string? Password);
