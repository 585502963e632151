using Marten;
using NodaTime;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>One 追回: the roll it is (or will be) in, the case, the month overpaid, the amount and the correction it cites.</summary>
public sealed record RecoveryRow(string RollMonth, bool Issued, Guid CaseId, string HeadName, string ForMonth, decimal Amount, string? Cause);
