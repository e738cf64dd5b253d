using System.Collections.Frozen;

namespace ClinicalContent.Import;

/// <summary>The parts of an article a level-2 heading can stand for, in canonical order.</summary>
internal enum MarkdownPart
{
    Diagnosis,
    FirstLineTherapy,
    Alternatives,
    SpecialScenarios,
    Precautions,
    FollowUp,
    References,
}

/// <summary>The kinds of object a structured block can belong to; each has its own set of block keys.</summary>
internal enum MarkdownBlockKind
{
    Article,
    Statement,
    Diagnosis,
    TherapySection,
    TherapyOption,
    Scenario,
    Precaution,
    FollowUp,
    Section,
    Reference,
}

/// <summary>The vocabulary of the Markdown format (docs/markdown-format.md), shared by importer and renderer.</summary>
internal static class MarkdownFormat
{
    /// <summary>The block key that holds an object's unknown members, as a mapping.</summary>
    public const string UnknownKey = "x-unknown";

    /// <summary>The attribute that marks a level-2 heading as an other section even though its title names a part.</summary>
    public const string OtherSectionAttribute = "{.other}";

    /// <summary>The canonical heading of each part, as rendered.</summary>
    public static string Heading(MarkdownPart part) => part switch
    {
        MarkdownPart.Diagnosis => "Diagnosis",
        MarkdownPart.FirstLineTherapy => "First-line therapy",
        MarkdownPart.Alternatives => "Alternatives",
        MarkdownPart.SpecialScenarios => "Special scenarios",
        MarkdownPart.Precautions => "Precautions",
        MarkdownPart.FollowUp => "Follow-up",
        _ => "References",
    };

    /// <summary>The JSON member of the article each part fills.</summary>
    public static string Member(MarkdownPart part) => part switch
    {
        MarkdownPart.Diagnosis => "diagnosis",
        MarkdownPart.FirstLineTherapy => "firstLineTherapy",
        MarkdownPart.Alternatives => "alternatives",
        MarkdownPart.SpecialScenarios => "specialScenarios",
        MarkdownPart.Precautions => "precautions",
        MarkdownPart.FollowUp => "followUp",
        _ => "references",
    };

    /// <summary>Recognises a heading by meaning ("Initial treatment" is first-line therapy); null for other sections.</summary>
    public static MarkdownPart? Recognize(string heading)
    {
        var t = heading.ToLowerInvariant();
        bool Has(params string[] words) => words.Any(w => t.Contains(w, StringComparison.Ordinal));
        if (Has("reference", "bibliograph", "sources", "literature cited"))
        {
            return MarkdownPart.References;
        }

        if (Has("follow-up", "follow up", "followup", "monitoring", "reassess"))
        {
            return MarkdownPart.FollowUp;
        }

        if (Has("first-line", "first line", "firstline", "initial therap", "initial treat", "first-choice", "first choice"))
        {
            return MarkdownPart.FirstLineTherapy;
        }

        if (Has("alternativ", "second-line", "second line", "refractory", "other option", "other treatment"))
        {
            return MarkdownPart.Alternatives;
        }

        if (Has("special", "scenario", "situation", "populations"))
        {
            return MarkdownPart.SpecialScenarios;
        }

        if (Has("precaution", "safety", "warning", "caution", "adverse", "contraindicat"))
        {
            return MarkdownPart.Precautions;
        }

        return Has("diagnos", "evaluation", "work-up", "workup", "assessment") ? MarkdownPart.Diagnosis : null;
    }

    /// <summary>The members written in an object's structured block (everything that is not prose).</summary>
    public static FrozenSet<string> BlockKeys(MarkdownBlockKind kind) => s_blockKeys[(int)kind];

    /// <summary>The members carried by prose (text, headings, bullets) for each kind of object.</summary>
    public static FrozenSet<string> ProseKeys(MarkdownBlockKind kind) => s_proseKeys[(int)kind];

    /// <summary>Block keys whose plain YAML scalars are strings even when they look like numbers.</summary>
    public static readonly FrozenSet<string> StringKeys = new[]
    {
        "schemaVersion", "id", "language", "version", "question", "disclaimer", "audience", "indication",
        "population", "onset", "container", "publisher", "volume", "issue", "pages", "doi", "pmid", "url", "issued",
        "kind", "title", "text", "name", "description", "introduction",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>[] s_blockKeys =
    [
        Set("schemaVersion", "id", "language", "version", "question", "condition", "audience", "review", "disclaimer"),
        Set("citations"),
        Set("causesToEvaluate", "differentials"),
        Set(),
        Set("kind", "components", "indication", "population", "onset", "efficacy", "evidence", "citations"),
        Set("therapies"),
        Set("kind", "subject", "citations"),
        Set(),
        Set(),
        Set("authors", "container", "publisher", "issued", "volume", "issue", "pages", "doi", "pmid", "url"),
    ];

    private static readonly FrozenSet<string>[] s_proseKeys =
    [
        Set("title", "summary", "diagnosis", "firstLineTherapy", "alternatives", "specialScenarios", "precautions", "followUp", "otherSections", "references"),
        Set("text", "citations", "points"),
        Set("introduction", "points"),
        Set("introduction", "options"),
        Set("name", "description", "points", "citations"),
        Set("title", "population", "points"),
        Set("title", "points", "citations"),
        Set("introduction", "points"),
        Set("title", "introduction", "points"),
        Set("id", "kind", "title"),
    ];

    private static FrozenSet<string> Set(params string[] keys) => keys.ToFrozenSet(StringComparer.Ordinal);
}
