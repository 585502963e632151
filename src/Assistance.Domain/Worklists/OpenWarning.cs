
namespace Assistance.Domain.Worklists;

public sealed record OpenWarning(Guid WarningId, string IdNumber, string SourceDepartment, string Kind, LocalDate ReportedOn, LocalDate RaisedOn, LocalDate VerifyBy);
