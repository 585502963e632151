using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using JasperFx.Events;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

/// <summary>The case body of the contract, with the timeline and labels the case page shows.</summary>
public sealed record CaseView(
    Guid Id,
    long Version,
    string CountyCode,
    string CountyName,
    string? Township,
    string? Village,
    Residence Residence,
    CaseStatus Status,
    string StatusName,
    DomainProgram Program,
    Channel Channel,
    IReadOnlyList<Member> Members,
    string? SinglePersonIdNumber,
    int EnrolledPersons,
    decimal MonthlyAmount,
    YearMonth? EffectiveMonth,
    LocalDate? NextReviewDue,
    YearMonth? GradualExitUntil,
    LocalDate AppliedOn,
    Instant LastEventAt,
    string? RejectionReason,
    ExitReason? ExitReason,
    YearMonth? ExitMonth,
    Guid? PreviousCaseId,
    IReadOnlyList<EntitlementSegment> Segments,
    IReadOnlyList<TemporaryAssistanceGranted> TemporaryGrants,
    EconomicStatusAssessed? LatestAssessment,
    FirstApprovalSigned? AwaitingSecondApproval,
    IReadOnlyList<CorrectionFirstSigned> PendingCorrections,
    YearMonth? RecognisedUntil,
    IReadOnlyList<IllnessPovertyRecognised> IllnessPoverty)
{
    /// <param name="lastEvent">
    /// The stream's last event (up to the day asked for): its version is the one commands check <c>expectedVersion</c> against.
    /// The snapshot's may be lower, as it neither applies nor counts the facts the daily job notes beside the case.
    /// </param>
    public static CaseView Of(HouseholdCase c, IEvent lastEvent, CountyRegistry counties) => new(
        c.Id, lastEvent.Version, c.CountyCode, counties.NameOf(c.CountyCode), c.Township, c.Village, c.Residence, c.Status,
        CaseStatusLabels.Of(c.Status), c.Program, c.Channel, c.Members, c.SinglePersonIdNumber, c.EnrolledPersons, c.MonthlyAmount,
        c.EffectiveMonth, c.NextReviewDue, c.GradualExitUntil, c.AppliedOn, Instant.FromDateTimeOffset(lastEvent.Timestamp),
        c.RejectionReason, c.ExitReason, c.ExitMonth, c.PreviousCaseId, c.Segments, c.TemporaryGrants, c.LatestAssessment,
        c.AwaitingSecondApproval, c.PendingCorrections, c.RecognisedUntil, c.IllnessPoverty);
}
