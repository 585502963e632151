using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Marten;
using NodaTime;
using Wolverine.Http;
using Assistance.Domain.Eligibility;

namespace Assistance.Host.Cases;

/// <summary>生活自理能力评估: whether each of the six daily activities is achieved (特困 care level).</summary>
public sealed record SelfCareRequest(bool Eating, bool Dressing, bool GettingInOutOfBed, bool Toileting, bool WalkingIndoors, bool Bathing)
{
    public SelfCareAssessment ToAssessment() => new(Eating, Dressing, GettingInOutOfBed, Toileting, WalkingIndoors, Bathing);
}
