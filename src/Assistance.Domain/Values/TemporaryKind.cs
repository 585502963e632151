namespace Assistance.Domain.Values;

/// <summary>急难型 (Emergency) or 支出型 (Expenditure) temporary assistance.</summary>
public enum TemporaryKind { Emergency, Expenditure }
