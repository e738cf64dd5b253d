using System.Globalization;
using ArticleService.Intake;
using ArticleService.Storage;
using Microsoft.Net.Http.Headers;

namespace ArticleService.Http;

/// <summary>The article endpoints: create, read in any format, list, replace and delete.</summary>
internal static class ArticleEndpoints
{
    /// <summary>The page size of <c>GET /articles</c> when the request names none.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page size <c>GET /articles</c> accepts.</summary>
    public const int MaxPageSize = 500;

    private const string JsonMediaType = "application/json";

    private static readonly string[] s_writeMediaTypes = [JsonMediaType];

    /// <summary>Maps the endpoints under <c>/articles</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/articles");
        articles.MapPost("", CreateAsync);
        articles.MapGet("", ListAsync);
        articles.MapGet("/{id}", GetAsync);
        articles.MapPut("/{id}", ReplaceAsync);
        articles.MapDelete("/{id}", DeleteAsync);
    }

    /// <summary><c>POST /articles</c>: validates the body and stores it as canonical JSON under its own id.</summary>
    private static async Task<IResult> CreateAsync(
        HttpContext context, ArticleIntake intake, ArticleStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsJsonBody(context.Request))
        {
            return UnsupportedMediaType(context);
        }

        var intakeResult = await intake.ReadAsync(context.Request.Body, cancellationToken);
        if (Refusal(context, intakeResult) is { } refused)
        {
            return refused;
        }

        var stored = StoredArticle.Create(intakeResult.Article!, revision: 1, clock.GetUtcNow());
        if (!await store.TryInsertAsync(stored, cancellationToken))
        {
            return Problems.Status(context, StatusCodes.Status409Conflict,
                $"An article with id '{stored.Id}' exists; replace it with PUT /articles/{stored.Id} and If-Match.");
        }

        var headers = context.Response.Headers;
        headers.Location = "/articles/" + Uri.EscapeDataString(stored.Id);
        headers.ETag = EntityTags.Of(stored, ArticleRepresentations.All[0]);
        return Receipt(stored, intakeResult, StatusCodes.Status201Created);
    }

    /// <summary><c>GET /articles/{id}</c>: the article in the format <c>Accept</c> asks for, or 304 when the client's copy is current.</summary>
    private static async Task<IResult> GetAsync(string id, HttpContext context, ArticleStore store, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound(context, id);
        }

        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.Accept;
        var representation = ContentNegotiation.Select(context.Request.Headers.Accept, ArticleRepresentations.All);
        if (representation is null)
        {
            return Problems.Status(context, StatusCodes.Status406NotAcceptable,
                "None of the formats the Accept header allows is available; 'supported' lists those that are.", ArticleRepresentations.MediaTypes);
        }

        var etag = EntityTags.Of(stored, representation);
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        if (EntityTags.NoneMatchFails(context.Request.Headers.IfNoneMatch, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(representation.Render(stored), representation.ContentType);
    }

    /// <summary><c>GET /articles?limit=&amp;after=</c>: ids, titles and update times, sorted by id, one page at a time.</summary>
    private static async Task<IResult> ListAsync(HttpContext context, ArticleStore store, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var limit = DefaultPageSize;
        if (query.TryGetValue("limit", out var limitValues)
            && (limitValues.Count != 1
                || !int.TryParse(limitValues[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                || limit is < 1 or > MaxPageSize))
        {
            return Problems.Typed(context, StatusCodes.Status400BadRequest, Problems.InvalidRequest, "Invalid query parameter",
                string.Create(CultureInfo.InvariantCulture, $"'limit' must be one whole number from 1 to {MaxPageSize}."));
        }

        if (query.TryGetValue("after", out var afterValues) && afterValues.Count != 1)
        {
            return Problems.Typed(context, StatusCodes.Status400BadRequest, Problems.InvalidRequest, "Invalid query parameter",
                "'after' must be given at most once: the id of the last article of the previous page.");
        }

        if (ContentNegotiation.Select(context.Request.Headers.Accept, [ArticleRepresentations.All[0]]) is null)
        {
            return Problems.Status(context, StatusCodes.Status406NotAcceptable, "The list is available as application/json only.", s_writeMediaTypes);
        }

        var after = afterValues.Count == 1 && !string.IsNullOrEmpty(afterValues[0]) ? afterValues[0] : null;

        // One row more than the page tells whether another page follows.
        var rows = await store.ListAsync(after, limit + 1, cancellationToken);
        var items = rows.Take(limit).Select(static row => new ArticleListItem(row.Id, row.Title, row.Updated)).ToList();
        var next = rows.Count > limit
            ? string.Create(CultureInfo.InvariantCulture, $"/articles?limit={limit}&after={Uri.EscapeDataString(items[^1].Id)}")
            : null;
        if (next is not null)
        {
            context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return Results.Json(new ArticleListPage { Items = items, Next = next }, ServiceJsonContext.Readable.ArticleListPage);
    }

    /// <summary><c>PUT /articles/{id}</c>: replaces the article, only while <c>If-Match</c> names its current version.</summary>
    private static async Task<IResult> ReplaceAsync(
        string id, HttpContext context, ArticleIntake intake, ArticleStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsJsonBody(context.Request))
        {
            return UnsupportedMediaType(context);
        }

        // Preconditions come before the body is read (RFC 9110 §13.2.2).
        var (current, failure) = await CheckPreconditionAsync(id, context, store, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var intakeResult = await intake.ReadAsync(context.Request.Body, cancellationToken);
        if (Refusal(context, intakeResult) is { } refused)
        {
            return refused;
        }

        var article = intakeResult.Article!;
        if (!string.Equals(article.Id.Value, id, StringComparison.Ordinal))
        {
            return Problems.Typed(context, StatusCodes.Status400BadRequest, Problems.IdMismatch, "Article id does not match the URL",
                $"The article's id is '{article.Id.Value}' but it was sent to /articles/{id}; an id cannot change. Create the new id with POST /articles.");
        }

        var replacement = StoredArticle.Create(article, current!.Revision + 1, clock.GetUtcNow());
        if (!await store.TryReplaceAsync(replacement, current.Tag, cancellationToken))
        {
            return PreconditionFailed(context, id);
        }

        context.Response.Headers.ETag = EntityTags.Of(replacement, ArticleRepresentations.All[0]);
        return Receipt(replacement, intakeResult, StatusCodes.Status200OK);
    }

    /// <summary><c>DELETE /articles/{id}</c>: removes the article, only while <c>If-Match</c> names its current version.</summary>
    private static async Task<IResult> DeleteAsync(string id, HttpContext context, ArticleStore store, CancellationToken cancellationToken)
    {
        var (current, failure) = await CheckPreconditionAsync(id, context, store, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return await store.TryDeleteAsync(id, current!.Tag, cancellationToken)
            ? Results.NoContent()
            : PreconditionFailed(context, id);
    }

    /// <summary>Requires <c>If-Match</c> and evaluates it against the stored article.</summary>
    /// <returns>The current article when the precondition holds; otherwise the problem to answer with.</returns>
    private static async Task<(StoredArticle? Current, IResult? Failure)> CheckPreconditionAsync(
        string id, HttpContext context, ArticleStore store, CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return (null, Problems.Status(context, StatusCodes.Status428PreconditionRequired,
                "Changing an article requires If-Match with the ETag of the version the change is based on; GET the article to learn it."));
        }

        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return (null, NotFound(context, id));
        }

        return EntityTags.EvaluateIfMatch(ifMatch, current) switch
        {
            EntityTags.Precondition.Matched => (current, null),
            EntityTags.Precondition.Malformed => (null, Problems.Typed(context, StatusCodes.Status400BadRequest, Problems.InvalidRequest,
                "Invalid request header", "If-Match must be '*' or a list of quoted entity tags, such as If-Match: \"2-4f1c…\".")),
            _ => (null, PreconditionFailed(context, id)),
        };
    }

    /// <summary>The problem to answer with when the body cannot be stored; null when it can.</summary>
    private static IResult? Refusal(HttpContext context, IntakeResult intakeResult)
    {
        if (intakeResult.TooLarge)
        {
            return Problems.Typed(context, StatusCodes.Status413RequestEntityTooLarge, Problems.ArticleTooLarge, "Article too large",
                "The body is larger than the largest article the service reads (16 MiB).");
        }

        if (intakeResult.Accepted)
        {
            return null;
        }

        var blocking = intakeResult.Issues.Count(static issue => issue.Blocking);
        return Problems.Typed(context, StatusCodes.Status400BadRequest, Problems.ArticleInvalid, "Article is invalid",
            string.Create(CultureInfo.InvariantCulture,
                $"The article was not stored: {blocking} of its {intakeResult.Issues.Count} issues block it. 'issues' lists each with its code, JSON Pointer, line and column."),
            intakeResult.Issues);
    }

    private static IResult Receipt(StoredArticle stored, IntakeResult intakeResult, int status)
        => Results.Json(
            new ArticleReceipt { Id = stored.Id, Revision = stored.Revision, Updated = stored.Updated, Issues = intakeResult.Issues },
            ServiceJsonContext.Readable.ArticleReceipt,
            statusCode: status);

    private static IResult NotFound(HttpContext context, string id)
        => Problems.Status(context, StatusCodes.Status404NotFound, $"There is no article with id '{id}'.");

    private static IResult PreconditionFailed(HttpContext context, string id)
        => Problems.Status(context, StatusCodes.Status412PreconditionFailed,
            $"Article '{id}' has changed since the version If-Match names; GET it again, reapply the change and retry with the new ETag.");

    private static IResult UnsupportedMediaType(HttpContext context)
        => Problems.Status(context, StatusCodes.Status415UnsupportedMediaType,
            "Send the article as application/json (UTF-8).", s_writeMediaTypes);

    /// <summary>Whether the body is declared as JSON: <c>application/json</c>, with no charset or UTF-8.</summary>
    private static bool IsJsonBody(HttpRequest request)
        => MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && contentType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
            && (!contentType.Charset.HasValue || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
