using System.Text.Json.Serialization;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>
/// The state of one household case, folded from its event stream. It is both the write model that decisions check
/// and the inline snapshot that the case page reads; it never changes except by applying an event.
/// </summary>
public sealed partial class HouseholdCase
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string CountyCode { get; set; } = "";
    public string? Township { get; set; }
    public string? Village { get; set; }
    public Residence Residence { get; set; }
    public CaseStatus Status { get; set; }
    public Program Program { get; set; }
    public Channel Channel { get; set; }
    public LocalDate AppliedOn { get; set; }
    public List<Member> Members { get; set; } = [];
    /// <summary>单人保: the one member enrolled alone, when the application asked for it.</summary>
    public string? SinglePersonIdNumber { get; set; }
    public List<string> EnrolledIdNumbers { get; set; } = [];
    public decimal MonthlyAmount { get; set; }
    /// <summary>分类施保 within <see cref="MonthlyAmount"/>, which 渐退 does not continue.</summary>
    public decimal AddOnTotal { get; set; }
    public YearMonth? EffectiveMonth { get; set; }
    public LocalDate? NextReviewDue { get; set; }
    public YearMonth? GradualExitUntil { get; set; }
    /// <summary>刚性支出困难: the last month the recognition holds (N9 Art.10).</summary>
    public YearMonth? RecognisedUntil { get; set; }
    public LocalDate? CommittedOn { get; set; }
    public EconomicStatusAssessed? LatestAssessment { get; set; }
    public CaseReviewed? LatestReview { get; set; }

    /// <summary>An enrolment signed by one approver and awaiting the second signature (联审联批), if any.</summary>
    public FirstApprovalSigned? AwaitingSecondApproval { get; set; }
    public string? RejectionReason { get; set; }
    public LocalDate? RejectedOn { get; set; }
    /// <summary>The day of the rejection an appeal has reversed (撤销不予确认): payment may start as that decision's would have.</summary>
    public LocalDate? RejectionReversedOf { get; set; }
    public ExitReason? ExitReason { get; set; }
    public YearMonth? ExitMonth { get; set; }
    public Guid? PreviousCaseId { get; set; }
    public List<TemporaryAssistanceGranted> TemporaryGrants { get; set; } = [];
    /// <summary>因病致贫 findings, oldest first.</summary>
    public List<IllnessPovertyRecognised> IllnessPoverty { get; set; } = [];
    /// <summary>The first month the household counts as 因病致贫, for the statistics query; null when never recognised.</summary>
    public YearMonth? IllnessPovertyFrom { get; set; }
    public List<EntitlementSegment> Segments { get; set; } = [];

    public int EnrolledPersons => EnrolledIdNumbers.Count;

    /// <summary>Every member's ID number, enrolled or not: the store keeps them in a column of their own, indexed, for the lookups by person.</summary>
    /// <remarks>Not in the JSON: the column is computed from the members when the case is stored, and the JSON has them already.</remarks>
    [JsonIgnore]
    public List<string> MemberIdNumbers => Members.ConvertAll(m => m.IdNumber);

    public Member Applicant => Members.FirstOrDefault(m => m.Relation == Relation.Self) ?? Members[0];

    public YearMonth ApplicationMonth => AppliedOn.ToYearMonth();

    public bool IsOpen => Status is not (CaseStatus.Rejected or CaseStatus.Exited);

    public bool IsEnrolled => Status is CaseStatus.Enrolled or CaseStatus.GradualExit;

    public static HouseholdCase Create(ApplicationReceived e) => new()
    {
        Id = e.CaseId,
        CountyCode = e.CountyCode,
        Township = e.Township,
        Village = e.Village,
        Residence = e.Residence,
        Program = e.Program,
        Channel = e.Channel,
        AppliedOn = e.AppliedOn,
        Members = [.. e.Members],
        SinglePersonIdNumber = e.SinglePersonIdNumber,
        PreviousCaseId = e.PreviousCaseId,
        Status = CaseStatus.Applied,
    };

    public void Apply(DualCommitmentSigned e)
    {
        CommittedOn = e.SignedOn;
        if (Status == CaseStatus.Applied) Status = CaseStatus.Committed;
    }

    public void Apply(EconomicStatusAssessed e)
    {
        LatestAssessment = e;
        if (Status is CaseStatus.Committed) Status = CaseStatus.Assessed;
    }

    public void Apply(FirstApprovalSigned e) => AwaitingSecondApproval = e;

    public void Apply(EnrolmentApproved e)
    {
        AwaitingSecondApproval = null;
        RejectionReversedOf = null;
        Status = CaseStatus.Enrolled;
        Program = e.Program;
        EffectiveMonth = e.EffectiveMonth;
        MonthlyAmount = e.MonthlyAmount;
        AddOnTotal = e.AddOnTotal;
        EnrolledIdNumbers = [.. e.EnrolledIdNumbers];
        NextReviewDue = e.NextReviewDue;
        RecognisedUntil = e.RecognisedUntil;
        ChangeFrom(new EntitlementSegment(e.Program, e.EffectiveMonth, e.RecognisedUntil, e.EnrolledIdNumbers.Count, e.MonthlyAmount, PolicyVersion: e.PolicyVersion),
            e.AddOnPerPerson);
    }

    public void Apply(ApplicationRejected e)
    {
        AwaitingSecondApproval = null;
        Status = CaseStatus.Rejected;
        RejectionReason = e.Reason;
        RejectedOn = e.DecidedOn;
    }

    public void Apply(CaseReviewed e)
    {
        LatestReview = e;
        NextReviewDue = e.NextReviewDue;
        switch (e.Outcome)
        {
            case ReviewOutcome.Exit:
                CloseFrom(e.EffectiveMonth, Values.ExitReason.IncomeAboveStandard);
                return;
            case ReviewOutcome.GradualExit:
                Status = CaseStatus.GradualExit;
                GradualExitUntil = e.GradualExitUntil;
                break;
            default:
                // A household reviewed back below the standard during 渐退 returns to regular 低保.
                Status = CaseStatus.Enrolled;
                GradualExitUntil = null;
                break;
        }
        MonthlyAmount = e.MonthlyAmount;
        AddOnTotal = e.AddOnTotal;
        ChangeFrom(new EntitlementSegment(Program, e.EffectiveMonth, e.GradualExitUntil, EnrolledPersons, e.MonthlyAmount,
            GradualExit: e.Outcome == ReviewOutcome.GradualExit, PolicyVersion: e.PolicyVersion), e.AddOnPerPerson);
    }

    public void Apply(CaseExited e) => CloseFrom(e.EffectiveMonth, e.Reason);

    public void Apply(EntitlementRecalculated e)
    {
        MonthlyAmount = e.MonthlyAmount;
        AddOnTotal = e.AddOnTotal;
        if (EntitlementTimeline.At(Segments, e.EffectiveMonth) is { } current)
            ChangeFrom(current with { From = e.EffectiveMonth, To = OpenEnd(current), MonthlyAmount = e.MonthlyAmount, PolicyVersion = e.PolicyVersion },
                e.AddOnPerPerson);
    }

    public void Apply(TemporaryAssistanceGranted e) => TemporaryGrants.Add(e);

    public void Apply(IllnessPovertyRecognised e)
    {
        IllnessPoverty.Add(e);
        if (IllnessPovertyFrom is null || e.EffectiveMonth < IllnessPovertyFrom) IllnessPovertyFrom = e.EffectiveMonth;
    }

    public void Apply(HouseholdMembersChanged e)
    {
        var joining = e.Kind is MemberChangeKind.Birth or MemberChangeKind.MovedIn;
        if (joining) Members.Add(e.Member);
        else Members.RemoveAll(m => m.IdNumber == e.Member.IdNumber);

        if (e.RecheckDueOn is { } recheck && (NextReviewDue is null || recheck < NextReviewDue)) NextReviewDue = recheck;
        if (!IsEnrolled || SinglePersonIdNumber is not null) return;
        if (joining) EnrolledIdNumbers.Add(e.Member.IdNumber);
        else EnrolledIdNumbers.Remove(e.Member.IdNumber);
        var current = EntitlementTimeline.At(Segments, e.EffectiveMonth);
        if (current is not null)
            ChangeFrom(current with { From = e.EffectiveMonth, To = OpenEnd(current), Persons = EnrolledPersons, MonthlyAmount = e.NewMonthlyAmount ?? current.MonthlyAmount },
                e.AddOnPerPerson);
        if (e.NewMonthlyAmount is { } amount) MonthlyAmount = amount;
        if (e.NewAddOnTotal is { } addOns) AddOnTotal = addOns;
    }

    /// <summary>
    /// <paramref name="segment"/> in force from its month; with <paramref name="addOnPerPerson"/> (分类施保 within the amount), a
    /// further segment from each month an enrolled member turns 60 or 18 and the 分类施保 changes with it, so statistics, payment
    /// rolls and the case page follow the month concerned rather than the next review.
    /// </summary>
    private void ChangeFrom(EntitlementSegment segment, decimal? addOnPerPerson)
    {
        Segments = [.. EntitlementTimeline.ChangeFrom(Segments, segment)];
        if (addOnPerPerson is not { } each || each == 0 || segment.To is not null) return;
        var enrolled = Members.Where(m => EnrolledIdNumbers.Contains(m.IdNumber)).ToList();
        var atStart = Amounts.ClassifiedAddOns.Qualifying(enrolled, segment.From);
        foreach (var (month, qualifying) in Amounts.ClassifiedAddOns.ChangesAfter(enrolled, segment.From))
            Segments = [.. EntitlementTimeline.ChangeFrom(Segments,
                segment with { From = month, MonthlyAmount = segment.MonthlyAmount + each * (qualifying - atStart) })];
    }

    /// <summary>Where a segment copied from <paramref name="current"/> ends: with 渐退, or open-ended (an age change is not an end).</summary>
    private static YearMonth? OpenEnd(EntitlementSegment current) => current.GradualExit ? current.To : null;

    private void CloseFrom(YearMonth month, ExitReason reason)
    {
        Status = CaseStatus.Exited;
        ExitReason = reason;
        ExitMonth = month;
        NextReviewDue = null;
        Segments = [.. EntitlementTimeline.EndBefore(Segments, month)];
    }
}
