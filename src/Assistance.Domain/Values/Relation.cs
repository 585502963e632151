namespace Assistance.Domain.Values;

public enum Relation { Self, Spouse, Child, Parent, Sibling, Grandchild, Other }
