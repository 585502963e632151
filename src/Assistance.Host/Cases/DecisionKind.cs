using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public enum DecisionKind { Approve, Reject }
