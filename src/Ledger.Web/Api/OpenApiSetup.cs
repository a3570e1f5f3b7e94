using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Ledger.Web.Api;

/// <summary>The OpenAPI document of the API at <c>/openapi/v1.json</c>: the <c>/api</c> routes only, with bearer security.</summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static void Add(IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Ledger HTTP API",
                    Version = "v1",
                    Description = "Tables (perubahan, capaian, evaluasi), history, export and imports of the budget and performance "
                        + "ledger. Every request needs Authorization: Bearer TOKEN from `ledger user add`; 401 without, 403 when the "
                        + "role does not allow it. Errors are {\"error\": \"...\"}; sheet errors name FILE:ROW:COLUMN.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API token printed once by `ledger user add NAME --role viewer|auditor|planner|admin [--unit UNIT]`.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
                return Task.CompletedTask;
            });
        });
}
