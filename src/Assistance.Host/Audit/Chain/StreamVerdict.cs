namespace Assistance.Host.Audit.Chain;

/// <summary>
/// The result of checking one stream: how many events it holds, its last good seal, and the first break if any. Versions 1 to
/// <see cref="SealedAtRestVersions"/> were stored before the chain existed and were sealed at rest on <see cref="SealedOn"/>.
/// </summary>
public sealed record StreamVerdict(Guid Id, long Events, string? Head, ChainBreak? Break, string? SealedOn = null, long SealedAtRestVersions = 0)
{
    public bool Valid => Break is null;

    /// <summary>How the stream's seals came about, in zh-CN, when not all at append time.</summary>
    public string? Note => SealedOn is null ? null
        : $"第 1–{SealedAtRestVersions} 版事件写入于事件链启用之前，于 {SealedOn} 补封存（非写入时封存）：只能证明此后未被改动。";
}
