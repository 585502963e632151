using System.Diagnostics.CodeAnalysis;
using NodaTime.Text;

namespace Assistance.Domain.Calendar;

/// <summary>One dated line of a stored schedule; <see cref="Date"/> is yyyy-MM-dd.</summary>
public sealed record ScheduledDayDocument(string Date, string Name);
