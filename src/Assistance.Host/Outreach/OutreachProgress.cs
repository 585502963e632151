using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

/// <summary>The answer of the progress report: the rows, and the period they cover.</summary>
public sealed record OutreachProgress(LocalDate From, LocalDate To, IReadOnlyList<WeeklyProgressRow> Rows);
