using ArticleService.Storage;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ArticleService.Http;

/// <summary>Entity tags of stored articles and the evaluation of <c>If-Match</c> and <c>If-None-Match</c> (RFC 9110 §13.1).</summary>
/// <remarks>
/// Every tag is strong: the JSON representation's is the stored tag, <c>"3-1f2e…"</c>; a rendered format's adds its
/// suffix, <c>"3-1f2e….html"</c>. A write's <c>If-Match</c> may name the tag of any representation of the current
/// version — the client read one of them — and is compared strongly, so a weak tag never matches.
/// </remarks>
internal static class EntityTags
{
    /// <summary>The outcome of evaluating <c>If-Match</c>.</summary>
    public enum Precondition
    {
        /// <summary>No <c>If-Match</c> header was sent.</summary>
        Missing,

        /// <summary>The header does not parse as a list of entity tags or <c>*</c>.</summary>
        Malformed,

        /// <summary><c>*</c>, or a tag of the current version.</summary>
        Matched,

        /// <summary>No tag of the current version is named.</summary>
        Failed,
    }

    /// <summary>The quoted entity tag of one representation of a stored article.</summary>
    /// <param name="stored">The stored article.</param>
    /// <param name="representation">The representation.</param>
    /// <returns>The tag, quotes included, as sent in <c>ETag</c>.</returns>
    public static string Of(StoredArticle stored, ArticleRepresentation representation)
        => representation.TagSuffix is null ? $"\"{stored.Tag}\"" : $"\"{stored.Tag}.{representation.TagSuffix}\"";

    /// <summary>Evaluates <c>If-None-Match</c> against the selected representation, with weak comparison.</summary>
    /// <param name="ifNoneMatch">The header values.</param>
    /// <param name="etag">The selected representation's quoted tag.</param>
    /// <returns>True when the client's copy is current (the answer is 304).</returns>
    public static bool NoneMatchFails(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    /// <summary>Evaluates <c>If-Match</c> against every representation of the stored article, with strong comparison.</summary>
    /// <param name="ifMatch">The header values.</param>
    /// <param name="stored">The current article.</param>
    /// <returns>Whether the precondition is missing, malformed, matched or failed.</returns>
    public static Precondition EvaluateIfMatch(StringValues ifMatch, StoredArticle stored)
    {
        if (StringValues.IsNullOrEmpty(ifMatch))
        {
            return Precondition.Missing;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(ifMatch, out var tags) || tags.Count == 0)
        {
            return Precondition.Malformed;
        }

        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any))
            {
                return Precondition.Matched;
            }

            foreach (var representation in ArticleRepresentations.All)
            {
                if (tag.Compare(new EntityTagHeaderValue(Of(stored, representation)), useStrongComparison: true))
                {
                    return Precondition.Matched;
                }
            }
        }

        return Precondition.Failed;
    }
}
