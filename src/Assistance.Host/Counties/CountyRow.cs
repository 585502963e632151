using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Wolverine.Http;

namespace Assistance.Host.Counties;

public sealed record CountyRow(string CountyCode, string CountyName, string CityName);
