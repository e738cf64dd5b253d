using System.Collections.Frozen;
using System.Text.Json;

namespace ClinicalContent.Interop.Csl;

/// <summary>
/// The CSL-JSON 1.0 input vocabulary (citation-style-language/schema, csl-data.json): item types, variables and
/// their value shapes, name parts, and the members of <c>custom.clinicalContent</c>. Decides which unknown members of
/// a <see cref="Model.Reference"/> can be written as CSL variables without making the item invalid.
/// </summary>
internal static class CslVocabulary
{
    /// <summary>The member of <c>custom</c> that holds what CSL has no variable for.</summary>
    public const string Namespace = "clinicalContent";

    /// <summary>The reference's exact kind, inside <c>custom.clinicalContent</c>.</summary>
    public const string Kind = "kind";

    /// <summary>Unknown members of the reference that cannot be CSL variables, inside <c>custom.clinicalContent</c>.</summary>
    public const string UnknownMembers = "unknownMembers";

    /// <summary>Unknown members of authors that cannot be CSL name parts, by author index, inside <c>custom.clinicalContent</c>.</summary>
    public const string AuthorUnknownMembers = "authorUnknownMembers";

    /// <summary>The variables a reference's own members are written to; an unknown member with one of these names
    /// never becomes a variable of its own.</summary>
    public static FrozenSet<string> Mapped { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "id", "type", "genre", "title", "author", "container-title", "publisher", "issued", "volume", "issue", "page", "DOI", "PMID", "URL", "custom");

    /// <summary>The name parts a reference's authors are written to.</summary>
    public static FrozenSet<string> MappedNameParts { get; } = FrozenSet.Create(StringComparer.Ordinal, "family", "given", "literal");

    /// <summary>Every CSL 1.0 item type.</summary>
    public static FrozenSet<string> ItemTypes { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage");

    private static readonly FrozenDictionary<string, Shape> s_variables = BuildVariables();

    private static readonly FrozenDictionary<string, Shape> s_nameParts = new Dictionary<string, Shape>(StringComparer.Ordinal)
    {
        ["family"] = Shape.Text,
        ["given"] = Shape.Text,
        ["dropping-particle"] = Shape.Text,
        ["non-dropping-particle"] = Shape.Text,
        ["suffix"] = Shape.Text,
        ["literal"] = Shape.Text,
        ["comma-suffix"] = Shape.Scalar,
        ["static-ordering"] = Shape.Scalar,
        ["parse-names"] = Shape.Scalar,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private enum Shape
    {
        Text,
        TextOrNumber,
        Scalar,
        Strings,
        Names,
        Date,
    }

    /// <summary>True when an unknown member of a reference can be written as a CSL variable of the item: it is a CSL
    /// variable the reference does not map, and its value has the shape CSL requires for it.</summary>
    public static bool FitsItem(string name, JsonElement value)
        => !Mapped.Contains(name) && s_variables.TryGetValue(name, out var shape) && Fits(shape, value);

    /// <summary>True when an unknown member of an author can be written as a CSL name part.</summary>
    public static bool FitsName(string name, JsonElement value)
        => !MappedNameParts.Contains(name) && s_nameParts.TryGetValue(name, out var shape) && Fits(shape, value);

    private static bool Fits(Shape shape, JsonElement value) => shape switch
    {
        Shape.Text => value.ValueKind == JsonValueKind.String,
        Shape.TextOrNumber => value.ValueKind is JsonValueKind.String or JsonValueKind.Number,
        Shape.Scalar => value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False,
        Shape.Strings => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(static e => e.ValueKind == JsonValueKind.String),
        Shape.Names => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsName),
        _ => IsDate(value),
    };

    private static bool IsName(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in value.EnumerateObject())
        {
            if (!names.Add(part.Name) || !s_nameParts.TryGetValue(part.Name, out var shape) || !Fits(shape, part.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDate(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            var fits = names.Add(member.Name) && member.Name switch
            {
                "date-parts" => IsDateParts(member.Value),
                "season" => Fits(Shape.TextOrNumber, member.Value),
                "circa" => Fits(Shape.Scalar, member.Value),
                "literal" or "raw" => member.Value.ValueKind == JsonValueKind.String,
                _ => false,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDateParts(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() is < 1 or > 2)
        {
            return false;
        }

        foreach (var date in value.EnumerateArray())
        {
            if (date.ValueKind != JsonValueKind.Array || date.GetArrayLength() is < 1 or > 3
                || !date.EnumerateArray().All(static p => p.ValueKind is JsonValueKind.String or JsonValueKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, Shape> BuildVariables()
    {
        var variables = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var name in (string[])
            [
                "citation-key", "language", "journalAbbreviation", "shortTitle", "abstract", "annote", "archive",
                "archive_collection", "archive_location", "archive-place", "authority", "call-number", "citation-label",
                "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI", "event",
                "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "medium", "note",
                "original-publisher", "original-publisher-place", "original-title", "part-title", "PMCID", "PMID",
                "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section",
                "source", "status", "title", "title-short", "URL", "version", "volume-title", "volume-title-short",
                "year-suffix",
            ])
        {
            variables[name] = Shape.Text;
        }

        foreach (var name in (string[])
            [
                "id", "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
                "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part",
                "printing", "supplement", "volume",
            ])
        {
            variables[name] = Shape.TextOrNumber;
        }

        foreach (var name in (string[])
            [
                "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
                "director", "editor", "editorial-director", "executive-producer", "guest", "host", "interviewer",
                "illustrator", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
                "reviewed-author", "script-writer", "series-creator", "translator",
            ])
        {
            variables[name] = Shape.Names;
        }

        foreach (var name in (string[])["accessed", "available-date", "event-date", "issued", "original-date", "submitted"])
        {
            variables[name] = Shape.Date;
        }

        variables["categories"] = Shape.Strings;
        return variables.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
