using Assistance.Host.Core;
using Scalar.AspNetCore;

namespace Assistance.Host.ApiReference;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and a browsable reference over it at <c>/reference</c> (Scalar), both
/// without a token: they describe the API, not its data.
/// </summary>
public sealed class ApiReferenceModule : ILedgerModule
{
    public const string ReferencePath = "/reference";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddOpenApi(o => o.AddDocumentTransformer<LedgerDocumentTransformer>());

    public void Map(WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("社会救助案件台账 API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes([LedgerDocumentTransformer.BearerScheme])
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .HideDeveloperTools()
                .WithNonce())
            .AllowAnonymous();
    }
}
