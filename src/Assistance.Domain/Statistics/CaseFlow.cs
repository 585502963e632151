namespace Assistance.Domain.Statistics;

/// <summary>
/// One movement of one case in the caseload of <see cref="Program"/> in <see cref="Month"/>.
/// <see cref="Persons"/> is signed only for <see cref="FlowKind.PersonChange"/>; <see cref="Reason"/> is set only for exits.
/// </summary>
public sealed record CaseFlow(Program Program, YearMonth Month, Residence Residence, FlowKind Kind, int Households, int Persons, ExitReason? Reason = null);
