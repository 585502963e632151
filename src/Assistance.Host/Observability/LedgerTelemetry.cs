namespace Assistance.Host.Observability;

/// <summary>The names the ledger's traces and metrics go out under.</summary>
public static class LedgerTelemetry
{
    /// <summary>The <c>service.name</c> of every trace and metric.</summary>
    public const string ServiceName = "assistance-ledger";

    /// <summary>The ledger's own meter (projection lag).</summary>
    public const string MeterName = "Assistance.Ledger";

    /// <summary>
    /// Activity sources and meters the libraries under the ledger publish themselves: Marten (sessions, appends, the
    /// async daemon), Wolverine (messages, the outbox, HTTP handlers) and Npgsql (every command, the connection pools).
    /// Npgsql 9 publishes both under "Npgsql"; its OpenTelemetry package only adds these names and is served for Npgsql 10 alone.
    /// Wolverine names its meter after the service ("Wolverine:…"), hence the wildcards.
    /// </summary>
    public static readonly string[] LibrarySources = ["Marten*", "Wolverine*", "Npgsql"];
}
