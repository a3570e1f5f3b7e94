using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Security;

/// <summary>
/// Validates the anti-forgery token of every form POST of the pages (<see cref="Pages.Html.AntiforgeryField"/>
/// puts it in each form); a POST without a valid one gets 400 and does nothing.
/// </summary>
internal sealed class AntiforgeryCheck : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Text(
                "Permintaan ditolak: token formulir (anti-forgery) tidak ada atau tidak berlaku. Muat ulang halaman lalu coba lagi.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }
}
