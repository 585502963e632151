using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>
/// One income item of an assessment, by kind. <see cref="WorkStartedOn"/> (wages and business income only) is the month the
/// member found work, from which the county may disregard the item for a while (就业渐退, <see cref="Policy.PolicyParameters.EmploymentIncomeDisregardMonths"/>).
/// </summary>
public sealed record IncomeItem(string Kind, decimal Amount, YearMonth? WorkStartedOn = null);
