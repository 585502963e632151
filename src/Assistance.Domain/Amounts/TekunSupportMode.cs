namespace Assistance.Domain.Amounts;

/// <summary>供养方式: at home (分散) or in an institution (集中); the person chooses (N1 Art.19).</summary>
public enum TekunSupportMode { Scattered, Centralised }
