namespace Assistance.Domain.Values;

/// <summary>How the application reached the office.</summary>
public enum Channel { Window, Online, Outreach }
