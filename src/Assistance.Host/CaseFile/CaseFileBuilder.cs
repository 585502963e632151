using System.Text;
using System.Text.Json;
using Assistance.Domain.Cases;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Audit.Chain;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Marten;
using NodaTime;

namespace Assistance.Host.CaseFile;

/// <summary>Builds the case file from the case, its events as recorded (with their seals) and a fresh verification.</summary>
public static class CaseFileBuilder
{
    /// <summary>Field names of the events worth printing, with their zh-CN labels; read from the JSON so the file does not depend on the event classes.</summary>
    private static readonly (string Field, string Label)[] Shown =
    [
        ("program", "类别"), ("monthlyIncome", "家庭月收入"), ("rigidExpenditure", "刚性支出"), ("monthlyAmount", "月保障金"),
        ("computedAmount", "测算金额"), ("amount", "金额"), ("outcome", "结果"), ("kind", "类型"), ("field", "更正项目"),
        ("originalValue", "原值"), ("correctedValue", "更正为"), ("correctsVersion", "更正第几版"), ("againstVersion", "针对第几版"),
        ("dueOn", "办理期限"), ("reason", "理由"), ("grounds", "理由"), ("notes", "备注"), ("signatureRef", "签章编号"), ("secondSigner", "联审联批"),
        ("recognisedUntil", "认定有效期至"), ("evidence", "认定依据"),
    ];

    /// <returns>Null for a case missing or outside the user's counties (or township): to them it does not exist.</returns>
    public static async Task<CaseFileModel?> BuildAsync(IDocumentStore store, Guid id, LedgerUser user, CountyRegistry counties, IClock clock, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var current = await CaseReader.LoadVisibleAsync(session, id, user, ct);
        if (current is null) return null;
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var seals = (await new EventTable(store).StreamAsync(id, ct)).ToDictionary(e => e.Version, e => e.Seal);
        var verdict = await CaseVerification.RunAsync(store, id, ct);
        var serializer = store.Options.Serializer();
        var correctedBy = events.Where(e => e.Data is CaseCorrected).ToDictionary(e => ((CaseCorrected)e.Data).CorrectsVersion, e => e.Version);

        var entries = events.Select(e =>
        {
            var json = CanonicalJson.Of(serializer, e.Data);
            return new CaseFileEntry(e.Version, CaseEventLabels.Of(e.EventType), Format(e.Timestamp), e.UserName ?? Actors.Unknown,
                EffectiveDate.Of(json), Details(json), seals.GetValueOrDefault(e.Version), correctedBy.TryGetValue(e.Version, out var by) ? by : null);
        }).ToList();
        var appeals = entries.Where(e => events.Single(x => x.Version == e.Version).Data is AppealLodged or AppealDecided).ToList();
        var text = verdict is { Valid: true }
            ? $"核验通过：{verdict.Events} 个事件与写入时封存的完全一致。"
            : $"核验未通过：第 {verdict?.Break?.Version} 版起不符（{verdict?.Break?.Detail}）";
        return new CaseFileModel(current, counties.NameOf(current.CountyCode), entries, current.Segments, current.Corrections, appeals,
            verdict?.Valid ?? false, text, verdict?.Head, Format(clock.GetCurrentInstant().ToDateTimeOffset()));
    }

    private static string Format(DateTimeOffset t) =>
        Instant.FromDateTimeOffset(t).InZone(OfficeTime.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string Details(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return "";
        var text = new StringBuilder();
        foreach (var (field, label) in Shown)
            if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Array))
                text.Append(text.Length == 0 ? "" : "；").Append(label).Append('：').Append(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
        return text.ToString();
    }
}
