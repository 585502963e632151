namespace Assistance.Host.Worklists.Counts;

/// <param name="List">The list's property in the documents (<see cref="WorklistJson.PropertyOf"/>).</param>
public sealed record WorklistTally(string List, int Total, int Overdue);
