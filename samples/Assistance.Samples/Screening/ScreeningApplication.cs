namespace Assistance.Samples.Screening;

/// <summary>An application a rostered person made after the rosters were uploaded, and the day of the enrolment if one followed.</summary>
public sealed record ScreeningApplication(string IdNumber, Guid CaseId, LocalDate AppliedOn, LocalDate? EnrolledOn);
