namespace Assistance.Domain.Values;

/// <summary>残疾等级 per the disability certificate; Grade1 is the most severe.</summary>
public enum Disability { None, Grade1, Grade2, Grade3, Grade4 }
