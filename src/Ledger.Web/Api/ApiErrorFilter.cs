using Ledger.Application;
using Ledger.Domain.Json;
using Ledger.Store;
using Ledger.Web.Importing;
using Ledger.Web.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ledger.Web.Api;

/// <summary>
/// Turns the expected failures of an API call into <c>{error}</c> responses, as the CLI turns them into one
/// <c>error:</c> line: bad input 400, a role that may not 403, a concurrent writer 409, too many imports at once 429, a damaged journal 500.
/// </summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (InputException e)
        {
            return Error(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (ForbiddenException e)
        {
            return Error(StatusCodes.Status403Forbidden, e.Message);
        }
        catch (ImportsBusyException e)
        {
            context.HttpContext.Response.Headers.RetryAfter = "30";
            return Error(StatusCodes.Status429TooManyRequests, e.Message);
        }
        catch (WrongExpectedVersionException e)
        {
            return Error(StatusCodes.Status409Conflict, "another writer changed the stream meanwhile and retries ran out: " + e.Message);
        }
        catch (IdempotencyConflictException e)
        {
            return Error(StatusCodes.Status409Conflict, e.Message);
        }
        catch (EventFormatException e)
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<ApiErrorFilter>>();
            logger.LogError(e, "the journal holds an unreadable event");
            return Error(StatusCodes.Status500InternalServerError, "the journal holds an unreadable event (run ledger verify)");
        }
    }

    public static IResult Error(int status, string message) => Results.Json(new ApiError(message), statusCode: status);
}
