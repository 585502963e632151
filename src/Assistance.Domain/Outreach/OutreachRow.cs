namespace Assistance.Domain.Outreach;

/// <summary>One data row of a department roster as read, cells trimmed and blank ones null; <see cref="Row"/> as a spreadsheet shows it.</summary>
public sealed record OutreachRow(int Row, string? Name, string? IdNumber, string? CountyCode, string? Township, string? Village,
    string? Category, string? Source);
