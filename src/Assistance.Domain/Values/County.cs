namespace Assistance.Domain.Values;

/// <summary>A county-level division (县/区) by its GB/T 2260 code.</summary>
public sealed record County(string Code, string Name, string CityName);
