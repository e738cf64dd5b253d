using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A source an article cites; its members map one-to-one onto a CSL-JSON item.</summary>
public sealed record Reference
{
    /// <summary>The stable key citations use (JSON <c>id</c>); never the number readers see.</summary>
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._:-]*$")]
    public required ReferenceId Id { get; init; }

    /// <summary>What sort of source it is (JSON <c>kind</c>).</summary>
    public required ReferenceKind Kind { get; init; }

    /// <summary>The title of the work (JSON <c>title</c>; CSL <c>title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Title { get; init; }

    /// <summary>The authors, in order (JSON <c>authors</c>; CSL <c>author</c>).</summary>
    public EquatableArray<Author> Authors { get; init; }

    /// <summary>The journal, book or site the work appeared in (JSON <c>container</c>; CSL <c>container-title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Container { get; init; }

    /// <summary>The publisher (JSON <c>publisher</c>; CSL <c>publisher</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Publisher { get; init; }

    /// <summary>When the work was published (JSON <c>issued</c>; CSL <c>issued</c>), to the year, month or day.</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>The volume (JSON <c>volume</c>; CSL <c>volume</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Volume { get; init; }

    /// <summary>The issue number (JSON <c>issue</c>; CSL <c>issue</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Issue { get; init; }

    /// <summary>The page range (JSON <c>pages</c>; CSL <c>page</c>), such as <c>598-607</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Pages { get; init; }

    /// <summary>The DOI without a resolver prefix (JSON <c>doi</c>; CSL <c>DOI</c>), such as <c>10.1016/S1474-4422(04)00875-1</c>.</summary>
    [RegularExpression(@"^10\.[0-9]{4,9}/[^ \t\r\n]+$")]
    public string? Doi { get; init; }

    /// <summary>The PubMed identifier (JSON <c>pmid</c>; CSL <c>PMID</c>).</summary>
    [RegularExpression(@"^[0-9]{1,9}$")]
    public string? Pmid { get; init; }

    /// <summary>A web address for the work (JSON <c>url</c>; CSL <c>URL</c>).</summary>
    [SchemaFormat("uri")]
    [RegularExpression(@"^https?://[^ \t\r\n]+$")]
    public string? Url { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
