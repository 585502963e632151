namespace Assistance.Domain.Outreach;

/// <summary>The columns of another department's roster.</summary>
public enum OutreachColumn { Name, IdNumber, CountyCode, Township, Village, Category, Source }
