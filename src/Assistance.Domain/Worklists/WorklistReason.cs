
namespace Assistance.Domain.Worklists;

/// <summary>Why a case is on a list: a stable code, the zh-CN text caseworkers read, when action is due, and from when it shows.</summary>
public sealed record WorklistReason(string Code, string Text, LocalDate DueOn, LocalDate VisibleFrom);
