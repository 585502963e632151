using Assistance.Host.Core;
using Assistance.Host.Import;

namespace Assistance.Host.Outreach;

/// <summary>One upload of a department roster (部门名册): what it held, what it found, and its error report.</summary>
public sealed class OutreachRoster
{
    public Guid Id { get; set; }
    public string File { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public int Rows { get; set; }
    public int Listed { get; set; }
    public int Covered { get; set; }
    public int PreviouslyCovered { get; set; }
    public int NotCovered { get; set; }
    public int Unlisted { get; set; }
    public List<ImportErrorLine> Errors { get; set; } = [];

    /// <summary>The same report as the roster import's: 文件, 行号, 原因 per bad row.</summary>
    public ExportTable ErrorReport() => new("名册错误报告", ["文件", "行号", "原因"],
        Errors.Select(e => (IReadOnlyList<object?>)[e.File, e.Row, e.Reason]).ToList());
}
