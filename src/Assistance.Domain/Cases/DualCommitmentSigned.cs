using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>双承诺: the applicant's integrity commitment and the agency's duty commitment were signed.</summary>
public sealed record DualCommitmentSigned(
    bool ApplicantSigned,
    bool AgencySigned,
    LocalDate SignedOn,
    string SignedBy,
    string? SignatureRef) : ICaseEvent;
