using Marten;
using NodaTime;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Appeals;

/// <summary>One open appeal in the worklist shape, with its handling deadline.</summary>
public sealed record OpenAppealRow(Guid CaseId, Guid AppealId, string CountyCode, string? Township, string HeadOfHousehold, string Reason, LocalDate DueOn, int OverdueDays);
