using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Marten.Events;
using NodaTime;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Audit.Queries;

/// <summary>One decision of the auditors' lists: the case, the event, who recorded it and when.</summary>
public sealed record DecisionRow(Guid CaseId, long Version, string Label, string Actor, DateTimeOffset RecordedAt, string? Detail = null);
