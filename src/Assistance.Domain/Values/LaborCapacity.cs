namespace Assistance.Domain.Values;

public enum LaborCapacity { Full, Partial, None }
