namespace ClinicalContent.Interop.Csl;

/// <summary>Settings for exporting and importing CSL-JSON. Immutable: derive variants with <c>with</c>.</summary>
public sealed record CslJsonOptions
{
    /// <summary>The largest document imported by default: 16 MiB, far above any real reference list.</summary>
    public const int DefaultMaxDocumentLength = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted by default; a CSL item needs about 6.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Indented writing, default limits.</summary>
    public static CslJsonOptions Default { get; } = new();

    /// <summary>Whether exported JSON is indented by two spaces and ends with a newline (the default), or compact on one line.</summary>
    public bool WriteIndented { get; init; } = true;

    /// <summary>The deepest nesting of objects and arrays read or written; deeper input is reported as <c>CC1003</c>,
    /// and writing deeper output throws.</summary>
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

    /// <summary>The largest document, in UTF-8 bytes, imported; larger input is reported as <c>CC1014</c>.</summary>
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
