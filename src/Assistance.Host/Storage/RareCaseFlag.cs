namespace Assistance.Host.Storage;

/// <summary>A flag few cases carry, read through an index of its own (<see cref="RareCaseFlags"/>).</summary>
/// <param name="Name">Names the index and the statistics.</param>
/// <param name="Expression">The JSON expression the statistics are kept on.</param>
/// <param name="Predicate">The cases that carry the flag, written as the query writes its condition, for PostgreSQL to see that the index holds them.</param>
public sealed record RareCaseFlag(string Name, string Expression, string Predicate);
