using Assistance.Domain.Policy;

namespace Assistance.Domain.Worklists;

/// <summary>
/// What the worklists read: the county's policy parameters in force (低保标准, review intervals, time limits) and
/// the few settings only the worklists use, which the policy module does not (yet) carry.
/// </summary>
public sealed record WorklistPolicy(PolicyParameters Parameters)
{
    public static readonly WorklistPolicy Defaults = new(PolicyParameters.Defaults);

    /// <summary>How long before the due date a review appears on the list.</summary>
    public int ReviewWindowMonths { get; init; } = 1;

    /// <summary>限时核查: working days to verify a data-comparison warning (no national rule; a county setting).</summary>
    public int WarningVerificationDays { get; init; } = 10;

    public TimeLimits TimeLimits => Parameters.TimeLimits;

    public decimal DibaoStandard(Residence residence) => Parameters.DibaoStandardFor(residence);
}
