using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public sealed record WeeklyProgressRow(string CountyCode, string CountyName, string Week, LocalDate WeekStart, int Rostered, int Visited,
    int Reached, int Applied, int Enrolled, int ReachedSoFar, decimal ShareReached);
