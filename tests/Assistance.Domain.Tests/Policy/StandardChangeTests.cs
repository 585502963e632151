using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Tests.Policy;

/// <summary>标准调整: a new 低保标准 is applied by recalculating the same household with the new parameters.</summary>
public class StandardChangeTests
{
    [Theory]
    [InlineData("urban 3 persons, income 1000: 780 → 1340; 832 → 2496 − 1000 = 1496", true, 3, 1000, 832, 1340, 1496)]
    [InlineData("rural 2 persons, income 500: 585 → 670; 632 → 1264 − 500 = 764", false, 2, 500, 632, 670, 764)]
    [InlineData("urban 3 persons, income 2400 (800 per head): 780 → nothing; 832 → 96", true, 3, 2400, 832, 0, 96)]
    public void Recalculates_the_same_household_under_the_new_standard(
        string example, bool urban, int persons, decimal income, decimal newStandard, decimal before, decimal after)
    {
        var household = (urban ? Urban(WorkingAdults(persons)) : Rural(WorkingAdults(persons))).Earning(income);
        var raised = urban
            ? PolicyParameters.Defaults with { DibaoStandardUrban = newStandard }
            : PolicyParameters.Defaults with { DibaoStandardRural = newStandard };

        DibaoAmount.ForHousehold(household, June2025, PolicyParameters.Defaults).Total.ShouldBe(before, example);
        DibaoAmount.ForHousehold(household, June2025, raised).Total.ShouldBe(after, example);
    }
}
