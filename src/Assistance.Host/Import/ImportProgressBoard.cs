using System.Collections.Concurrent;

namespace Assistance.Host.Import;

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
