using Marten;
using Marten.Services;

namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// Adds the request's key to the first unit of work a keyed command saves, whatever session it saves through (its own,
/// Wolverine's, the importer's), so the key commits or rolls back with the command's events; with the answer too when the
/// command made it known before its commit (<see cref="AnswerOnCommit"/>). A command that saves several times (a roster
/// import, batch by batch) records the key with its first save and the answer with the save that makes it known.
/// </summary>
public sealed class IdempotencyRecording(IHttpContextAccessor http) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (http.HttpContext is not { } context || context.Features.Get<IdempotentRequest>() is not { Answered: false } request) return;
        var answer = AnswerOnCommit.Current;
        if (request.Recorded && answer is null) return;
        var record = new IdempotencyRecord { Id = request.RecordId, Fingerprint = request.Fingerprint, ExpiresAt = request.ExpiresAt };
        if (answer is not null) await RenderAsync(answer, context, record);
        // The first save inserts, not stores: of two racing requests with one key, the second's whole transaction fails
        // instead of both writing. A later save of the same request only adds the answer to the record the first one made.
        if (request.Recorded) session.Update(record);
        else session.Insert(record);
        request.Recorded = true;
        request.Answered = answer is not null;
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
