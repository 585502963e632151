namespace Assistance.Domain.Cases;

/// <summary>
/// An event of a household case stream. Every one has an arm in <see cref="CaseEventFold"/>, a zh-CN label in
/// <see cref="Labels.CaseEventLabels"/> and, when it changes the case, an Apply on <see cref="HouseholdCase"/> (the catalogue test checks all three).
/// Each carries the date or month it takes effect and, for a step someone took, the acting user; the time it was recorded
/// comes from the store. Facts that time or other departments cause (复核到期, 数据比对预警, 重复享受) live beside the case
/// events here and are folded by <see cref="Worklists.CaseFacts"/> rather than by the aggregate.
/// </summary>
public interface ICaseEvent;
