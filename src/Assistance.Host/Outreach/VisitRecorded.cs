using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public sealed record VisitRecorded(Guid PersonKey, OutreachVisit Visit, int Visits);
