using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Learning.Web.Features.Security;

/// <summary>
/// An upload page declares its limits with [RequestSizeLimit] and [RequestFormLimits]. The form is read
/// here, before antiforgery and model binding, so that a body over the page's limit gets the friendly
/// 413 page in the visitor's language instead of an empty 400 or a reset connection: a declared length
/// over the limit is refused before a byte of the body is read, and a body without a length is cut off
/// at the limit.
/// </summary>
public static class UploadBodyLimits
{
    public static IApplicationBuilder UseUploadBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit } && context.Request.HasFormContentType)
        {
            if (!await FormFitsAsync(context, limit, metadata.GetMetadata<IFormOptionsMetadata>()))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
        }
        await next(context);
    });

    private static async Task<bool> FormFitsAsync(HttpContext context, long limit, IFormOptionsMetadata? form)
    {
        if (context.Request.ContentLength > limit)
        {
            return false;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        var options = new FormOptions { MultipartBodyLengthLimit = form?.MultipartBodyLengthLimit ?? limit };
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, options));
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The multipart reader's own length limit.
            return false;
        }
    }
}
