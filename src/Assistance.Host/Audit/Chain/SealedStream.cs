namespace Assistance.Host.Audit.Chain;

/// <summary>
/// 补封存: the seals of a stream's events stored before the chain existed (older stores, imports that wrote no headers), computed
/// once by <see cref="LegacySealing"/> over the events as they stood on <see cref="SealedOn"/>. Not a proof of what was appended
/// then, only that nothing of it changed after that day.
/// </summary>
public sealed class SealedStream
{
    public Guid Id { get; set; }
    /// <summary>The day the events were sealed (yyyy-MM-dd).</summary>
    public string SealedOn { get; set; } = "";
    /// <summary>The last version sealed: versions 1 to this one.</summary>
    public long Version { get; set; }
    /// <summary>The seal of each version in order, each chained to the one before, as the append-time seals are.</summary>
    public List<string> Hashes { get; set; } = [];
}
