namespace Assistance.Domain.Cases;

/// <summary>认定因病致贫: record the finding; <see cref="EffectiveMonth"/> defaults to the month of <see cref="RecognisedOn"/>.</summary>
public sealed record RecogniseIllnessPoverty(string? IdNumber, LocalDate RecognisedOn, YearMonth? EffectiveMonth, string Evidence, string RecognisedBy);
