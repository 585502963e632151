namespace Assistance.Domain.Cases;

/// <summary>
/// Folds case events onto a private copy of <see cref="HouseholdCase"/> with the aggregate's own Create/Apply, so that
/// projections (and tests) follow exactly the timeline rules of the case without reading its (possibly further advanced) snapshot.
/// </summary>
public static class CaseEventFold
{
    /// <summary>The case after <paramref name="event"/>; null while no application has been seen; unchanged for other events.</summary>
    public static HouseholdCase? Apply(HouseholdCase? state, object @event)
    {
        if (@event is ApplicationReceived received) return HouseholdCase.Create(received);
        if (@event is Import.RosterCaseImported imported) return HouseholdCase.Create(imported);
        if (state is null) return null;
        switch (@event)
        {
            case DualCommitmentSigned e: state.Apply(e); break;
            case EconomicStatusAssessed e: state.Apply(e); break;
            case EnrolmentApproved e: state.Apply(e); break;
            case ApplicationRejected e: state.Apply(e); break;
            case CaseReviewed e: state.Apply(e); break;
            case CaseExited e: state.Apply(e); break;
            case TemporaryAssistanceGranted e: state.Apply(e); break;
            case HouseholdMembersChanged e: state.Apply(e); break;
            case EntitlementRecalculated e: state.Apply(e); break;
            case CaseCorrected e: state.Apply(e); break;
            case AppealLodged e: state.Apply(e); break;
            case AppealDecided e: state.Apply(e); break;
        }
        return state;
    }
}
