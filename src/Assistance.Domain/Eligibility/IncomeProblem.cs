namespace Assistance.Domain.Eligibility;

/// <summary>Why an income item could not be counted; <see cref="Index"/> is its position in the list sent.</summary>
public sealed record IncomeProblem(int Index, string Field, string Message);
