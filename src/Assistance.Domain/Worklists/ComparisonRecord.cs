using Assistance.Domain.Cases;
using Assistance.Domain.Calendar;
namespace Assistance.Domain.Worklists;

/// <summary>One line of another department's comparison result (公安 deaths and hukou, vehicles, business registrations, property, pensions, salaries).</summary>
public sealed record ComparisonRecord(string IdNumber, string SourceDepartment, string Kind, LocalDate Date, string? Detail)
{
    /// <summary>
    /// The warning this record raises on a case, with an id derived from the case and the record, so that the
    /// same result sent twice is recognised and raises nothing new.
    /// </summary>
    public DataComparisonWarningRaised WarningOn(Guid caseId, LocalDate today, WorkingDayCalendar days, WorklistPolicy policy) => new(
        Assistance.Domain.Values.NameBasedGuid.Create($"{caseId:N}|{IdNumber}|{SourceDepartment}|{Kind}|{Date:yyyy-MM-dd}"),
        IdNumber, SourceDepartment, Kind, Date, Detail, today, days.AddWorkingDays(today, policy.WarningVerificationDays));
}
