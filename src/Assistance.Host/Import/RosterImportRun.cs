using Assistance.Host.Core;

namespace Assistance.Host.Import;

/// <summary>
/// 导入记录: what one run of a roster import did, kept so that its error report can be downloaded later.
/// <see cref="Skipped"/> counts households imported by an earlier run (a re-run imports nothing twice). The record is stored
/// before the first household and again in the same transaction as each batch, so what it says is what the store holds.
/// </summary>
public sealed class RosterImportRun
{
    public Guid Id { get; set; }
    public string File { get; set; } = "";
    public string FileHash { get; set; } = "";
    public string ImportedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public RosterImportStatus Status { get; set; }

    /// <summary>Why a run stopped before the end (zh-CN); the households committed before stay, and a re-run goes on from there.</summary>
    public string? Failure { get; set; }
    public int Rows { get; set; }
    public int Households { get; set; }
    public int Imported { get; set; }
    public int Skipped { get; set; }
    public int Rejected { get; set; }
    public List<ImportErrorLine> Errors { get; set; } = [];

    /// <summary>The error report (导入错误报告) as offices download it: 文件, 行号, 原因 per bad row.</summary>
    public ExportTable ErrorReport() => new("导入错误报告", ["文件", "行号", "原因"],
        Errors.Select(e => (IReadOnlyList<object?>)[e.File, e.Row, e.Reason]).ToList());
}
