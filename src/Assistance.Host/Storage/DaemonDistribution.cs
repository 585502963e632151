using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;
using Wolverine.Marten;

namespace Assistance.Host.Storage;

/// <summary>How the ledger runs the async projection daemon.</summary>
public enum DaemonDistribution
{
    /// <summary>One node runs every projection (Marten's Solo daemon).</summary>
    Solo,
    /// <summary>Several nodes share the projections through Wolverine's leader election and advisory locks.</summary>
    Wolverine,
}
