using Assistance.Host.Outreach;
using Marten.Exceptions;
using Npgsql;

namespace Assistance.Host.Tests.Outreach;

/// <summary>Which failures of a write of rostered persons answer 409 (and let the case listener try again) rather than 500.</summary>
public class PersonConflictTests
{
    [Fact]
    public void A_deadlock_is_a_conflict_however_deep_Marten_wraps_it()
    {
        var deadlock = new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);

        PersonConflict.Is(deadlock).ShouldBeTrue();
        PersonConflict.Is(new MartenCommandException(new NpgsqlCommand("select 1"), deadlock)).ShouldBeTrue();
        PersonConflict.Is(new MartenCommandException(new NpgsqlCommand("select 1"),
            new PostgresException("division by zero", "ERROR", "ERROR", PostgresErrorCodes.DivisionByZero))).ShouldBeFalse();
        PersonConflict.Is(new InvalidOperationException("other")).ShouldBeFalse();
    }
}
