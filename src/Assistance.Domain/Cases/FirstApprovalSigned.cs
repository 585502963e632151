using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>
/// 初签 (联审联批): the first of two approvers signed an enrolment the county wants two signatures for; nothing is paid
/// and nothing is counted until another approver signs (<see cref="EnrolmentApproved.SecondSignature"/>).
/// </summary>
public sealed record FirstApprovalSigned(EnrolmentTerms Terms, SignatureReference Signature) : ICaseEvent;
