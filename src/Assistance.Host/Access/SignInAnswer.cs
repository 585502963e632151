using System.Threading.RateLimiting;

namespace Assistance.Host.Access;

/// <summary>What a successful sign-in answers: the bearer token, when it expires, and who it is for.</summary>
public sealed record SignInAnswer(string Token, DateTimeOffset ExpiresAt, UserProfile User);
