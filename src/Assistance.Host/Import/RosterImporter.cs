using System.Security.Cryptography;
using Assistance.Domain.Cases;
using Assistance.Domain.Import;
using Assistance.Domain.Values;
using Assistance.Host.Cases;
using Assistance.Host.Core.Idempotency;
using Marten;

namespace Assistance.Host.Import;

/// <summary>
/// 存量花名册导入: every good household of a roster file becomes a case whose stream opens with <see cref="RosterCaseImported"/>.
/// A household is one event in one stream, so it is imported whole or not at all; its case id is derived from county and
/// 户编号, so a re-run finds the households it imported before and skips them.
/// </summary>
public sealed class RosterImporter(IDocumentStore store, CountyRegistry counties, TimeProvider time)
{
    private const int HouseholdsPerSession = 500;

    /// <summary>
    /// Imports the file as run <paramref name="importId"/>, or goes on with that run if an earlier attempt of the same file
    /// stopped part-way (the households it committed are then counted as imported, not skipped). A failure is recorded on the
    /// run before it is rethrown. <paramref name="answer"/>, when given, is the request's answer for the finished run: it is
    /// saved with the run's last write (<see cref="AnswerOnCommit"/>).
    /// </summary>
    public async Task<RosterImportRun> ImportAsync(byte[] content, string fileName, string importedBy, Guid importId,
        IProgress<ImportProgress>? progress, CancellationToken ct, Func<RosterImportRun, IResult>? answer = null)
    {
        var hash = HashOf(content);
        RosterImportRun? earlier;
        await using (var query = store.QuerySession()) earlier = await query.LoadAsync<RosterImportRun>(importId, ct);
        if (earlier is { Status: RosterImportStatus.Finished } || (earlier is not null && earlier.FileHash != hash))
            throw new InvalidOperationException($"Import {importId} exists and cannot be resumed with this file");
        var run = earlier ?? new RosterImportRun { Id = importId, File = fileName, ImportedBy = importedBy, StartedAt = time.GetUtcNow(), FileHash = hash };
        var importedBefore = run.Imported;
        try
        {
            await ImportAsync(run, content, importedBefore, progress, answer, ct);
            return run;
        }
        catch (Exception e)
        {
            run.Status = RosterImportStatus.Failed;
            run.Failure = e is OperationCanceledException
                ? "导入被中止（请求已取消）；已写入的户保留，用同一文件和同一导入编号重新导入即可继续"
                : "导入中途出错；已写入的户保留，用同一文件和同一导入编号重新导入即可继续";
            try { await StoreAsync(run, null, CancellationToken.None); }
            catch (Exception) when (e is not OperationCanceledException) { /* the store itself is away: the record as last committed stands */ }
            throw;
        }
    }

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task ImportAsync(RosterImportRun run, byte[] content, int importedBefore, IProgress<ImportProgress>? progress,
        Func<RosterImportRun, IResult>? answer, CancellationToken ct)
    {
        progress?.Report(new ImportProgress("读取文件", 0, 0));
        var file = RosterFile.Read(content, run.File, ct);
        var errors = new List<RosterError>(file.RowErrors);
        if (file.FileError is { } fileError) errors.Add(fileError);

        var check = RosterCheck.Check(file.Rows, counties);
        errors.AddRange(check.Errors);
        run.Rows = file.Rows.Count + file.RowErrors.Count;
        run.Households = check.TotalHouseholds;
        run.Rejected = check.RejectedHouseholds;

        var (fresh, skipped, conflicts) = await AgainstLedgerAsync(check.Households, ct);
        errors.AddRange(conflicts.SelectMany(c => c.Errors));
        run.Skipped = skipped - importedBefore;
        run.Rejected += conflicts.Count;
        run.Errors = [.. errors.OrderBy(e => e.Row).Select(e => new ImportErrorLine(run.File, e.Row, e.Reason))];
        run.Status = RosterImportStatus.Running;
        run.Failure = null;
        await StoreAsync(run, null, ct);

        var done = 0;
        foreach (var batch in fresh.Chunk(HouseholdsPerSession))
        {
            run.Imported = importedBefore + done + batch.Length;
            try { await StoreAsync(run, batch, ct); }
            catch { run.Imported = importedBefore + done; throw; }
            done += batch.Length;
            progress?.Report(new ImportProgress("写入案件", done, fresh.Count));
        }
        run.Status = RosterImportStatus.Finished;
        run.FinishedAt = time.GetUtcNow();
        if (answer is null) await StoreAsync(run, null, ct);
        else await AnswerOnCommit.SaveAsync(answer(run), () => StoreAsync(run, null, ct));
        progress?.Report(new ImportProgress("完成", done, fresh.Count, Finished: true));
    }

    /// <summary>The run record, with the households of one batch in the same transaction when given.</summary>
    private async Task StoreAsync(RosterImportRun run, RosterHousehold[]? households, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = run.ImportedBy;
        foreach (var household in households ?? [])
            session.Events.StartStream<HouseholdCase>(household.CaseId, household.ToEvent(run.File, run.ImportedBy));
        session.Store(run);
        await session.SaveChangesAsync(ct);
    }

    private sealed record Conflict(RosterHousehold Household, IReadOnlyList<RosterError> Errors);

    /// <summary>
    /// Splits the good households into those new to the ledger, those an earlier run imported unchanged (skipped), and those
    /// that clash with the ledger: imported before with different content, or a member already enrolled in another case.
    /// </summary>
    private async Task<(List<RosterHousehold> Fresh, int Skipped, List<Conflict> Conflicts)> AgainstLedgerAsync(
        IReadOnlyList<RosterHousehold> households, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var existing = new Dictionary<Guid, HouseholdCase>();
        foreach (var ids in households.Select(h => h.CaseId).Chunk(1000))
            foreach (var c in await session.LoadManyAsync<HouseholdCase>(ct, ids))
                existing[c.Id] = c;

        var fresh = new List<RosterHousehold>();
        var conflicts = new List<Conflict>();
        var skipped = 0;
        foreach (var household in households)
        {
            if (!existing.TryGetValue(household.CaseId, out var before)) fresh.Add(household);
            else if (before.ImportedContentHash == household.ContentHash) skipped++;
            else conflicts.Add(new Conflict(household, [new RosterError(household.Rows[0],
                $"户编号 {household.HouseholdNumber} 已于先前从「{before.ImportedFrom}」导入，本次内容不同；变更请在台账中办理复核或成员变更")]));
        }

        var enrolledElsewhere = await EnrolledInLedgerAsync(session, fresh.SelectMany(h => h.Members.Select(m => m.IdNumber)).ToArray(), ct);
        foreach (var household in fresh.ToList())
        {
            var clashes = household.Members
                .Select((m, i) => (m, row: household.Rows[i]))
                .Where(x => enrolledElsewhere.ContainsKey(x.m.IdNumber))
                .Select(x => new RosterError(x.row, $"身份证号 {IdNumber.Mask(x.m.IdNumber)} 已在台账中另一户（案件 {enrolledElsewhere[x.m.IdNumber]}）享受救助"))
                .ToList();
            if (clashes.Count == 0) continue;
            fresh.Remove(household);
            conflicts.Add(new Conflict(household, clashes));
        }
        return (fresh, skipped, conflicts);
    }

    /// <summary>
    /// Which of the ID numbers are enrolled persons of an open case in the ledger, and in which case.
    /// </summary>
    private static async Task<Dictionary<string, Guid>> EnrolledInLedgerAsync(IQuerySession session, string[] idNumbers, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<HouseholdCase>(true);
        var found = new Dictionary<string, Guid>();
        foreach (var chunk in idNumbers.Chunk(5000))
        {
            var rows = await session.QueryAsync<string>('^', $"""
                select p.id_number || '|' || d.id::text
                from {CasesOfPerson.FromEachOf(table, "^")}
                where d.data -> 'enrolledIdNumbers' ? p.id_number and d.data ->> 'status' in ('Enrolled', 'GradualExit')
                """, ct, [chunk]);
            foreach (var row in rows)
            {
                var parts = row.Split('|');
                found[parts[0]] = Guid.Parse(parts[1]);
            }
        }
        return found;
    }
}
