using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace ArticleService.Http;

/// <summary>Builds and writes RFC 9457 problem details: every error response of the service is one.</summary>
/// <remarks>
/// Problems that the status code says all about have the type <c>about:blank</c> and the status phrase as title.
/// The others have a <c>urn:clinicalcontent:problem:</c> type, each described in the service's README.
/// </remarks>
internal static class Problems
{
    /// <summary>The media type of problem details.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>The article has validation errors that stop it from being stored; <c>issues</c> lists them.</summary>
    public const string ArticleInvalid = "urn:clinicalcontent:problem:article-invalid";

    /// <summary>The body is larger than the largest article the reader accepts.</summary>
    public const string ArticleTooLarge = "urn:clinicalcontent:problem:article-too-large";

    /// <summary>The article's <c>id</c> differs from the id in the URL it was sent to.</summary>
    public const string IdMismatch = "urn:clinicalcontent:problem:id-mismatch";

    /// <summary>A query parameter or request header has a value the service cannot use.</summary>
    public const string InvalidRequest = "urn:clinicalcontent:problem:invalid-request";

    /// <summary>A problem the status code describes fully.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status code.</param>
    /// <param name="detail">What went wrong with this request.</param>
    /// <param name="supported">Media types to list, for 406 and 415.</param>
    /// <returns>The result that writes the problem.</returns>
    public static IResult Status(HttpContext context, int status, string detail, IReadOnlyList<string>? supported = null)
        => Result(new ProblemDocument
        {
            Type = "about:blank",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            Instance = InstanceOf(context),
            Supported = supported,
        });

    /// <summary>A problem of one of the service's own types.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status code.</param>
    /// <param name="type">One of the type constants of this class.</param>
    /// <param name="title">The summary of that type.</param>
    /// <param name="detail">What went wrong with this request.</param>
    /// <param name="issues">The validation issues, for <see cref="ArticleInvalid"/>.</param>
    /// <returns>The result that writes the problem.</returns>
    public static IResult Typed(HttpContext context, int status, string type, string title, string detail, IReadOnlyList<IssueDocument>? issues = null)
        => Result(new ProblemDocument
        {
            Type = type,
            Title = title,
            Status = status,
            Detail = detail,
            Instance = InstanceOf(context),
            Issues = issues,
        });

    /// <summary>Writes a problem for a response that ended with an error status and no body: unknown routes (404),
    /// wrong methods (405) and the like.</summary>
    /// <param name="statusContext">The status code pages context.</param>
    /// <returns>A task that completes when the problem is written.</returns>
    public static Task WriteStatusCodeAsync(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => "No resource exists at this path; articles are at /articles and /articles/{id}.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not supported here; the Allow header lists what is.",
            _ => ReasonPhrases.GetReasonPhrase(status),
        };
        return WriteAsync(context, new ProblemDocument
        {
            Type = "about:blank",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            Instance = InstanceOf(context),
        });
    }

    /// <summary>Writes a problem for an exception no endpoint handled. The exception itself is logged by the
    /// exception handler middleware, never sent: its message may hold article text.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the problem is written.</returns>
    public static Task WriteUnhandledAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
        var detail = status == StatusCodes.Status500InternalServerError
            ? "The service failed to handle the request; the failure has been logged."
            : "The request could not be read: " + ReasonPhrases.GetReasonPhrase(status) + ".";
        context.Response.StatusCode = status;
        return WriteAsync(context, new ProblemDocument
        {
            Type = "about:blank",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            Instance = InstanceOf(context),
        });
    }

    private static IResult Result(ProblemDocument problem)
        => Results.Json(problem, ServiceJsonContext.Readable.ProblemDocument, ContentType, problem.Status);

    private static Task WriteAsync(HttpContext context, ProblemDocument problem)
    {
        context.Response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(context.Response.Body, problem, ServiceJsonContext.Readable.ProblemDocument, context.RequestAborted);
    }

    private static string InstanceOf(HttpContext context) => context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
}
