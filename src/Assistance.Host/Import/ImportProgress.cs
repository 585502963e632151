using System.Collections.Concurrent;

namespace Assistance.Host.Import;

/// <summary>How far an import has got: the phase (zh-CN) and households done of the total.</summary>
public sealed record ImportProgress(string Phase, int Done, int Total, bool Finished = false);

/// <summary>The progress of imports running in this process, for the upload page to poll while a large file is imported.</summary>
public sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<Guid, ImportProgress> _runs = new();

    public IProgress<ImportProgress> Track(Guid importId) => new Reporter(this, importId);

    public ImportProgress? Of(Guid importId) => _runs.GetValueOrDefault(importId);

    private sealed class Reporter(ImportProgressBoard board, Guid id) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => board._runs[id] = value;
    }
}
