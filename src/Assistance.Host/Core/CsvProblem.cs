using System.Text;

namespace Assistance.Host.Core;

/// <summary>A record that cannot be read, with the reason (zh-CN) for the error report.</summary>
public sealed record CsvProblem(int Line, string Reason);
