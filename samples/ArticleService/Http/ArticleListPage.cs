namespace ArticleService.Http;

/// <summary>One page of the article list.</summary>
internal sealed record ArticleListPage
{
    /// <summary>The articles of this page, sorted by id (ordinal).</summary>
    public required IReadOnlyList<ArticleListItem> Items { get; init; }

    /// <summary>The relative URL of the next page; absent on the last page.</summary>
    public string? Next { get; init; }
}

/// <summary>One article in the list.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Updated">When the article was last written.</param>
internal sealed record ArticleListItem(string Id, string Title, DateTimeOffset Updated);
