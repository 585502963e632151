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
    /// <summary>刚性支出困难家庭 (N9): recognised for a limited time, no monthly amount</summary>
    RigidExpenditure,
}
