namespace Assistance.Domain.Cases;

/// <summary>Why a step is not allowed in the case's current state (answered as 409).</summary>
public sealed record Refusal(string Title, string Detail);
