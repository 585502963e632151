
namespace Assistance.Domain.Worklists;

public sealed record DuplicateFlag(string IdNumber, Guid OtherCaseId, string OtherCountyCode, LocalDate FlaggedOn);
