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
