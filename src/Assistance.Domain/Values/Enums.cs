namespace Assistance.Domain.Values;

/// <summary>城市 or 农村: which 低保标准 applies.</summary>
public enum Residence { Urban, Rural }

/// <summary>The assistance program a case is for.</summary>
public enum Program
{
    /// <summary>最低生活保障</summary>
    Dibao,
    /// <summary>特困人员救助供养</summary>
    Tekun,
    /// <summary>临时救助</summary>
    Temporary,
    /// <summary>低保边缘家庭</summary>
    Marginal,
    /// <summary>刚性支出困难家庭 (N9): recognised for a limited time, no monthly amount</summary>
    RigidExpenditure,
}

/// <summary>How the application reached the office.</summary>
public enum Channel { Window, Online, Outreach }

public enum Relation { Self, Spouse, Child, Parent, Sibling, Grandchild, Other }

/// <summary>残疾等级 per the disability certificate; Grade1 is the most severe.</summary>
public enum Disability { None, Grade1, Grade2, Grade3, Grade4 }

public enum LaborCapacity { Full, Partial, None }

public enum CaseStatus { Applied, Committed, Assessed, Enrolled, GradualExit, Rejected, Exited }

public enum ExitReason { IncomeAboveStandard, GradualExitEnded, Death, MovedAway, Voluntary, Fraud, RefusedCheck, Other, RecognitionExpired }

/// <summary>急难型 (Emergency) or 支出型 (Expenditure) temporary assistance.</summary>
public enum TemporaryKind { Emergency, Expenditure }

/// <summary>What a review (复核) decided.</summary>
public enum ReviewOutcome { Continue, Increase, Decrease, GradualExit, Exit }
