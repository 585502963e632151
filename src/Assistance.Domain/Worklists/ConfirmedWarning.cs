
namespace Assistance.Domain.Worklists;

public sealed record ConfirmedWarning(Guid WarningId, string SourceDepartment, string Kind, LocalDate VerifiedOn);
