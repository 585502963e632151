namespace Assistance.Domain.Import;

/// <summary>Why one row (or the household it belongs to) cannot be imported.</summary>
public sealed record RosterError(int Row, string Reason);
