namespace Assistance.Host.Core;

/// <summary>The answer to every successful command: the case and its version after the command.</summary>
public sealed record CommandAccepted(Guid Id, long Version);
