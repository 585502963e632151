namespace Assistance.Domain.Cases;

/// <summary>
/// 更正初签 (联审联批): a correction whose over- or underpayment (<see cref="Difference"/>, yuan) is above the county's line
/// (<see cref="Threshold"/>) was signed by one approver; nothing of it applies until another approver signs and
/// <see cref="Correction"/> is recorded as <see cref="CaseCorrected"/>.
/// </summary>
public sealed record CorrectionFirstSigned(CaseCorrected Correction, decimal Difference, decimal Threshold) : ICaseEvent;
