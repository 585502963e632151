using Assistance.Domain.Labels;
using System.Security.Claims;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>One recorded event of a case, as auditors read it; <see cref="CorrectedBy"/> is the version of the correction that put it right.</summary>
public sealed record HistoryEntry(long Version, string Type, string Label, Instant RecordedAt, string Actor, object Data, long? CorrectedBy = null)
{
    public static HistoryEntry Of(JasperFx.Events.IEvent e) => new(
        e.Version, e.EventType.Name, CaseEventLabels.Of(e.EventType), Instant.FromDateTimeOffset(e.Timestamp), e.UserName ?? Actors.Unknown, e.Data);
}
