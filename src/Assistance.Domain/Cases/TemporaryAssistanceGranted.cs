using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>临时救助: a one-off grant.</summary>
public sealed record TemporaryAssistanceGranted(
    TemporaryKind Kind,
    decimal Amount,
    LocalDate GrantedOn,
    string Reason,
    string GrantedBy,
    bool DecidedByCounty = false,
    IReadOnlyList<string>? RecipientIdNumbers = null) : ICaseEvent;
