namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// Test classes that change the holiday calendar (2027). The calendar in force is one per process, shared by every test host,
/// so these classes run one after the other and leave 2027 with the same 元旦 days off.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OfficeCalendarCollection
{
    public const string Name = "Office calendar";
}
