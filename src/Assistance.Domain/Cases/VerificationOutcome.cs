namespace Assistance.Domain.Cases;

public enum VerificationOutcome
{
    /// <summary>属实: the record is true; the case goes to review or exit.</summary>
    Confirmed,
    /// <summary>不属实 / 无影响: dismissed with a reason.</summary>
    Dismissed,
}
