namespace Assistance.Domain.Cases;

/// <summary>签订双承诺: the applicant's integrity commitment and the agency's duty commitment.</summary>
public sealed record SignDualCommitment(bool ApplicantSigned, bool AgencySigned, LocalDate SignedOn, string SignedBy, string? SignatureRef);
