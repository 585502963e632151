using Marten;

namespace Assistance.Host.Audit.Chain;

public sealed record BrokenStream(Guid Id, long? FirstBrokenVersion, string Reason, string Detail);
