using Assistance.Host.Audit.Anchors;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Walks one stream's stored events in version order and finds the first place they differ from what was appended:
/// a seal that does not match (edited), a version gap or a stream that ends before its recorded version or its anchored head
/// (missing), an unsealed event or one placed where no append could have put it (inserted), a stream gone whose head
/// the anchor holds (deleted). Events stored before the chain existed (below <paramref name="chainStart"/>, leading the stream)
/// are checked against their seals at rest (<paramref name="sealedAtRest"/>), or reported as not sealed yet (unsealed).
/// </summary>
public sealed class StreamChainCheck(Guid streamId, long? recordedVersion, AnchoredStreamHead? anchored, long anchoredSequence,
    SealedStream? sealedAtRest = null, long chainStart = 0)
{
    private string _previous = "";
    private string _atRest = "";
    private bool _chained;
    private long _sealedAtRest;
    private long _last;
    private long _lastSequence;
    private long _events;
    private ChainBreak? _break;

    public void Add(StoredEvent e)
    {
        _events++;
        if (_break is not null) return;
        _break = Check(e);
        if (_break is not null) return;
        if (e.Seal is null) _sealedAtRest++;
        else
        {
            _previous = e.Seal;
            _chained = true;
        }
        _last = e.Version;
        _lastSequence = e.Sequence;
    }

    private ChainBreak? Check(StoredEvent e)
    {
        if (e.Version > _last + 1)
            return new(_last + 1, ChainBreakReasons.Missing, $"第 {_last + 1} 版事件已不在库中（其后的事件仍在）。");
        var atRest = e.Seal is null && !_chained && sealedAtRest is not null && e.Version <= sealedAtRest.Version;
        if (e.Seal is null && !atRest)
            return !_chained && sealedAtRest is null && e.Sequence < chainStart
                ? new(e.Version, ChainBreakReasons.Unsealed, $"第 {e.Version} 版事件写入于事件链启用之前，尚未补封存（运行一次 seal）：其后的改动无从发现。")
                : new(e.Version, ChainBreakReasons.Inserted, $"第 {e.Version} 版事件没有封存哈希，不是经台账写入的。");
        if (recordedVersion is { } recorded && e.Version > recorded)
            return new(e.Version, ChainBreakReasons.Inserted, $"第 {e.Version} 版事件超出了案件记录的版本 {recorded}，是绕过台账写入的。");
        if (e.Sequence < _lastSequence)
            return new(e.Version, ChainBreakReasons.Inserted, $"第 {e.Version} 版事件的全局序号早于前一版，是事后插入的。");
        if (e.Sequence <= anchoredSequence && (anchored is null || e.Version > anchored.Version))
            return new(e.Version, ChainBreakReasons.Inserted, $"第 {e.Version} 版事件的序号在最近一次锚定之前，但锚定时没有它。");
        if (atRest)
        {
            _atRest = e.Recompute(_atRest);
            if (_atRest != sealedAtRest!.Hashes[(int)e.Version - 1])
                return new(e.Version, ChainBreakReasons.Edited, $"第 {e.Version} 版事件的内容与 {sealedAtRest.SealedOn} 补封存时不符（被改动过）。");
        }
        else if (e.Recompute(_previous) != e.Seal)
            return new(e.Version, ChainBreakReasons.Edited, $"第 {e.Version} 版事件的内容与写入时封存的不符（被改动过）。");
        if (anchored is not null && e.Version == anchored.Version && (e.Seal ?? "") != anchored.Hash)
            return new(e.Version, ChainBreakReasons.Edited, $"第 {e.Version} 版事件与锚定时的封存哈希不符：其前的事件链被整段重算过。");
        return null;
    }

    public StreamVerdict Finish()
    {
        var sealedOn = _sealedAtRest > 0 ? sealedAtRest?.SealedOn : null;
        if (_break is not null) return new(streamId, _events, null, _break, sealedOn, _sealedAtRest);
        if (_events == 0 && (anchored is not null || sealedAtRest is not null))
            return new(streamId, 0, null, new(1, ChainBreakReasons.Deleted, $"整个案件（{(anchored is not null ? $"锚定时共 {anchored.Version}" : $"补封存时共 {sealedAtRest!.Version}")} 版事件）已从库中删除。"));
        if (recordedVersion is { } recorded && recorded > _last)
            return new(streamId, _events, null, new(_last + 1, ChainBreakReasons.Missing, $"案件记录到第 {recorded} 版，库中事件只到第 {_last} 版：最后的事件被删除。"), sealedOn, _sealedAtRest);
        if (anchored is not null && anchored.Version > _last)
            return new(streamId, _events, null, new(_last + 1, ChainBreakReasons.Missing, $"锚定时案件已有第 {anchored.Version} 版，库中事件只到第 {_last} 版：最后的事件被删除。"), sealedOn, _sealedAtRest);
        if (sealedAtRest is not null && sealedAtRest.Version > _last)
            return new(streamId, _events, null, new(_last + 1, ChainBreakReasons.Missing, $"补封存时案件已有第 {sealedAtRest.Version} 版，库中事件只到第 {_last} 版：最后的事件被删除。"), sealedOn, _sealedAtRest);
        return new(streamId, _events, _events == 0 ? null : _chained ? _previous : _atRest, null, sealedOn, _sealedAtRest);
    }
}
