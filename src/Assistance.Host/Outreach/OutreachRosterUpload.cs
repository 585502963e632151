using Assistance.Domain.Import;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Import;
using Assistance.Host.Storage;
using Marten;
using NodaTime;

namespace Assistance.Host.Outreach;

/// <summary>
/// Reads a department roster with the roster import's file reader, matches every good row against the ledger's cases and
/// replaces the listings of the roster's sources: a person a newer roster of the same source no longer lists loses that
/// listing only, and keeps the visits made.
/// </summary>
public static class OutreachRosterUpload
{
    public static async Task<OutreachRoster> UploadAsync(IDocumentSession session, CountyRegistry counties, byte[] content, string fileName,
        LedgerUser uploader, LocalDate today, DateTimeOffset now, CancellationToken ct)
    {
        var roster = await StageAsync(session, counties, content, fileName, uploader, today, now, ct);
        await session.SaveChangesAsync(ct);
        return roster;
    }

    /// <summary>Puts the roster and the persons it changes in <paramref name="session"/>, for the caller to save (with its answer).</summary>
    public static async Task<OutreachRoster> StageAsync(IDocumentSession session, CountyRegistry counties, byte[] content, string fileName,
        LedgerUser uploader, LocalDate today, DateTimeOffset now, CancellationToken ct)
    {
        var roster = new OutreachRoster { Id = Guid.CreateVersion7(), File = fileName, UploadedBy = Actors.Of(uploader), UploadedAt = now };
        var (rows, unreadable, fileError) = Read(content, fileName);
        if (fileError is not null)
        {
            roster.Errors.Add(new ImportErrorLine(fileName, fileError.Row, fileError.Reason));
            session.Store(roster);
            return roster;
        }

        var check = OutreachRosterCheck.Check(rows, counties);
        // An administrator of some counties lists persons of those counties only; other rows go to the error report.
        var outOfScope = check.Listings.Where(l => !uploader.MaySeeCounty(l.CountyCode)).ToList();
        check = new OutreachRosterCheckResult([.. check.Listings.Except(outOfScope)],
            [.. check.Errors.Concat(unreadable).Concat(outOfScope.Select(l => new RosterError(l.Row, $"县区代码「{l.CountyCode}」不在您的管辖范围内"))).OrderBy(e => e.Row)]);
        roster.Rows = rows.Count;
        roster.Errors = [.. check.Errors.Select(e => new ImportErrorLine(fileName, e.Row, e.Reason))];
        roster.Sources = [.. check.Listings.Select(l => l.Source).Distinct().Order(StringComparer.Ordinal)];

        // The roster replaces the source's list in the uploader's counties, and only there.
        var persons = new Dictionary<string, RosteredPerson>();
        var inScope = uploader.AllCounties ? null : uploader.Counties.ToArray();
        foreach (var source in roster.Sources)
        {
            var listedBySource = session.Query<RosteredPerson>().Where(p => p.Sources.Contains(source));
            if (inScope is not null) listedBySource = listedBySource.Where(p => p.CountyCode.IsOneOf(inScope));
            foreach (var listed in await listedBySource.ToListAsync(ct)) persons.TryAdd(listed.Id, listed);
        }
        var newIds = check.Listings.Select(l => l.IdNumber).Distinct().Where(id => !persons.ContainsKey(id)).ToArray();
        foreach (var chunk in newIds.Chunk(2000))
            foreach (var known in await session.LoadManyAsync<RosteredPerson>(ct, chunk))
                persons[known.Id] = known;

        var listedNow = check.Listings.Select(l => (l.Source, l.IdNumber)).ToHashSet();
        foreach (var person in persons.Values)
            foreach (var source in roster.Sources.Where(s => person.Sources.Contains(s) && !listedNow.Contains((s, person.Id))))
            {
                person.Unlist(source);
                roster.Unlisted++;
            }
        foreach (var listing in check.Listings)
        {
            if (!persons.TryGetValue(listing.IdNumber, out var person)) persons[listing.IdNumber] = person = new RosteredPerson();
            person.List(listing, roster.Id, today);
        }

        var coverage = await CaseCoverageLookup.CoverageAsync(session, [.. persons.Keys], ct);
        var removed = new List<RosteredPerson>();
        var added = new List<RosteredPerson>();
        foreach (var person in persons.Values)
        {
            person.Cover(coverage[person.Id]);
            if (person is { Listed: false, Visits.Count: 0, AppliedCaseId: null }) removed.Add(person);
            else if (person.Version == Guid.Empty) added.Add(person);
            else session.Store(person);
        }
        QueueWrites(session, removed, added);

        var listedPersons = check.Listings.Select(l => persons[l.IdNumber]).DistinctBy(p => p.Id).ToList();
        roster.Listed = listedPersons.Count;
        roster.Covered = listedPersons.Count(p => p.CoverageStatus == CoverageStatus.Covered);
        roster.PreviouslyCovered = listedPersons.Count(p => p.CoverageStatus == CoverageStatus.PreviouslyCovered);
        roster.NotCovered = roster.Listed - roster.Covered;
        session.Store(roster);
        return roster;
    }

    /// <summary>
    /// The persons no longer listed and those new to the outreach list, each kind in one statement: a statement's own cost, and
    /// the progress table's triggers it runs (<see cref="OutreachDailyTotals"/>), are paid once rather than per person (5,000 new
    /// persons: 1.1 s one statement each, 0.12–0.16 s in one). Deleted only as read: a person visited meanwhile is kept.
    /// Inserted without overwriting: another upload listing a person first makes this one fail.
    /// </summary>
    private static void QueueWrites(IDocumentSession session, IReadOnlyList<RosteredPerson> removed, IReadOnlyList<RosteredPerson> added)
    {
        var table = session.DocumentStore.Options.Schema.For<RosteredPerson>(true);
        if (removed.Count > 0)
            session.QueueSqlCommand($"delete from {table} t using unnest(?::varchar[], ?::uuid[]) as r(id, version) where t.id = r.id and t.mt_version = r.version",
                removed.Select(p => p.Id).ToArray(), removed.Select(p => p.Version).ToArray());
        SetBasedWrites.Insert(session, added, p => p.Id);
    }

    private static (List<OutreachRow> Rows, List<RosterError> RowErrors, RosterError? FileError) Read(byte[] content, string fileName)
    {
        var (cells, rowErrors, fileError) = RosterFile.ReadCells(content, fileName);
        if (fileError is not null) return ([], rowErrors, fileError);
        var (positions, missing) = OutreachColumns.Locate(cells[0].Cells);
        if (missing.Count > 0)
            return ([], rowErrors, new RosterError(1, $"表头缺少列：{string.Join("、", missing.Select(c => $"{OutreachColumns.Chinese[c]}（{c.ToString()[..1].ToLowerInvariant()}{c.ToString()[1..]}）"))}"));
        return (RosterFile.DataRows(cells).Select(r => OutreachColumns.ToRow(r.Number, positions, r.Cells)).ToList(), rowErrors, null);
    }
}
