using Wolverine;

namespace Assistance.Host.Storage;

/// <summary>
/// How quickly the other nodes notice a node that died and take over its async projections, with Wolverine-managed
/// distribution (<see cref="DaemonDistribution.Wolverine"/>). Every node writes a heartbeat each
/// <see cref="HeartbeatEvery"/>; the leader counts a node whose heartbeat is older than <see cref="DeadAfter"/> as gone and
/// gives its projections to the living (a killed leader's advisory lock is released at once, so another node leads from its
/// next heartbeat). Takeover therefore takes about <see cref="DeadAfter"/> plus one heartbeat plus starting the projection:
/// about 10 s here, against more than a minute with Wolverine's defaults (10 s heartbeat, 1 min stale-node time-out).
/// </summary>
public static class NodeFailover
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(2);

    /// <summary>Long enough that a node busy with a catch-up or a long GC is not taken for dead (several missed heartbeats).</summary>
    public static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(8);

    /// <summary>How often the leader checks that every assigned projection really runs where it was assigned.</summary>
    public static readonly TimeSpan CheckAssignmentsEvery = TimeSpan.FromSeconds(10);

    public static void Apply(DurabilitySettings durability)
    {
        durability.FirstHealthCheckExecution = TimeSpan.FromSeconds(1);
        durability.HealthCheckPollingTime = HeartbeatEvery;
        durability.StaleNodeTimeout = DeadAfter;
        durability.CheckAssignmentPeriod = CheckAssignmentsEvery;
    }
}
