using Assistance.Domain.Cases;
using Assistance.Host.Core;
using NodaTime;

namespace Assistance.Host.IllnessPoverty;

/// <summary>
/// 认定因病致贫 body: <c>{recognisedOn, effectiveMonth?, evidence, idNumber?, expectedVersion?}</c>; <c>idNumber</c> names the ill
/// member, <c>evidence</c> what the finding rests on (diagnosis, bills, out-of-pocket costs). Who recognised it is the signed-in user.
/// </summary>
public sealed record IllnessPovertyRequest(string? RecognisedOn, string? EffectiveMonth, string? Evidence, string? IdNumber, long? ExpectedVersion)
{
    public RecogniseIllnessPoverty Read(FieldReader fields, LocalDate today, string actor)
    {
        var recognisedOn = fields.Date("recognisedOn", RecognisedOn);
        if (recognisedOn > today) fields.Add("recognisedOn", "认定日期不能晚于今天");
        YearMonth? month = string.IsNullOrWhiteSpace(EffectiveMonth) ? null : fields.Month("effectiveMonth", EffectiveMonth);
        var evidence = fields.Text("evidence", Evidence);
        return new RecogniseIllnessPoverty(fields.OptionalIdNumber("idNumber", IdNumber), recognisedOn, month, evidence, actor);
    }
}
