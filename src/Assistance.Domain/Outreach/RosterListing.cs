namespace Assistance.Domain.Outreach;

/// <summary>A checked row of a department roster: a person, where they live, why and by whom they are listed.</summary>
public sealed record RosterListing(int Row, string Name, string IdNumber, string CountyCode, string? Township, string? Village,
    RosterCategory Category, string Source)
{
    /// <summary>重残/重病: the person may be enrolled alone (单人保) even when the household as a whole does not qualify.</summary>
    public bool MayQualifyAlone => Category is RosterCategory.SevereDisability or RosterCategory.SeriousIllness;
}
