using NodaTime;

namespace Assistance.Domain.Calendar;

/// <summary>One dated line of a holiday notice, named after the festival it belongs to (e.g. 春节).</summary>
public readonly record struct ScheduledDay(LocalDate Date, string Name);
