using Learning.Core.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Learning.Web.Features.Api;

/// <summary>
/// What the endpoints' own metadata cannot say in the OpenAPI document: that a sign-in (the
/// <c>learning.auth</c> cookie) is needed where an endpoint requires authorization, and that a
/// caller without it gets 401 and one without the permission 403.
/// </summary>
public static class ApiDocument
{
    public const string CookieScheme = "signInCookie";

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };

    private static OpenApiRequestBody TextBody(TextRequestBody body) => new()
    {
        Description = body.Description,
        Required = true,
        Content = body.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
    };

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = AccountCookie.Name,
                    Description = "The sign-in cookie the site sets at /{culture}/account/sign-in.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, ct) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<TextRequestBody>().FirstOrDefault() is { } body)
                {
                    operation.RequestBody = TextBody(body);
                }
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] });
                    var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: ct);
                    operation.Responses ??= new OpenApiResponses();
                    operation.Responses.TryAdd("401", Problem("Not signed in.", problem));
                    operation.Responses.TryAdd("403", Problem("Signed in without the permission this needs.", problem));
                }
            });
        });
}
