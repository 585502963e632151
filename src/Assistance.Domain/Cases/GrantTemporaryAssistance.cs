namespace Assistance.Domain.Cases;

/// <summary>临时救助: a one-off grant, possible in any state of the case, also after exit.</summary>
public sealed record GrantTemporaryAssistance(
    TemporaryKind Kind, decimal Amount, LocalDate GrantedOn, string Reason, string GrantedBy, bool DecidedByCounty = false);
