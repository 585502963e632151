using System.Diagnostics;
using Assistance.Host.Storage;

namespace Assistance.Host.Tests.Storage;

public sealed class LocalPostgresProcessTests
{
    [Fact]
    public async Task Background_child_holding_the_output_pipe_does_not_block_completion()
    {
        // What pg_ctl start does when the server inherits our pipes.
        var watch = Stopwatch.StartNew();

        var result = await PostgresProcess.RunAsync("sh", ["-c", "echo started; sleep 30 &"], CancellationToken.None);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("started");
    }

    [Fact]
    public async Task Process_exceeding_the_timeout_is_killed_and_reported_with_its_output()
    {
        var error = await Should.ThrowAsync<TimeoutException>(() =>
            PostgresProcess.RunAsync("sh", ["-c", "echo before-hang; exec sleep 30"], CancellationToken.None, TimeSpan.FromSeconds(1)));

        error.Message.ShouldContain("before-hang");
    }

    [Fact]
    public async Task Stdout_and_stderr_are_both_captured()
    {
        var result = await PostgresProcess.RunAsync("sh", ["-c", "echo out; echo err >&2; exit 3"], CancellationToken.None);

        result.ExitCode.ShouldBe(3);
        result.Output.ShouldContain("out");
        result.Output.ShouldContain("err");
    }
}
