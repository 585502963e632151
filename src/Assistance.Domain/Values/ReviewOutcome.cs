namespace Assistance.Domain.Values;

/// <summary>What a review (复核) decided.</summary>
public enum ReviewOutcome { Continue, Increase, Decrease, GradualExit, Exit }
