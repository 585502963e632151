using System.Security.Cryptography;
using Assistance.Host.Access;
using Marten;
using JasperFx;

namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// The contract's idempotent commands: a command (any /api request but GET) with an <c>Idempotency-Key</c> header whose key
/// the same user used before for the same request is answered with the first answer (status, body, Location) and not run
/// again; for another request it is 422. Keys are kept <c>Idempotency:KeepDays</c> days (7 unless configured).
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || !http.Request.Path.StartsWithSegments("/api") ||
            http.Request.Headers[Header] is not [{ } key] || http.User.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }
        if (key.Length is 0 or > 200 || StoredText.Problem(key, 200) is not null)
        {
            await Problems.Invalid(new Dictionary<string, string[]> { [Header] = ["须为 1 至 200 个可见字符（如一个 UUID）"] }).ExecuteAsync(http);
            return;
        }
        var store = http.RequestServices.GetRequiredService<IDocumentStore>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var keepFor = TimeSpan.FromDays(http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Idempotency:KeepDays", 7.0));
        var request = new IdempotentRequest(IdempotencyRecord.IdOf(http.User.Ledger().Id, key), await FingerprintAsync(http.Request), now + keepFor);

        if (await AnswerAgainAsync(http, store, request, now)) return;
        http.Features.Set(request);
        var original = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        try { await next(http); }
        catch (DocumentAlreadyExistsException)
        {
            // A request with the same key committed while this one ran: answer as a retry would be answered.
            http.Response.Body = original;
            http.Response.Clear();
            if (!await AnswerAgainAsync(http, store, request, now)) throw;
            return;
        }
        finally { http.Response.Body = original; }

        // A command that gave its answer in its own transaction is done; any other has its answer stored just after the commit.
        if (request is { Recorded: true, Answered: false } && http.Response.StatusCode < 500)
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<IdempotencyRecord>(request.RecordId, http.RequestAborted) is { } record)
            {
                record.Status = http.Response.StatusCode;
                record.ContentType = http.Response.ContentType;
                record.Location = http.Response.Headers.Location;
                record.Body = answer.ToArray();
                session.Store(record);
                await session.SaveChangesAsync(CancellationToken.None);
            }
        }
        answer.Position = 0;
        await answer.CopyToAsync(original, http.RequestAborted);
    });

    /// <returns>Whether the key was used before and the request is answered (with the first answer, 422, or 409).</returns>
    private static async Task<bool> AnswerAgainAsync(HttpContext http, IDocumentStore store, IdempotentRequest request, DateTimeOffset now)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<IdempotencyRecord>(request.RecordId, http.RequestAborted) is not { } earlier) return false;
        if (earlier.ExpiresAt <= now)
        {
            session.Delete(earlier);
            await session.SaveChangesAsync(http.RequestAborted);
            return false;
        }
        IResult result = earlier switch
        {
            _ when earlier.Fingerprint != request.Fingerprint => Results.Problem(title: "幂等键已用于另一请求",
                detail: $"{Header} 已用于内容不同的另一请求；重试请原样提交，新的请求请换一个新的键。", statusCode: StatusCodes.Status422UnprocessableEntity),
            { Status: null } => Results.Problem(title: "同一请求正在处理或其答复未能保存",
                detail: "带此幂等键的请求已生效，但答复未能保存；请刷新查看结果，勿再次提交。", statusCode: StatusCodes.Status409Conflict),
            _ => new StoredAnswer(earlier),
        };
        await result.ExecuteAsync(http);
        return true;
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class StoredAnswer(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = record.Status!.Value;
            if (record.ContentType is not null) http.Response.ContentType = record.ContentType;
            if (record.Location is not null) http.Response.Headers.Location = record.Location;
            await http.Response.Body.WriteAsync(record.Body, http.RequestAborted);
        }
    }
}
