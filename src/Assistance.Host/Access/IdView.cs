using NodaTime;

namespace Assistance.Host.Access;

/// <summary>One look at full ID numbers (查看完整身份证号): who, when, in which county, and which case or file.</summary>
public sealed record IdView(Guid Id, string UserId, string Actor, Instant ViewedAt, string CountyCode, Guid? CaseId, string? File);
