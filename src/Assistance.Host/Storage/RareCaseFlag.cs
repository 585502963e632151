namespace Assistance.Host.Storage;

/// <summary>A flag few cases carry, read through an index of its own (<see cref="RareCaseFlags"/>).</summary>
/// <param name="Name">Names the index and the statistics.</param>
/// <param name="Expression">The JSON expression the statistics are kept on.</param>
/// <param name="Test">What the expression is for the cases that carry the flag.</param>
public sealed record RareCaseFlag(string Name, string Expression, string Test)
{
    /// <summary>The cases that carry the flag: the index's predicate, and the condition a query writes for PostgreSQL to use the index.</summary>
    public string Predicate => $"{Expression} {Test}";

    public string IndexName => $"mt_doc_householdcase_idx_{Name}";

    public string StatisticsName => $"mt_doc_householdcase_stat_{Name}";
}
