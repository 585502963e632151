using NodaTime;

namespace Assistance.Host.Worklists;

public sealed record WorklistCount(string Name, string Title, int Total, int Overdue);
