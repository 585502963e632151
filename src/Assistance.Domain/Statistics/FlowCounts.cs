using System.Text.Json.Serialization;

namespace Assistance.Domain.Statistics;

/// <summary>The summed movements of many cases in one month (one county, program and residence).</summary>
public sealed class FlowCounts
{
    public int NewHouseholds { get; set; }
    public int NewPersons { get; set; }
    public int ExitedHouseholds { get; set; }
    public int ExitedPersons { get; set; }
    public int TransferInHouseholds { get; set; }
    public int TransferInPersons { get; set; }
    public int TransferOutHouseholds { get; set; }
    public int TransferOutPersons { get; set; }
    /// <summary>Persons gained (or lost, negative) by cases that stayed in the program: births, deaths, moves of members.</summary>
    public int PersonChange { get; set; }
    public Dictionary<ExitReason, HouseholdsPersons> ExitsByReason { get; set; } = [];

    [JsonIgnore]
    public int NetHouseholds => NewHouseholds - ExitedHouseholds + TransferInHouseholds - TransferOutHouseholds;

    [JsonIgnore]
    public int NetPersons => NewPersons - ExitedPersons + TransferInPersons - TransferOutPersons + PersonChange;

    [JsonIgnore]
    public bool IsEmpty => NewHouseholds == 0 && NewPersons == 0 && ExitedHouseholds == 0 && ExitedPersons == 0
        && TransferInHouseholds == 0 && TransferInPersons == 0 && TransferOutHouseholds == 0 && TransferOutPersons == 0
        && PersonChange == 0 && ExitsByReason.Count == 0;

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes back (−1) one case's movement.</summary>
    public void Add(CaseFlow flow, int sign)
    {
        int households = sign * flow.Households, persons = sign * flow.Persons;
        switch (flow.Kind)
        {
            case FlowKind.New: NewHouseholds += households; NewPersons += persons; break;
            case FlowKind.TransferIn: TransferInHouseholds += households; TransferInPersons += persons; break;
            case FlowKind.TransferOut: TransferOutHouseholds += households; TransferOutPersons += persons; break;
            case FlowKind.PersonChange: PersonChange += persons; break;
            case FlowKind.Exited:
                ExitedHouseholds += households;
                ExitedPersons += persons;
                AddExit(flow.Reason ?? ExitReason.Other, households, persons);
                break;
        }
    }

    public void Add(FlowCounts other)
    {
        NewHouseholds += other.NewHouseholds;
        NewPersons += other.NewPersons;
        ExitedHouseholds += other.ExitedHouseholds;
        ExitedPersons += other.ExitedPersons;
        TransferInHouseholds += other.TransferInHouseholds;
        TransferInPersons += other.TransferInPersons;
        TransferOutHouseholds += other.TransferOutHouseholds;
        TransferOutPersons += other.TransferOutPersons;
        PersonChange += other.PersonChange;
        foreach (var (reason, exits) in other.ExitsByReason) AddExit(reason, exits.Households, exits.Persons);
    }

    private void AddExit(ExitReason reason, int households, int persons)
    {
        if (!ExitsByReason.TryGetValue(reason, out var exits)) ExitsByReason[reason] = exits = new HouseholdsPersons();
        exits.Households += households;
        exits.Persons += persons;
        if (exits is { Households: 0, Persons: 0 }) ExitsByReason.Remove(reason);
    }
}
