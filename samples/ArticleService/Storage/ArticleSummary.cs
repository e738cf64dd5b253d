namespace ArticleService.Storage;

/// <summary>What the article list shows of one article.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Updated">When the article was last written.</param>
internal sealed record ArticleSummary(string Id, string Title, DateTimeOffset Updated);
