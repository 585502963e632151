namespace Assistance.Domain.Policy;

/// <summary>A parameter an administrator set to something the rules cannot work with; <see cref="Field"/> is its JSON name.</summary>
public sealed record PolicyProblem(string Field, string Message);
