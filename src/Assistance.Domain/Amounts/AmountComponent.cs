namespace Assistance.Domain.Amounts;

/// <summary>One line added on top of the base: a 分类施保 for a member, or a 特困 care fee.</summary>
public sealed record AmountComponent(string Label, decimal Amount, string? IdNumber = null);
