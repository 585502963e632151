
namespace Assistance.Host.CaseFile;

/// <summary>One recorded step of the case in the file: who did what, when, from when it takes effect, why, and its seal.</summary>
public sealed record CaseFileEntry(long Version, string Label, string RecordedAt, string Actor, string EffectiveOn, string Details, string? Seal, long? CorrectedBy);
