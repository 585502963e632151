using Marten;
using NodaTime.Text;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>One month of a case: what the issued rolls paid, what the timeline says now is due, and the correction behind a difference.</summary>
public sealed record PaymentDifference(string Month, decimal Paid, decimal Due, decimal Difference, string? Cause);
