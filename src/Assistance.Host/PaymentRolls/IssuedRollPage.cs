using Assistance.Domain.PaymentRolls;

namespace Assistance.Host.PaymentRolls;

/// <summary>A page of an issued roll (<see cref="IssuedRollRows.PageAsync"/>).</summary>
/// <param name="Roll">The roll without its lines: its totals and who issued it.</param>
/// <param name="Found">Whether the household the page reads on after has lines in the roll.</param>
/// <param name="Next">The household to read on after, while more lines follow.</param>
public sealed record IssuedRollPage(IssuedPaymentRoll Roll, bool Found, IReadOnlyList<RollLine> Lines, Guid? Next);
