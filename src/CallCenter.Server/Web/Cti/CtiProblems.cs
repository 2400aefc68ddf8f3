using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CallCenter.Server.Web.Cti;

/// <summary>The API's errors as RFC 7807 problem details (application/problem+json).</summary>
internal static class CtiProblems
{
    public const string DatabaseDown = "The database does not answer just now; try again shortly.";

    public static IResult Result(int status, string title, string detail) =>
        Results.Json(Problem(status, title, detail), CtiJson.Options, "application/problem+json", status);

    public static IResult BadRequest(string detail) => Result(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Unavailable() => Result(StatusCodes.Status503ServiceUnavailable, "Data unavailable", DatabaseDown);

    public static async Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.Response.Body, Problem(status, title, detail), CtiJson.Options, context.RequestAborted).ConfigureAwait(false);
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new()
    {
        Type = status switch
        {
            StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            StatusCodes.Status403Forbidden => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            StatusCodes.Status503ServiceUnavailable => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            _ => null,
        },
        Status = status,
        Title = title,
        Detail = detail,
    };
}
