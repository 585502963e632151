using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>生活自理能力评估 of one member, where a case supports several 特困 persons with different levels.</summary>
public sealed record MemberSelfCare(string IdNumber, Eligibility.SelfCareAssessment SelfCare);
