using Marten;
using Marten.Services;

namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// Adds the request's key to the first unit of work a keyed command saves, whatever session it saves through (its own,
/// Wolverine's, the importer's), so the key commits or rolls back with the command's events; with the answer too when the
/// command made it known before its commit (<see cref="AnswerOnCommit"/>).
/// </summary>
public sealed class IdempotencyRecording(IHttpContextAccessor http) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (http.HttpContext is not { } context || context.Features.Get<IdempotentRequest>() is not { Recorded: false } request) return;
        var record = new IdempotencyRecord { Id = request.RecordId, Fingerprint = request.Fingerprint, ExpiresAt = request.ExpiresAt };
        if (AnswerOnCommit.Current is { } answer) await RenderAsync(answer, context, record);
        // Insert, not store: of two racing requests with one key, the second's whole transaction fails instead of both writing.
        session.Insert(record);
        request.Recorded = true;
    }

    /// <summary>Writes the answer as the endpoint will (same result, same services and JSON options) into the record.</summary>
    private static async Task RenderAsync(IResult answer, HttpContext context, IdempotencyRecord record)
    {
        var scratch = new DefaultHttpContext { RequestServices = context.RequestServices };
        using var body = new MemoryStream();
        scratch.Response.Body = body;
        await answer.ExecuteAsync(scratch);
        record.Status = scratch.Response.StatusCode;
        record.ContentType = scratch.Response.ContentType;
        record.Location = scratch.Response.Headers.Location;
        record.Body = body.ToArray();
    }
}
