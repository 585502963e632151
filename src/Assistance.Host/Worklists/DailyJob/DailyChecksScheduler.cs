using NodaTime;
using Assistance.Host.Core;
using Wolverine;

namespace Assistance.Host.Worklists.DailyJob;

/// <summary>
/// Asks for the daily checks when the ledger starts (catching up every day missed while it was down) and then every
/// hour, so a new office day is picked up soon after midnight. The message goes through a durable local queue,
/// so a check interrupted by a restart is run again.
/// </summary>
public sealed class DailyChecksScheduler(IServiceScopeFactory scopes, IClock clock, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<DailyChecksScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Ledger:DailyChecks:Enabled", true)) return;
        try { await WhenStarted(stoppingToken); }
        catch (OperationCanceledException) { return; }
        var interval = configuration.GetValue("Ledger:DailyChecks:Interval", TimeSpan.FromHours(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new RunDailyChecks(clock.Today().ToDateOnly()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not ask for the daily checks; trying again in the next round");
            }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled());
        return started.Task;
    }
}
