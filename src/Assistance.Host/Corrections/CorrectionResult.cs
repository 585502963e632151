using System.Globalization;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>What a correction changed, answered beside the new version.</summary>
public sealed record CorrectionResult(Guid CorrectionId, string OriginalValue, string CorrectedValue, YearMonth EffectiveMonth, YearMonth? UntilMonth, decimal? MonthlyAmount);
