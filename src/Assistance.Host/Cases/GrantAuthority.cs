using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>乡镇 (先行救助, within its delegated authority) or 县级 (county) approval of a temporary grant.</summary>
public enum GrantAuthority { Township, County }
