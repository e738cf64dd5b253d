using System.Text;
using ArticleService.Storage;

namespace ArticleService.Http;

/// <summary>One format <c>GET /articles/{id}</c> can answer in.</summary>
/// <param name="MediaType">The media type matched against <c>Accept</c>, such as <c>text/html</c>.</param>
/// <param name="TagSuffix">What this format adds to the stored tag to make its entity tag, such as <c>html</c>;
/// null for the stored JSON itself. Each format needs its own, because a strong entity tag names one representation.</param>
/// <param name="Render">Produces the response body from the stored article: <see cref="StoredArticle.Utf8Json"/> for the
/// canonical JSON, <see cref="StoredArticle.Article"/> for anything rendered from the model.</param>
internal sealed record ArticleRepresentation(string MediaType, string? TagSuffix, Func<StoredArticle, ReadOnlyMemory<byte>> Render)
{
    /// <summary>The <c>Content-Type</c> of responses: text formats name their UTF-8 charset, JSON formats need none.</summary>
    public string ContentType => MediaType.StartsWith("text/", StringComparison.Ordinal) ? MediaType + "; charset=utf-8" : MediaType;

    /// <summary>Encodes rendered text as the UTF-8 body of a response.</summary>
    /// <param name="text">The rendered text.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
