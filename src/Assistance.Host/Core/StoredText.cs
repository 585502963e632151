namespace Assistance.Host.Core;

/// <summary>
/// The one rule every text the ledger stores or looks up must pass, wherever it comes from (a JSON body, a query string, a
/// route, a CSV or workbook cell, an uploaded file's name): no NUL or other control character but tab and line breaks
/// (PostgreSQL refuses <c>\u0000</c> in text and jsonb), no half of a surrogate pair (it cannot be written as UTF-8), and at
/// most <see cref="LimitFor"/> characters for the field.
/// </summary>
public static class StoredText
{
    /// <summary>Free text a caseworker writes (notes, reasons, details of a comparison result).</summary>
    public const int LongLimit = 4000;

    /// <summary>Everything else: names, codes, references, places.</summary>
    public const int ShortLimit = 200;

    private static readonly HashSet<string> LongFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "notes", "note", "detail", "details", "reason", "reasons", "comment", "description", "explanation", "remarks",
    };

    /// <summary>The limit for a field named by its JSON path (<c>members[2].name</c>) or bare name.</summary>
    public static int LimitFor(string field)
    {
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        var bracket = leaf.IndexOf('[');
        return LongFields.Contains(bracket >= 0 ? leaf[..bracket] : leaf) ? LongLimit : ShortLimit;
    }

    /// <summary>Why the text cannot be stored (zh-CN), or null when it can.</summary>
    public static string? Problem(string text, int limit)
    {
        if (text.Length > limit) return $"不能超过 {limit} 个字符（现有 {text.Length} 个）";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return "含有无效的 Unicode 字符（不成对的代理项），请重新输入";
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) return $"含有不可见的控制字符（U+{(int)c:X4}），请删除后重新提交";
        }
        return null;
    }

    public static string? Problem(string field, string text) => Problem(text, LimitFor(field));
}
