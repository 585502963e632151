namespace Assistance.Samples.Screening;

/// <summary>One row of a department roster as the department sends it (the outreach upload's columns).</summary>
public sealed record ScreeningListing(string Name, string IdNumber, string CountyCode, string Township, string Village, string Category, string Source);
