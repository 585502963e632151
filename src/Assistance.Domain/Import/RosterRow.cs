namespace Assistance.Domain.Import;

/// <summary>One member row of a county roster (花名册) as read from the file, every cell as text; <see cref="Row"/> is the row number a spreadsheet shows.</summary>
public sealed record RosterRow(
    int Row,
    string? HouseholdNumber,
    string? CountyCode,
    string? Township,
    string? Village,
    string? Residence,
    string? Program,
    string? EnrolledSince,
    string? MonthlyAmount,
    string? Name,
    string? IdNumber,
    string? Relation,
    string? Disability);
