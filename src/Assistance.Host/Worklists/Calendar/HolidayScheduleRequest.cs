using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Calendar;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Assistance.Host.Worklists.Calendar;

/// <summary>A year's schedule as an administrator enters it: days off and make-up working days, dates yyyy-MM-dd.</summary>
public sealed record HolidayScheduleRequest(IReadOnlyList<ScheduledDayDocument>? Holidays, IReadOnlyList<ScheduledDayDocument>? MakeUpWorkingDays);
