using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Assistance.Host.Audit.Anchors;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>The result over the whole store: every stream's first break, and the anchors' own check.</summary>
/// <remarks>
/// <see cref="SealedAtRest"/>: streams whose first events were stored before the chain existed and sealed later.
/// <see cref="BrokenElsewhere"/>: broken streams the reader may not see (<see cref="ScopedTo"/>), counted but not named.
/// </remarks>
public sealed record StoreVerdict(bool Valid, long Streams, long Events, IReadOnlyList<BrokenStream> Broken, AnchorVerdict Anchor, long SealedAtRest = 0,
    long BrokenElsewhere = 0)
{
    /// <summary>
    /// The verdict as a user of some counties reads it: the store is valid or not as a whole (its anchors are the whole store's),
    /// but only the broken cases of the user's counties (or township) are named. A stream that names no county the user serves
    /// (another county's case, a case deleted whole, a person's or a policy's stream) is only counted.
    /// </summary>
    public async Task<StoreVerdict> ScopedTo(LedgerUser user, IQuerySession session, CancellationToken ct)
    {
        if (user.AllCounties || Broken.Count == 0) return this;
        var cases = (await session.LoadManyAsync<HouseholdCase>(ct, Broken.Select(b => b.Id))).ToDictionary(c => c.Id);
        var visible = Broken.Where(b => cases.TryGetValue(b.Id, out var c) && user.MaySee(c.CountyCode, c.Township)).ToList();
        return this with { Broken = visible, BrokenElsewhere = Broken.Count - visible.Count };
    }
}
