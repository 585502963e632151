namespace Assistance.Host.Core;

/// <summary>The answer to every successful command: the case and its version after the command, and what the rules concluded where they were consulted.</summary>
public sealed record CommandAccepted(
    Guid Id,
    long Version,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    object? Result = null);
