using System.Collections.Immutable;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ArticleService.Http;

/// <summary>Chooses a representation from an <c>Accept</c> header (RFC 9110 §12.5.1).</summary>
/// <remarks>
/// Each candidate gets the quality of the most specific media range that matches it (<c>text/html</c> before
/// <c>text/*</c> before <c>*/*</c>); a candidate no range matches, or whose quality is 0, is not acceptable. The
/// acceptable candidate with the highest quality wins, and the candidates' order breaks ties. Media-range
/// parameters other than <c>q</c> are not compared. A missing, empty or unparseable <c>Accept</c> accepts anything.
/// </remarks>
internal static class ContentNegotiation
{
    /// <summary>Picks the best candidate for an <c>Accept</c> header.</summary>
    /// <param name="accept">The request's <c>Accept</c> header values.</param>
    /// <param name="candidates">The formats on offer, in order of preference.</param>
    /// <returns>The chosen format, or null when the header makes none acceptable (406).</returns>
    public static ArticleRepresentation? Select(StringValues accept, ImmutableArray<ArticleRepresentation> candidates)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0)
        {
            return candidates.IsDefaultOrEmpty ? null : candidates[0];
        }

        ArticleRepresentation? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in candidates)
        {
            var quality = QualityOf(candidate.MediaType, ranges);
            if (quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>The quality the most specific matching range gives a media type; 0 when no range matches.</summary>
    private static double QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, slash);
        var subtype = mediaType.AsSpan(slash + 1);
        var bestSpecificity = 0;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 1
                : !range.Type.AsSpan().Equals(type, StringComparison.OrdinalIgnoreCase) ? 0
                : range.MatchesAllSubTypes ? 2
                : range.SubType.AsSpan().Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 3
                : 0;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return quality;
    }
}
