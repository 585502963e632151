using System.Globalization;
using Assistance.Domain.Values;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.Core;

/// <summary>
/// Reads the fields of a request body, collecting one zh-CN message per bad field (keyed by its JSON path),
/// so that a caller sees every mistake at once in the 400 answer.
/// </summary>
public sealed class FieldReader(CountyRegistry counties)
{
    private readonly Dictionary<string, List<string>> _errors = new();

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Whether <paramref name="field"/> was found bad.</summary>
    public bool HasErrorFor(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>A whole number from 1 to <paramref name="max"/> in a query string, or <paramref name="whenMissing"/> when left out.</summary>
    public int Positive(string field, string? text, int whenMissing, int max)
    {
        if (string.IsNullOrEmpty(text)) return whenMissing;
        if (int.TryParse(text, out var value) && value >= 1 && value <= max) return value;
        Add(field, max == int.MaxValue ? $"「{text}」应为正整数" : $"「{text}」应为 1 到 {max} 之间的整数");
        return whenMissing;
    }

    public string Text(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "不能为空");
        return OptionalText(field, value) ?? "";
    }

    /// <summary>A text that may be left out, under the same <see cref="StoredText"/> rule as every stored text.</summary>
    public string? OptionalText(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (StoredText.Problem(field, value) is { } problem) Add(field, problem);
        return value.Trim();
    }

    /// <summary>
    /// The years a date or month may fall in. The ledger's arithmetic (next review, end of day, months ahead) would overflow
    /// near the calendar's ends, and nothing an office records lies outside them.
    /// </summary>
    public const int FirstYear = 1900, LastYear = 2100;

    public LocalDate Date(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "不能为空，格式为 YYYY-MM-DD"); return default; }
        var parsed = LocalDatePattern.Iso.Parse(value);
        if (parsed.Success && InRange(field, value, parsed.Value.Year)) return parsed.Value;
        if (!parsed.Success) Add(field, $"「{value}」不是有效日期，格式为 YYYY-MM-DD");
        return default;
    }

    public LocalDate? OptionalDate(string field, string? value) => string.IsNullOrWhiteSpace(value) ? null : Date(field, value);

    public YearMonth Month(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "不能为空，格式为 YYYY-MM"); return default; }
        var parsed = YearMonthPattern.Iso.Parse(value);
        if (parsed.Success && InRange(field, value, parsed.Value.Year)) return parsed.Value;
        if (!parsed.Success) Add(field, $"「{value}」不是有效月份，格式为 YYYY-MM");
        return default;
    }

    private bool InRange(string field, string value, int year)
    {
        if (year is >= FirstYear and <= LastYear) return true;
        Add(field, $"「{value}」超出可受理的范围（{FirstYear} 年至 {LastYear} 年）");
        return false;
    }

    public TEnum Enum<TEnum>(string field, string? value, TEnum? whenMissing = null, params TEnum[] allowed) where TEnum : struct, Enum
    {
        var choices = allowed.Length > 0 ? allowed : System.Enum.GetValues<TEnum>();
        if (string.IsNullOrWhiteSpace(value))
        {
            if (whenMissing is { } fallback) return fallback;
            Add(field, $"不能为空，可选值：{string.Join("、", choices)}");
            return default;
        }
        foreach (var choice in choices)
            if (string.Equals(choice.ToString(), value, StringComparison.Ordinal)) return choice;
        Add(field, $"「{value}」不是可选值，可选值：{string.Join("、", choices)}");
        return default;
    }

    /// <summary>A money amount in yuan: not negative, at most two decimals (分).</summary>
    public decimal Money(string field, decimal? value, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, "不能为空");
            return 0;
        }
        if (value < 0) Add(field, "金额不能为负数");
        else if (decimal.Round(value.Value, 2) != value) Add(field, "金额最多保留两位小数（精确到分）");
        return value.Value;
    }

    public string County(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "不能为空"); return ""; }
        if (!counties.IsKnown(value)) Add(field, $"「{value}」不是已登记的县级行政区划代码");
        return value;
    }

    public string IdNumber(string field, string? value)
    {
        if (Assistance.Domain.Values.IdNumber.Check(value) is { } problem) Add(field, problem);
        return value?.ToUpperInvariant() ?? "";
    }

    public string? OptionalIdNumber(string field, string? value) => string.IsNullOrWhiteSpace(value) ? null : IdNumber(field, value);

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
