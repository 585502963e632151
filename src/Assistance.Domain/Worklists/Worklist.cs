
namespace Assistance.Domain.Worklists;

/// <summary>The lists of the 应保尽保、应退尽退 work (the URL names of the lists).</summary>
public enum Worklist { PendingApplications, ReviewsDue, ShouldExit, PossiblyEligible, Duplicates, Warnings }
