namespace ClinicalContent.Serialization;

/// <summary>Settings for reading and writing article JSON. Immutable: derive variants with <c>with</c>.</summary>
public sealed record ClinicalArticleJsonOptions
{
    /// <summary>The largest document read by default: 16 MiB, far above any real article.</summary>
    public const int DefaultMaxDocumentLength = 16 * 1024 * 1024;

    /// <summary>The deepest nesting read by default; an article with statements nested ten levels deep needs about 30.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Strict reading, indented writing.</summary>
    public static ClinicalArticleJsonOptions Default { get; } = new();

    /// <summary>Tolerant reading (unknown members kept silently), indented writing.</summary>
    public static ClinicalArticleJsonOptions Tolerant { get; } = new() { UnknownMemberHandling = UnknownMemberHandling.Preserve };

    /// <summary>Whether unknown members are errors (strict, the default) or kept silently (tolerant).</summary>
    public UnknownMemberHandling UnknownMemberHandling { get; init; } = UnknownMemberHandling.Error;

    /// <summary>Whether written JSON is indented by two spaces and ends with a newline (the default), or compact on one line.</summary>
    /// <remarks>NDJSON output is always compact, one article per line.</remarks>
    public bool WriteIndented { get; init; } = true;

    /// <summary>The deepest nesting of objects and arrays accepted; deeper input is reported as <c>CC1003</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 8 or above 1000.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 8);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            field = value;
        }
    } = DefaultMaxDepth;

    /// <summary>The largest document, in UTF-8 bytes, accepted; larger input is reported as <c>CC1014</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDocumentLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxDocumentLength;
}
