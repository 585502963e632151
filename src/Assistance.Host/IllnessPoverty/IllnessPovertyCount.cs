using NodaTime;

namespace Assistance.Host.IllnessPoverty;

/// <summary>
/// 因病致贫 households of a county in a month: <see cref="Households"/> recognised from that month or earlier and not exited
/// before it (with their members as <see cref="Persons"/>), <see cref="NewHouseholds"/> those recognised from that very month.
/// </summary>
public sealed record IllnessPovertyCount(string CountyCode, string CountyName, YearMonth Month, int Households, int Persons, int NewHouseholds);
