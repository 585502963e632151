using System.Collections.Concurrent;

namespace Assistance.Host.Import;

/// <summary>How far an import has got: the phase (zh-CN) and households done of the total.</summary>
public sealed record ImportProgress(string Phase, int Done, int Total, bool Finished = false);
