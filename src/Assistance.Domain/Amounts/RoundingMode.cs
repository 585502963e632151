namespace Assistance.Domain.Amounts;

/// <summary>How a computed household amount becomes a payable amount. There is no minimum: a 2-yuan amount is paid.</summary>
public enum RoundingMode
{
    /// <summary>进一取整: up to the whole yuan, so rounding never costs the household.</summary>
    CeilingYuan,

    /// <summary>四舍五入 to the whole yuan (half away from zero).</summary>
    RoundYuan,

    /// <summary>Kept to the fen (half away from zero).</summary>
    Cents,
}
