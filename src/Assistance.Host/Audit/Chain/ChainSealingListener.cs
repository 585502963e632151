using JasperFx.Events;
using Marten;
using Marten.Services;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Seals every event in the unit of work that appends it, whichever endpoint, handler or job appended it: the seal goes into
/// the event's headers, written by the same statement as the event. Quick appends leave versions to the database, so
/// versions are counted here from the stream's start or from the version the append was fetched at (which the store
/// enforces, so a racing append fails instead of forking the chain).
/// </summary>
public sealed class ChainSealingListener : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var streams = session.PendingChanges.Streams().Where(s => s.Events.Count > 0).ToList();
        if (streams.Count == 0) return;

        var continued = streams.Where(s => s.ActionType == StreamActionType.Append).Select(s => s.Id).ToArray();
        var heads = continued.Length == 0 ? [] : await ChainHeads.ReadAsync(session, continued, token);
        var serializer = session.DocumentStore.Options.Serializer();
        foreach (var stream in streams)
        {
            var head = heads.GetValueOrDefault(stream.Id);
            var version = stream.ActionType == StreamActionType.Start ? 0 : stream.ExpectedVersionOnServer ?? head?.Version ?? 0;
            var previous = head is not null && head.Version == version ? head.Hash ?? "" : "";
            foreach (var e in stream.Events)
            {
                version++;
                e.Timestamp = EventSeal.ToStoredPrecision(e.Timestamp);
                previous = EventSeal.Of(previous, stream.Id, version, e.EventTypeName, CanonicalJson.Of(serializer, e.Data), e.UserName, e.Timestamp);
                e.SetHeader(EventSeal.Header, previous);
            }
        }
    }
}
