using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Assistance.Host.Core;

/// <summary>
/// The one way the upload endpoints read their multipart field <c>file</c>: a body that is not multipart, has no or a
/// broken boundary, is larger than the endpoint's limit, or names a file the <see cref="StoredText"/> rule refuses is a
/// zh-CN 400/413 keyed by <c>file</c>, never an exception.
/// </summary>
public sealed record UploadedFile(string Name, byte[] Content)
{
    public static async Task<(UploadedFile? File, IResult? Refusal)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes + 64 * 1024) return (null, TooLarge(maxBytes));
        if (!request.HasFormContentType || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ||
            HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
            return (null, Invalid("请以 multipart/form-data 上传文件（字段名 file）"));
        IFormCollection form;
        try
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maxBytes + 64 * 1024 }));
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, Invalid("上传内容不是完整的 multipart/form-data，请重新选择文件上传"));
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return (null, Invalid("未收到文件：请选择要上传的文件"));
        if (file.Length > maxBytes) return (null, TooLarge(maxBytes));
        var name = Path.GetFileName(file.FileName);
        if (name.Length == 0 || StoredText.Problem(name, StoredText.ShortLimit) is not null)
            return (null, Invalid("文件名为空或含有无效字符，请改名后重新上传"));

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (new UploadedFile(name, buffer.ToArray()), null);
    }

    private static IResult Invalid(string message) => Problems.Invalid(new Dictionary<string, string[]> { ["file"] = [message] });

    private static IResult TooLarge(long maxBytes) => Results.Problem(title: "上传文件过大",
        detail: $"文件不能超过 {maxBytes / 1024 / 1024} MB，请拆分后分批上传。", statusCode: StatusCodes.Status413PayloadTooLarge);
}
