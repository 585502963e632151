using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Assistance.Host.Counties;
using Assistance.Host.Observability;
using Assistance.Host.Storage;
using Microsoft.Extensions.Logging.Console;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Assistance.Host;

/// <summary>The ledger's services and pipeline, shared by the web host, the CLI verbs and the tests.</summary>
public static class LedgerApplication
{
    public static void AddLedger(this WebApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, TimeProviderClock>();
        services.AddSingleton(CountyReferenceData.From(builder.Configuration));

        var distribution = builder.Configuration.GetValue("Ledger:DaemonDistribution", DaemonDistribution.Solo);
        services.AddLedgerStore(StoreConnection.WithTimeouts(connectionString), distribution,
            hostsDaemon: !builder.Configuration.GetValue(LedgerStore.CommandLineVerbSetting, false));
        builder.Host.UseWolverine(opts =>
        {
            // The ledger's handlers and endpoints live here, whichever program (CLI, tests, benchmark harness) hosts it.
            opts.ApplicationAssembly = typeof(LedgerApplication).Assembly;
            if (distribution == DaemonDistribution.Solo) opts.Durability.Mode = DurabilityMode.Solo;
            else NodeFailover.Apply(opts.Durability);
        });

        services.ConfigureHttpJsonOptions(o => JsonSetup.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.AddExceptionHandler<ConcurrencyProblemHandler>();
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = e => e switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
            _ => StatusCodes.Status500InternalServerError,
        });
        // Requests honour their cancellation token, so a stopping host need not wait long for one that is stuck.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        services.AddWolverineHttp();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(HealthAnswer.StoreCheck).AddCheck<ProjectionLagHealthCheck>("projections");
        if (builder.Environment.IsProduction()) builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        // Logs go to stderr, so stdout holds only what a CLI verb prints (its output can be piped or parsed).
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        foreach (var module in ILedgerModule.All) module.AddServices(services, builder.Configuration);
    }

    public static void UseLedger(this WebApplication app)
    {
        app.UseRequestLogLines();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = PageContentTypes.Provider });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRequestGate();
        app.UseIdempotencyKeys();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthAnswer.WriteAsync })
            .AllowAnonymous();
        app.MapWolverineEndpoints();
        foreach (var module in ILedgerModule.All) module.Map(app);
    }
}
