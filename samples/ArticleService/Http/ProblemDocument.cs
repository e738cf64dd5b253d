namespace ArticleService.Http;

/// <summary>An RFC 9457 problem details document (<c>application/problem+json</c>), with the service's extension members.</summary>
internal sealed record ProblemDocument
{
    /// <summary>A URI that identifies the kind of problem; <c>about:blank</c> when the status code says it all.</summary>
    public required string Type { get; init; }

    /// <summary>A short summary of the kind of problem; the status phrase for <c>about:blank</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public required int Status { get; init; }

    /// <summary>What went wrong with this request, for a person to read.</summary>
    public string? Detail { get; init; }

    /// <summary>The request path the problem occurred on.</summary>
    public string? Instance { get; init; }

    /// <summary>Extension: every validation issue of the article, for <c>article-invalid</c>.</summary>
    public IReadOnlyList<IssueDocument>? Issues { get; init; }

    /// <summary>Extension: the media types the service offers or accepts, for 406 and 415.</summary>
    public IReadOnlyList<string>? Supported { get; init; }
}
