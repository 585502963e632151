using Marten;
using Marten.Services;

namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// Adds the request's key to the first unit of work a keyed command saves, whatever session it saves through (its own,
/// Wolverine's, the importer's), so the key commits or rolls back with the command's events.
/// </summary>
public sealed class IdempotencyRecording(IHttpContextAccessor http) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (http.HttpContext?.Features.Get<IdempotentRequest>() is { Recorded: false } request)
        {
            // Insert, not store: of two racing requests with one key, the second's whole transaction fails instead of both writing.
            session.Insert(new IdempotencyRecord { Id = request.RecordId, Fingerprint = request.Fingerprint, ExpiresAt = request.ExpiresAt });
            request.Recorded = true;
        }
        return Task.CompletedTask;
    }
}
