namespace Assistance.Domain.Statistics;

/// <summary>How a case moved a month's caseload.</summary>
public enum FlowKind
{
    /// <summary>新增: first month of a program with none the month before.</summary>
    New,
    /// <summary>退出: no entitlement this month after one the month before.</summary>
    Exited,
    /// <summary>转入: this program now, another program the month before.</summary>
    TransferIn,
    /// <summary>转出: another program now, this program the month before.</summary>
    TransferOut,
    /// <summary>人数变动: same program both months, a different number of enrolled persons.</summary>
    PersonChange,
}

/// <summary>
/// One movement of one case in the caseload of <see cref="Program"/> in <see cref="Month"/>.
/// <see cref="Persons"/> is signed only for <see cref="FlowKind.PersonChange"/>; <see cref="Reason"/> is set only for exits.
/// </summary>
public sealed record CaseFlow(Program Program, YearMonth Month, Residence Residence, FlowKind Kind, int Households, int Persons, ExitReason? Reason = null);
