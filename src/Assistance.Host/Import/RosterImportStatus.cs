namespace Assistance.Host.Import;

/// <summary>Where a run of a roster import stands; a run that did not finish is resumed by importing the same file under its id.</summary>
public enum RosterImportStatus
{
    Running,
    Failed,
    Finished,
}
