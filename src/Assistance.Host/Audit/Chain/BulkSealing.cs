using JasperFx.Events;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Seals new streams written by bulk COPY, which no session listener sees: versions run from 1, and the recorded time and
/// actor are those the loader set on each event.
/// </summary>
public static class BulkSealing
{
    public static void Seal(StreamAction newStream, ISerializer serializer)
    {
        var previous = "";
        for (var i = 0; i < newStream.Events.Count; i++)
        {
            var e = newStream.Events[i];
            e.Timestamp = EventSeal.ToStoredPrecision(e.Timestamp);
            previous = EventSeal.Of(previous, newStream.Id, i + 1, e.EventTypeName, CanonicalJson.Of(serializer, e.Data), e.UserName, e.Timestamp);
            e.SetHeader(EventSeal.Header, previous);
        }
    }
}
