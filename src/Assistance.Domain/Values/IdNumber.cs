using NodaTime;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Values;

/// <summary>An 18-character resident identity number (公民身份号码, GB 11643-1999).</summary>
public readonly record struct IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public string Value { get; }

    private IdNumber(string value) => Value = value;

    public static bool TryParse(string? text, out IdNumber idNumber, out string? problem)
    {
        idNumber = default;
        problem = Check(text);
        if (problem is not null) return false;
        idNumber = new IdNumber(text!.ToUpperInvariant());
        return true;
    }

    public static IdNumber Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    /// <summary>Why <paramref name="text"/> is not a valid ID number (in zh-CN), or null when it is.</summary>
    public static string? Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "身份证号不能为空";
        if (text.Length != 18) return "身份证号应为18位";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(text[i])) return "身份证号前17位应为数字";
        var last = char.ToUpperInvariant(text[17]);
        if (!char.IsAsciiDigit(last) && last != 'X') return "身份证号第18位应为数字或X";
        if (BirthDateOf(text) is null) return "身份证号中的出生日期无效";
        if (CheckCharacterFor(text) != last) return "身份证号校验码错误";
        return null;
    }

    /// <summary>The check character (校验码) that the first 17 digits call for.</summary>
    public static char CheckCharacterFor(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    public LocalDate BirthDate => BirthDateOf(Value)!.Value;

    public string AreaCode => Value[..6];

    /// <summary>The age in whole years on <paramref name="on"/>.</summary>
    public int AgeOn(LocalDate on) => Period.Between(BirthDate, on, PeriodUnits.Years).Years;

    /// <summary>The number with birth date and sequence hidden, as printed on lists (e.g. 140429********123X).</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) =>
        value.Length == 18 ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14)) : value;

    public override string ToString() => Value;

    private static LocalDate? BirthDateOf(string text)
    {
        if (!int.TryParse(text.AsSpan(6, 4), out var y) || !int.TryParse(text.AsSpan(10, 2), out var m) ||
            !int.TryParse(text.AsSpan(12, 2), out var d)) return null;
        if (y < 1900 || y > 2100 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m)) return null;
        return new LocalDate(y, m, d);
    }
}
