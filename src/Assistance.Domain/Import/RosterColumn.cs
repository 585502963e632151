namespace Assistance.Domain.Import;

/// <summary>The columns of a roster file, recognised by their Chinese or English header.</summary>
public enum RosterColumn
{
    HouseholdNumber, CountyCode, Township, Village, Residence, Program, EnrolledSince, MonthlyAmount, Name, IdNumber, Relation, Disability,
}
