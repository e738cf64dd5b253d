namespace ArticleService.Http;

/// <summary>The body of a successful create or replace: what was stored, and every issue the article still has.</summary>
internal sealed record ArticleReceipt
{
    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>How many times the article has been written: 1 after creation.</summary>
    public required long Revision { get; init; }

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>Every validation issue, none of them blocking; empty for a clean article.</summary>
    public required IReadOnlyList<IssueDocument> Issues { get; init; }
}
