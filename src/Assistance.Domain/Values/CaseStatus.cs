namespace Assistance.Domain.Values;

public enum CaseStatus { Applied, Committed, Assessed, Enrolled, GradualExit, Rejected, Exited }
