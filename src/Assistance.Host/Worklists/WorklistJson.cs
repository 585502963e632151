using System.Text.Json;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>Where a list's entry sits in a <see cref="CaseWorklist"/> document, for SQL that reads the documents' JSON.</summary>
public static class WorklistJson
{
    public static string PropertyOf(Worklist list) => JsonNamingPolicy.CamelCase.ConvertName(list.ToString());
}
