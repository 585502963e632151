using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>双承诺 body of the contract.</summary>
public sealed record CommitmentRequest(bool? ApplicantSigned, bool? AgencySigned, string? SignedOn, string? SignedBy, string? SignatureRef, long? ExpectedVersion)
{
    public SignDualCommitment Read(FieldReader fields, LocalDate today, string actor)
    {
        if (ApplicantSigned is null) fields.Add("applicantSigned", "不能为空");
        if (AgencySigned is null) fields.Add("agencySigned", "不能为空");
        var signedOn = fields.Date("signedOn", SignedOn);
        if (signedOn > today) fields.Add("signedOn", "签署日期不能晚于今天");
        return new SignDualCommitment(ApplicantSigned ?? false, AgencySigned ?? false, signedOn, actor, SignatureRef);
    }
}
