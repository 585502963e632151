using Assistance.Host.PaymentRolls;
using Assistance.Host.Storage;
using Assistance.Host.Tests.PaymentRolls;
using Assistance.Host.Tests.Support;
using Marten;

namespace Assistance.Host.Tests.Storage;

/// <summary>Reads through one snapshot see the store as at their first read, whatever is written meanwhile; a new session sees the write.</summary>
public class OneSnapshotTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task A_write_after_the_first_read_is_not_seen_by_the_later_ones()
    {
        var roll = IssuedRolls.Roll("140404", new(2024, 1));
        await using var snapshot = await OneSnapshot.OpenAsync(ledger.Store, CancellationToken.None);
        var before = await snapshot.Session.Query<IssuedPaymentRoll>().CountAsync();

        await IssuedRolls.StoreAsync(ledger.Store, roll);

        (await snapshot.Session.LoadAsync<IssuedPaymentRoll>(roll.Id)).ShouldBeNull();
        (await snapshot.Session.Query<IssuedPaymentRoll>().CountAsync()).ShouldBe(before);
        await using var fresh = ledger.Store.QuerySession();
        (await fresh.LoadAsync<IssuedPaymentRoll>(roll.Id)).ShouldNotBeNull();
    }
}
