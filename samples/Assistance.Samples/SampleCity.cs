using Assistance.Domain.Cases;
using Assistance.Domain.Import;
using Assistance.Domain.Policy;
using Assistance.Domain.Amounts;

namespace Assistance.Samples;

/// <summary>
/// The sample city: the end-2024 roster (imported, or lived since enrolment for province benchmarks) and the year 2025
/// through the ledger's decisions. Deterministic: each household draws from its own seeded random source, in plan order.
/// </summary>
public sealed class SampleCity(SamplePlan plan)
{
    private static readonly Guid Namespace = new("0b7f0c1e-5d7a-4c3e-8f5e-2a9d6b1c4e70");
    private static readonly LocalDate RosterImportedOn = new(2025, 1, 2);
    private const string Platform = "线上平台";

    public SamplePlan Plan => plan;

    public static SampleCity Generate(SampleCityOptions options) => new(SamplePlanner.Plan(options));

    /// <summary>Every case, county by county, generated as it is enumerated (a province does not fit in memory at once).</summary>
    public IEnumerable<SampleCase> Cases()
    {
        var people = new People();
        foreach (var county in plan.Counties)
            foreach (var seed in county.Households)
                yield return Write(people, county.Figures.CountyCode, seed);
    }

    /// <summary>户编号 of a roster household (the import path derives the case id from it).</summary>
    public static string HouseholdNumber(string countyCode, int index) => $"{countyCode}{index:D6}";

    private SampleCase Write(People people, string county, HouseholdSeed seed)
    {
        var random = new Random(unchecked(plan.Options.Seed * 1_000_003 + seed.County * 10_000_019 + seed.Index * 7919));
        var residence = random.Next(100) < (county == "140403" ? 70 : 22) ? Residence.Urban : Residence.Rural;
        var standard = residence == Residence.Urban ? 780m : 585m;
        var township = Townships.Of(county, random);
        var village = $"{township[..^1]}{"东西南北中"[random.Next(5)]}{(residence == Residence.Urban ? "社区" : "村")}";
        var builder = seed.Path switch
        {
            HouseholdPath.Roster or HouseholdPath.RosterGradualExit or HouseholdPath.RosterExit or HouseholdPath.RosterExitByReview =>
                Roster(people, county, seed, random, residence, standard, township, village),
            HouseholdPath.OutreachDisability => OutreachApplicant(people, county, seed, random, residence, standard),
            _ => Applicant(people, county, seed, random, residence, standard, township, village),
        };
        if (plan.Options.Continues) new Continuation(builder, random, county, plan.Options.Through!.Value).Run();
        return builder.Build(county, seed.Path);
    }

    private CaseBuilder Roster(People people, string county, HouseholdSeed seed, Random random, Residence residence, decimal standard, string township, string village)
    {
        var number = HouseholdNumber(county, seed.Index);
        var id = RosterCaseId.For(county, number);
        var enrolledSince = new YearMonth(2012 + random.Next(13), 1 + random.Next(12));
        var members = people.Household(random, county, seed.Size, enrolledSince.OnDayOfMonth(1), elderly: seed.Size == 1 && random.Next(2) == 0);
        var amount = DibaoAmount(random, standard, seed.Size, out _);
        var builder = new CaseBuilder(id);
        var county2024Office = $"{county}民政局";
        if (plan.Options.Baseline == BaselineHistory.Imported)
        {
            builder.Start(new RosterCaseImported(id, county, number, township, village, residence, Program.Dibao, enrolledSince, amount, members,
                [.. members.Select(m => m.IdNumber)], "2024年末低保花名册（样例）", [seed.Index + 2], "", "存量迁移"), RosterImportedOn, "存量迁移");
        }
        else
        {
            LiveUntil2025(builder, random, county, residence, standard, township, village, members, enrolledSince, amount, county2024Office);
        }

        var on = Day(random, 2025, Math.Max(1, seed.EffectiveMonth - 1));
        var next = new YearMonth(on.Year, on.Month).PlusMonths(1);
        switch (seed.Path)
        {
            case HouseholdPath.RosterExit:
                var reason = seed.Size == 1 && random.Next(2) == 0 ? ExitReason.Death : random.Next(2) == 0 ? ExitReason.MovedAway : ExitReason.Voluntary;
                builder.Then(c => ExitDecision.Decide(c, new ExitCase(reason, next, county2024Office, null)), on, county2024Office);
                break;
            case HouseholdPath.RosterExitByReview:
                builder.Then(c => Review(c, random, on, standard * seed.Size * 1.2m, ReviewOutcome.Exit, 0, next, null), on, county2024Office);
                break;
            case HouseholdPath.RosterGradualExit:
                builder.Then(c => Review(c, random, on, standard * seed.Size * 1.1m, ReviewOutcome.GradualExit, c.MonthlyAmount, next, next.PlusMonths(5)),
                    on, county2024Office);
                break;
            case HouseholdPath.Roster when seed.EffectiveMonth > 0:
                var newAmount = DibaoAmount(random, standard, seed.Size, out var income);
                var outcome = newAmount > amount ? ReviewOutcome.Increase : newAmount < amount ? ReviewOutcome.Decrease : ReviewOutcome.Continue;
                builder.Then(c => Review(c, random, on, income, outcome, newAmount, next, null), on, county2024Office);
                break;
        }
        return builder;
    }

    /// <summary>The life of a roster household since its enrolment through the commands: apply, commit, assess, approve, yearly reviews.</summary>
    private static void LiveUntil2025(CaseBuilder builder, Random random, string county, Residence residence, decimal standard, string township,
        string village, IReadOnlyList<Member> members, YearMonth enrolledSince, decimal amount, string office)
    {
        var decided = enrolledSince.PlusMonths(-1).OnDayOfMonth(1 + random.Next(20));
        var applied = decided.PlusDays(-random.Next(14, 28));
        builder.Start(ApplicationDecision.Decide(new ApplyForAssistance(builder.Id, county, township, village, residence, Program.Dibao, Channel.Window,
            applied, members, null, "窗口受理")), applied, "窗口受理");
        builder.Then(c => CommitDecision.Decide(c, new SignDualCommitment(true, true, applied.PlusDays(1), "窗口受理", null)), applied.PlusDays(1), "窗口受理");
        var income = Math.Round(standard * members.Count * 0.3m);
        builder.Then(c => AssessDecision.Decide(c, new AssessEconomicStatus(applied.PlusDays(5), income, new Assets(), 0, "入户调查", null),
            CountyPolicy.Unset(county), applied.PlusDays(5)),
            applied.PlusDays(5), "入户调查");
        builder.Then(c => ApprovalDecision.Enrol(c, new EnrolmentTerms(Program.Dibao, enrolledSince, amount, office, null)), decided, office);
        for (var year = decided.Year + 1; year <= 2024; year++)
        {
            if (year < 2021) continue;
            var on = new LocalDate(year, decided.Month, Math.Min(decided.Day, 28));
            var next = new YearMonth(year, on.Month).PlusMonths(1);
            builder.Then(c => Review(c, random, on, income, ReviewOutcome.Continue, c.MonthlyAmount, next, null), on, office);
        }
    }

    private CaseBuilder Applicant(People people, string county, HouseholdSeed seed, Random random, Residence residence, decimal standard, string township, string village)
    {
        var id = RosterCaseId.NameBased(Namespace, $"{plan.Options.Seed}/{plan.Options.Scale}/{county}/{seed.Index}");
        var builder = new CaseBuilder(id);
        var office = $"{county}民政局";
        var path = seed.Path;
        var decisionMonth = SampleMonths.Of(path is HouseholdPath.Temporary or HouseholdPath.RigidExpenditure ? seed.EffectiveMonth : seed.EffectiveMonth - 1);
        // The online platform went live in June 2025; the continuation's households apply from December.
        var earliest = path == HouseholdPath.WindowDibao ? new LocalDate(2025, 1, 2)
            : decisionMonth < SampleCityOptions.ContinuationStarts ? new LocalDate(2025, 6, 1) : SampleCityOptions.ContinuationStarts.OnDayOfMonth(1);
        var firstMonth = decisionMonth == new YearMonth(2025, 6) || decisionMonth == SampleCityOptions.ContinuationStarts;
        var decided = Day(random, decisionMonth.Year, decisionMonth.Month, from: firstMonth ? 18 : 1);
        var applied = Max(earliest, decided.PlusDays(-random.Next(12, 30)));
        var members = people.Household(random, county, seed.Size, applied, elderly: path == HouseholdPath.Tekun);
        if (path == HouseholdPath.OnlineIllness) members = [.. members.Select((m, i) => i == members.Count - 1 ? m with { SeriousIllness = true } : m)];
        var program = path switch
        {
            HouseholdPath.Tekun => Program.Tekun,
            HouseholdPath.Temporary or HouseholdPath.RigidExpenditure => Program.Temporary,
            _ => Program.Dibao,
        };
        var channel = path == HouseholdPath.WindowDibao ? Channel.Window : Channel.Online;
        var receivedBy = channel == Channel.Online ? Platform : "窗口受理";
        var single = path == HouseholdPath.OnlineIllness ? members[^1].IdNumber : null;
        builder.Start(ApplicationDecision.Decide(new ApplyForAssistance(id, county, township, village, residence, program, channel, applied, members, single, receivedBy)),
            applied, receivedBy);

        if (path == HouseholdPath.Temporary)
        {
            var kind = random.Next(100) < 70 ? TemporaryKind.Emergency : TemporaryKind.Expenditure;
            var grant = Math.Min(10 * standard, 100m * random.Next(5, 40));
            var on = Max(applied, decided);
            builder.Then(c => GrantTemporaryDecision.Decide(c, new GrantTemporaryAssistance(kind, grant, on,
                kind == TemporaryKind.Emergency ? "突发重病急难救助" : "子女就学等突发支出", office, DecidedByCounty: kind == TemporaryKind.Expenditure)), on, office);
            return builder;
        }

        var signed = applied.PlusDays(1 + random.Next(3));
        builder.Then(c => CommitDecision.Decide(c, new SignDualCommitment(true, true, signed, receivedBy, $"ESIGN-{county}-{seed.Index:D6}")), signed, receivedBy);
        var assessedOn = Max(signed, Min(decided, signed.PlusDays(3 + random.Next(6))));
        var persons = path == HouseholdPath.OnlineIllness ? 1 : members.Count;
        var (income, rigid, notes) = path switch
        {
            HouseholdPath.Marginal => (Math.Round(standard * persons * (1.05m + 0.4m * (decimal)random.NextDouble())), 0m, null),
            HouseholdPath.Rejected => (Math.Round(standard * persons * (1.6m + (decimal)random.NextDouble())), 0m, null),
            HouseholdPath.RigidExpenditure => (Math.Round(standard * persons * 1.3m), 200m * random.Next(3, 15), "刚性支出困难家庭认定：医疗与就学支出"),
            HouseholdPath.Tekun => (0m, 0m, "无劳动能力、无生活来源、无法定赡养抚养扶养义务人"),
            _ => (Math.Round(standard * persons * 0.5m * (decimal)random.NextDouble() / 10) * 10, 0m, null),
        };
        builder.Then(c => AssessDecision.Decide(c, new AssessEconomicStatus(assessedOn, income, new Assets(Deposits: 100m * random.Next(0, 80)), rigid,
            "入户调查", notes), CountyPolicy.Unset(county), assessedOn), assessedOn, "入户调查");

        var effective = decisionMonth.PlusMonths(1);
        switch (path)
        {
            case HouseholdPath.RigidExpenditure:
                builder.Then(c => GrantTemporaryDecision.Decide(c, new GrantTemporaryAssistance(TemporaryKind.Expenditure, 1000m * random.Next(2, 8),
                    decided, SampleReasons.RigidExpenditure, office, DecidedByCounty: true)), decided, office);
                break;
            case HouseholdPath.Rejected:
                builder.Then(c => ApprovalDecision.Reject(c, new RejectApplication(effective, "家庭人均收入高于低保边缘标准", office, decided), decided), decided, office);
                break;
            case HouseholdPath.Marginal:
                builder.Then(c => ApprovalDecision.Enrol(c, new EnrolmentTerms(Program.Marginal, effective, 0m, office, SampleReasons.Marginal,
                    decided.PlusYears(1))), decided, office);
                break;
            case HouseholdPath.Tekun:
                var tekun = (residence == Residence.Urban ? 1100m : 900m) + 191m;
                builder.Then(c => ApprovalDecision.Enrol(c, new EnrolmentTerms(Program.Tekun, effective, tekun * persons, office, null, decided.PlusYears(1))),
                    decided, office);
                break;
            default:
                var amount = path == HouseholdPath.OnlineIllness ? 313m : Math.Ceiling(standard * persons - income);
                builder.Then(c => ApprovalDecision.Enrol(c, new EnrolmentTerms(Program.Dibao, effective, amount, office,
                    path == HouseholdPath.OnlineIllness ? SampleReasons.Illness : null, decided.PlusMonths(12))), decided, office);
                // 因病致贫 recorded as its own finding, so the city's 24 are counted the way a county counts them.
                if (path == HouseholdPath.OnlineIllness)
                    builder.Then(c => IllnessPovertyDecision.Decide(c, new RecogniseIllnessPoverty(members[^1].IdNumber, decided, effective,
                        "重特大疾病诊断证明（二级以上医院）与医疗费用票据", office), decided), decided, office);
                break;
        }
        return builder;
    }

    /// <summary>
    /// A suspected new 重残 person found by the screening: visited in October or November 2025, applies at the visit for
    /// 单人保 through the platform, and is decided by the county's rules (most enrolled, some found above the 低保边缘 line).
    /// The household lives in one of the villages the screening visited.
    /// </summary>
    private CaseBuilder OutreachApplicant(People people, string county, HouseholdSeed seed, Random random, Residence residence, decimal standard)
    {
        var id = RosterCaseId.NameBased(Namespace, $"{plan.Options.Seed}/{plan.Options.Scale}/{county}/{seed.Index}");
        var builder = new CaseBuilder(id);
        var office = $"{county}民政局";
        var (township, village) = ScreeningVillages.Of(county, random.Next(plan.Counties[seed.County].Screening!.Villages));
        var window = Period.DaysBetween(ContinuationFigures.VisitsFrom, ContinuationFigures.VisitsTo);
        var applied = ContinuationFigures.VisitsFrom.PlusDays(random.Next(window + 1));
        var decisionMonth = SampleMonths.Of(seed.EffectiveMonth - 1);
        var decided = Max(applied.PlusDays(21), decisionMonth.OnDayOfMonth(random.Next(1, 29)));
        var members = people.Household(random, county, seed.Size, applied);
        var disabled = members.Count - 1;
        members = [.. members.Select((m, i) => i == disabled
            ? m with { Disability = random.Next(2) == 0 ? Disability.Grade1 : Disability.Grade2, LaborCapacity = LaborCapacity.None }
            : m)];
        builder.Start(ApplicationDecision.Decide(new ApplyForAssistance(id, county, township, village, residence, Program.Dibao, Channel.Online, applied,
            members, members[disabled].IdNumber, SampleReasons.Screening)), applied, SampleReasons.Screening);
        var signed = applied.PlusDays(1 + random.Next(3));
        builder.Then(c => CommitDecision.Decide(c, new SignDualCommitment(true, true, signed, SampleReasons.Screening, $"ESIGN-{county}-{seed.Index:D6}")),
            signed, SampleReasons.Screening);
        var assessedOn = signed.PlusDays(3 + random.Next(10));
        // 单人保 is for a member of a 低保边缘 household: per-capita income between the standard and 1.5 times it.
        var eligible = random.Next(100) >= 10;
        var income = Math.Round(standard * members.Count * (eligible ? 1.05m + 0.4m * (decimal)random.NextDouble() : 1.6m + (decimal)random.NextDouble()) / 10) * 10;
        builder.Then(c => AssessDecision.Decide(c, new AssessEconomicStatus(assessedOn, income, new Assets(Deposits: 100m * random.Next(0, 40)), 0,
            "入户调查", "摸排走访发现：疑似新办残疾人证的重残人员"), CountyPolicy.Unset(county), assessedOn), assessedOn, "入户调查");
        var policy = CountyPolicy.Unset(county);
        builder.Then(c => eligible
            ? ApprovalDecision.Decide(c, new ApproveEnrolment(null, decided, null, null, null, office), policy, decided)
            : ApprovalDecision.Reject(c, new RejectApplication(null, "家庭人均收入不低于低保边缘标准，不符合单人保条件", office, decided), decided),
            decided, office);
        return builder;
    }

    private static Decision Review(HouseholdCase c, Random random, LocalDate on, decimal income, ReviewOutcome outcome, decimal amount,
        YearMonth effective, YearMonth? gradualUntil) =>
        ReviewDecision.Record(c, new ReviewCase(on, income, new Assets(Deposits: 100m * random.Next(0, 50)), 0, "复核组", null),
            new ReviewFinding(outcome, amount, effective, gradualUntil, outcome == ReviewOutcome.Exit ? null : on.PlusYears(1)),
            CountyPolicy.Unset(c.CountyCode), on);

    /// <summary>补差: ceil(标准 × persons − income), income drawn below the line; at least 30 yuan.</summary>
    private static decimal DibaoAmount(Random random, decimal standard, int persons, out decimal income)
    {
        income = Math.Round(standard * persons * 0.6m * (decimal)random.NextDouble() / 10) * 10;
        return Math.Max(30m, Math.Ceiling(standard * persons - income));
    }

    private static LocalDate Day(Random random, int year, int month, int from = 1) => new(year, month, random.Next(from, 29));

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
