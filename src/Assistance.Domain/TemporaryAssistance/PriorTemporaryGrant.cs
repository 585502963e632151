using NodaTime;

namespace Assistance.Domain.TemporaryAssistance;

public sealed record PriorTemporaryGrant(LocalDate GrantedOn, IReadOnlyList<string> RecipientIdNumbers);
