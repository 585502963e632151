namespace Assistance.Domain.Values;

/// <summary>城市 or 农村: which 低保标准 applies.</summary>
public enum Residence { Urban, Rural }
