namespace Assistance.Domain.Values;

/// <summary>The assistance program a case is for.</summary>
public enum Program
{
    /// <summary>最低生活保障</summary>
    Dibao,
    /// <summary>特困人员救助供养</summary>
    Tekun,
    /// <summary>临时救助</summary>
    Temporary,
    /// <summary>低保边缘家庭</summary>
    Marginal,
}
