namespace Assistance.Samples;

/// <summary>What a sample household lives through.</summary>
public enum HouseholdPath
{
    /// <summary>On the end-2024 roster; nothing changes in 2025 but perhaps a routine review.</summary>
    Roster,
    /// <summary>On the roster; a review in autumn 2025 grants 渐退 (still paid in November).</summary>
    RosterGradualExit,
    /// <summary>On the roster; leaves 低保 in 2025 (death, moving away, voluntary), effective by November.</summary>
    RosterExit,
    /// <summary>On the roster; a review finds income above the line and stops it, effective by November.</summary>
    RosterExitByReview,
    /// <summary>Applies at the window in early 2025, before the online platform, and is enrolled in 低保.</summary>
    WindowDibao,
    /// <summary>Applies online from June 2025 and is enrolled in 低保.</summary>
    OnlineDibao,
    /// <summary>Online 低保 单人保 of a seriously ill member (因病致贫).</summary>
    OnlineIllness,
    /// <summary>Online 特困 enrolment.</summary>
    Tekun,
    /// <summary>Online application recognised as 低保边缘家庭.</summary>
    Marginal,
    /// <summary>Online 临时救助 (先行救助, granted at once).</summary>
    Temporary,
    /// <summary>刚性支出困难: assessed with rigid expenditure and given 支出型 assistance.</summary>
    RigidExpenditure,
    /// <summary>Online 低保 application rejected (income above the marginal line).</summary>
    Rejected,
    /// <summary>A suspected new 重残 person of the 残联 roster who applies at the screening visit for 单人保.</summary>
    OutreachDisability,
}

/// <summary>
/// One planned household: which county, its path, its size, and the month its decision takes effect (0 when none), counted
/// from January 2025 as 1 (<see cref="SampleMonths"/>): 1–12 for 2025, 13 onwards for the continuation.
/// </summary>
public readonly record struct HouseholdSeed(int County, int Index, HouseholdPath Path, byte Size, byte EffectiveMonth);

/// <summary>A county's share of the sample: the figures it must reach and its households in generation order.</summary>
public sealed record CountyPlan(CountyFigures Figures, int Window, int Online, int Illness, int Tekun, int Marginal, int Temporary,
    int Rigid, int Exits, IReadOnlyList<HouseholdSeed> Households)
{
    /// <summary>The county's share of the screening, when the city continues past 2025.</summary>
    public CountyScreening? Screening { get; init; }
}

public sealed record SamplePlan(SampleCityOptions Options, IReadOnlyList<CountyPlan> Counties)
{
    public int Households => Counties.Sum(c => c.Households.Count);

    public int BaselinePersons => Counties.Sum(c => c.Figures.BaselinePersons);

    public int NetGrowth => Counties.Sum(c => c.Figures.NetGrowth);
}

/// <summary>
/// Plans the city so that its counts come out exactly: every total is split over the counties by their size (largest
/// remainder), every group of households is sized to its exact number of persons, and the roster households that
/// leave in 2025 are chosen so that each county ends November exactly at its planned net growth. The continuation's
/// households are planned after all of 2025 from a random source of their own, so 2025 stays the same whatever follows.
/// </summary>
public static class SamplePlanner
{
    public static SamplePlan Plan(SampleCityOptions options)
    {
        var random = new Random(options.Seed);
        var counties = ArticleFigures.Counties
            .Select(c => c with { BaselinePersons = options.Scaled(c.BaselinePersons), NetGrowth = Math.Max(1, options.Scaled(c.NetGrowth)) })
            .ToList();
        var weights = counties.Select(c => c.BaselinePersons).ToList();
        var online = Split(options.Scaled(ArticleFigures.OnlineDibaoPersons), weights);
        var illness = Split(options.Scaled(ArticleFigures.IllnessPersons), weights);
        var tekun = Split(options.Scaled(ArticleFigures.TekunPersons), weights);
        var marginal = Split(options.Scaled(ArticleFigures.MarginalPersons), weights);
        var temporary = Split(options.Scaled(ArticleFigures.TemporaryPersons), weights);
        var rigid = Split(options.Scaled(ArticleFigures.RigidExpenditurePersons), weights);

        var plans = new List<CountyPlan>();
        for (var c = 0; c < counties.Count; c++)
        {
            var figures = counties[c];
            var seeds = new List<HouseholdSeed>();
            void Add(HouseholdPath path, int size, int month) => seeds.Add(new HouseholdSeed(c, seeds.Count, path, (byte)size, (byte)month));

            var roster = Sizes(random, figures.BaselinePersons, [28, 27, 22, 15, 8]);
            var window = (int)Math.Round(figures.BaselinePersons * 0.042);
            var windowMonths = Sizes(random, window, [30, 30, 20, 14, 6]).Select(s => (s, month: random.Next(3, 7))).ToList();
            var onlineHouseholds = Sizes(random, online[c] - illness[c], [30, 28, 20, 14, 8]).Select(s => (s, month: random.Next(7, 13))).ToList();
            var illnessHouseholds = Enumerable.Range(0, illness[c]).Select(_ => (s: random.Next(2, 5), month: random.Next(7, 13))).ToList();
            var enrolledByNovember = window + onlineHouseholds.Where(h => h.month <= 11).Sum(h => h.s) + illnessHouseholds.Count(h => h.month <= 11);
            var exits = enrolledByNovember - figures.NetGrowth;
            if (exits < 0) throw new InvalidOperationException($"县区 {figures.CountyCode} 规模太小，无法达到计划增长（scale {options.Scale}）");

            var leaving = ChooseLeavers(random, roster, exits);
            for (var i = 0; i < roster.Count; i++)
            {
                var path = leaving.Contains(i) ? (random.Next(100) < 60 ? HouseholdPath.RosterExit : HouseholdPath.RosterExitByReview)
                    : random.Next(100) < 3 ? HouseholdPath.RosterGradualExit : HouseholdPath.Roster;
                var month = path switch
                {
                    HouseholdPath.RosterExit or HouseholdPath.RosterExitByReview => random.Next(2, 12),
                    HouseholdPath.RosterGradualExit => random.Next(10, 13),
                    _ => random.Next(100) < 35 ? random.Next(3, 13) : 0,
                };
                Add(path, roster[i], month);
            }
            foreach (var (s, month) in windowMonths) Add(HouseholdPath.WindowDibao, s, month);
            foreach (var (s, month) in onlineHouseholds) Add(HouseholdPath.OnlineDibao, s, month);
            foreach (var (s, month) in illnessHouseholds) Add(HouseholdPath.OnlineIllness, s, month);
            foreach (var s in Sizes(random, tekun[c], [88, 12, 0, 0, 0])) Add(HouseholdPath.Tekun, s, random.Next(7, 13));
            foreach (var s in Sizes(random, marginal[c], [20, 28, 26, 18, 8])) Add(HouseholdPath.Marginal, s, random.Next(7, 13));
            foreach (var s in Sizes(random, temporary[c], [25, 25, 25, 17, 8])) Add(HouseholdPath.Temporary, s, random.Next(6, 12));
            foreach (var s in Sizes(random, rigid[c], [10, 25, 30, 25, 10])) Add(HouseholdPath.RigidExpenditure, s, random.Next(6, 12));
            foreach (var s in Sizes(random, Math.Max(1, online[c] / 12), [25, 25, 25, 17, 8])) Add(HouseholdPath.Rejected, s, random.Next(7, 13));

            plans.Add(new CountyPlan(figures, window, online[c], illness[c], tekun[c], marginal[c], temporary[c], rigid[c], exits, seeds));
        }
        return options.Continues ? Continue(options, plans, weights) : new SamplePlan(options, plans);
    }

    /// <summary>New households of each month December 2025 – <see cref="SampleCityOptions.Through"/>, and the screening's applicants.</summary>
    private static SamplePlan Continue(SampleCityOptions options, List<CountyPlan> plans, List<int> weights)
    {
        var random = new Random(unchecked(options.Seed * 31 + 2026));
        var seeds = plans.Select(p => (List<HouseholdSeed>)p.Households).ToList();
        void Add(int county, HouseholdPath path, int size, int month) =>
            seeds[county].Add(new HouseholdSeed(county, seeds[county].Count, path, (byte)size, (byte)month));
        void Spread(int persons, int[] sizes, HouseholdPath path, int month)
        {
            var parts = Split(options.Scaled(persons), weights);
            for (var c = 0; c < plans.Count; c++)
                foreach (var s in Sizes(random, parts[c], sizes)) Add(c, path, s, month);
        }

        var first = SampleMonths.NumberOf(SampleCityOptions.ContinuationStarts);
        var last = SampleMonths.NumberOf(options.Through!.Value);
        var applicants = Split(options.Scaled(ContinuationFigures.OutreachApplicants), weights);
        for (var c = 0; c < plans.Count; c++)
            for (var i = 0; i < applicants[c]; i++)
                Add(c, HouseholdPath.OutreachDisability, random.Next(2, 5), random.Next(first, Math.Min(first + 1, last) + 1) + 1);
        for (var decided = first; decided <= last; decided++)
        {
            Spread(ContinuationFigures.DibaoPersonsPerMonth, [30, 28, 20, 14, 8], HouseholdPath.OnlineDibao, decided + 1);
            Spread(ContinuationFigures.TekunPersonsPerMonth, [88, 12, 0, 0, 0], HouseholdPath.Tekun, decided + 1);
            Spread(ContinuationFigures.MarginalPersonsPerMonth, [20, 28, 26, 18, 8], HouseholdPath.Marginal, decided + 1);
            Spread(ContinuationFigures.TemporaryPersonsPerMonth, [25, 25, 25, 17, 8], HouseholdPath.Temporary, decided);
            Spread(ContinuationFigures.RigidExpenditurePersonsPerMonth, [10, 25, 30, 25, 10], HouseholdPath.RigidExpenditure, decided);
            Spread(ContinuationFigures.RejectedPersonsPerMonth, [25, 25, 25, 17, 8], HouseholdPath.Rejected, decided + 1);
        }

        var severe = Split(options.Scaled(ArticleFigures.SevereDisabilityRostered), weights);
        var suspected = Split(options.Scaled(ArticleFigures.SuspectedNewSevereDisability), weights);
        var visited = Split(options.Scaled(ArticleFigures.HouseholdsVisited), weights);
        var villages = Split(options.Scaled(ArticleFigures.VillagesVisited), weights);
        return new SamplePlan(options, [.. plans.Select((p, c) => p with
        {
            Screening = new CountyScreening(severe[c], suspected[c], visited[c], villages[c], applicants[c]),
        })]);
    }

    /// <summary>Household sizes 1–5 drawn by <paramref name="weights"/>, adding up to exactly <paramref name="persons"/>.</summary>
    private static List<int> Sizes(Random random, int persons, int[] weights)
    {
        var sizes = new List<int>();
        var total = weights.Sum();
        while (persons > 0)
        {
            var pick = random.Next(total);
            var size = 1;
            while (pick >= weights[size - 1]) pick -= weights[size++ - 1];
            size = Math.Min(size, persons);
            sizes.Add(size);
            persons -= size;
        }
        return sizes;
    }

    /// <summary>Roster households whose sizes add up to exactly <paramref name="persons"/>, drawn at random.</summary>
    private static HashSet<int> ChooseLeavers(Random random, List<int> roster, int persons)
    {
        var order = Enumerable.Range(0, roster.Count).ToArray();
        random.Shuffle(order);
        var chosen = new HashSet<int>();
        foreach (var i in order)
        {
            if (persons == 0) break;
            if (roster[i] > persons) continue;
            chosen.Add(i);
            persons -= roster[i];
        }
        if (persons != 0) throw new InvalidOperationException("名册中没有足够的家庭可供退出");
        return chosen;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, by largest remainder, so the parts add up exactly.</summary>
    public static int[] Split(int total, IReadOnlyList<int> weights)
    {
        var sum = (double)weights.Sum();
        var exact = weights.Select(w => (double)total * w / sum).ToArray();
        var parts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        foreach (var i in exact.Select((x, i) => (rest: x - Math.Floor(x), i)).OrderByDescending(x => x.rest).ThenBy(x => x.i)
                     .Take(total - parts.Sum()).Select(x => x.i))
            parts[i]++;
        return parts;
    }
}
