namespace Assistance.Domain.Values;

public enum ExitReason { IncomeAboveStandard, GradualExitEnded, Death, MovedAway, Voluntary, Fraud, RefusedCheck, Other, RecognitionExpired }
