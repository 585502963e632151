using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Tests.Support;
using AssistanceProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.Labels;

public class LabelsEndpointTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_pages_read_the_same_terms_the_exports_print()
    {
        var labels = await (await ledger.Host.Scenario(s => { s.Get.Url("/api/labels"); s.As(TestUsers.Auditor); })).ReadJsonNodeAsync();

        foreach (var program in Enum.GetValues<AssistanceProgram>())
            labels.Text($"programs.{program}").ShouldBe(ProgramLabels.Of(program));
        labels.Text($"caseStatuses.{CaseStatus.GradualExit}").ShouldBe(CaseStatusLabels.Of(CaseStatus.GradualExit));
        labels.Text($"caseEvents.{nameof(CaseExited)}").ShouldBe(CaseEventLabels.Of(typeof(CaseExited)));
    }
}
