
namespace Assistance.Host.Import;

/// <summary>One bad row of an import: the file, the row a spreadsheet shows, and why (zh-CN).</summary>
public sealed record ImportErrorLine(string File, int Row, string Reason);
