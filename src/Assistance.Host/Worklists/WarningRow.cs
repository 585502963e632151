using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Host.Worklists;

/// <summary>An open data-comparison warning as the warnings list shows it, with what the verification call needs.</summary>
public sealed record WarningRow(Guid WarningId, string IdNumber, string SourceDepartment, string Kind, LocalDate ReportedOn, LocalDate VerifyBy);
