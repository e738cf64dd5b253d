using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>One line of an NDJSON stream of articles and what reading it gave.</summary>
/// <remarks>Issue positions are in the stream's coordinates: their line is <see cref="LineNumber"/>.</remarks>
public sealed record NdjsonRecord
{
    /// <summary>The 1-based line number of the article in the stream.</summary>
    public required long LineNumber { get; init; }

    /// <summary>The article read from the line, if one could be built, and every issue found in it.</summary>
    public required ReadResult<ClinicalArticle> Result { get; init; }
}
