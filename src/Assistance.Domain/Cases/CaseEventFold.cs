namespace Assistance.Domain.Cases;

/// <summary>
/// Folds case events onto a private copy of <see cref="HouseholdCase"/> with the aggregate's own Create/Apply, so that
/// projections (and tests) follow exactly the timeline rules of the case without reading its (possibly further advanced) snapshot.
/// </summary>
public static class CaseEventFold
{
    private static readonly Dictionary<Type, Action<HouseholdCase, object>> Arms = new()
    {
        [typeof(DualCommitmentSigned)] = (c, e) => c.Apply((DualCommitmentSigned)e),
        [typeof(EconomicStatusAssessed)] = (c, e) => c.Apply((EconomicStatusAssessed)e),
        [typeof(EnrolmentApproved)] = (c, e) => c.Apply((EnrolmentApproved)e),
        [typeof(FirstApprovalSigned)] = (c, e) => c.Apply((FirstApprovalSigned)e),
        [typeof(ApplicationRejected)] = (c, e) => c.Apply((ApplicationRejected)e),
        [typeof(CaseReviewed)] = (c, e) => c.Apply((CaseReviewed)e),
        [typeof(CaseExited)] = (c, e) => c.Apply((CaseExited)e),
        [typeof(TemporaryAssistanceGranted)] = (c, e) => c.Apply((TemporaryAssistanceGranted)e),
        [typeof(IllnessPovertyRecognised)] = (c, e) => c.Apply((IllnessPovertyRecognised)e),
        [typeof(HouseholdMembersChanged)] = (c, e) => c.Apply((HouseholdMembersChanged)e),
        [typeof(EntitlementRecalculated)] = (c, e) => c.Apply((EntitlementRecalculated)e),
        [typeof(CaseCorrected)] = (c, e) => c.Apply((CaseCorrected)e),
        [typeof(CorrectionFirstSigned)] = (c, e) => c.Apply((CorrectionFirstSigned)e),
        [typeof(AppealLodged)] = (c, e) => c.Apply((AppealLodged)e),
        [typeof(AppealDecided)] = (c, e) => c.Apply((AppealDecided)e),
    };

    /// <summary>Events of the case stream that record facts beside the case (the worklists read them) and leave it as it is.</summary>
    public static readonly IReadOnlySet<Type> FactsBesideTheCase = new HashSet<Type>
    {
        typeof(ReviewBecameDue), typeof(ReviewOverdue), typeof(DataComparisonWarningRaised), typeof(DataComparisonWarningVerified),
    };

    /// <summary>The events that open a case stream.</summary>
    public static readonly IReadOnlySet<Type> Openers = new HashSet<Type> { typeof(ApplicationReceived), typeof(RosterCaseImported) };

    /// <summary>Every event type with an arm here: the catalogue test holds it against the <see cref="ICaseEvent"/> types.</summary>
    public static IEnumerable<Type> Folded => Openers.Concat(Arms.Keys).Concat(FactsBesideTheCase);

    /// <summary>The case after <paramref name="event"/>; null while no application has been seen; unchanged for other events.</summary>
    public static HouseholdCase? Apply(HouseholdCase? state, object @event)
    {
        if (@event is ApplicationReceived received) return HouseholdCase.Create(received);
        if (@event is RosterCaseImported imported) return HouseholdCase.Create(imported);
        if (state is not null && Arms.TryGetValue(@event.GetType(), out var apply)) apply(state, @event);
        return state;
    }
}
