using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Audit;

/// <summary>One event of the audit trail with the chained hash that seals it and everything before it.</summary>
public sealed record AuditEntry(long Version, string Type, string Label, Instant RecordedAt, string Actor, string Hash);
