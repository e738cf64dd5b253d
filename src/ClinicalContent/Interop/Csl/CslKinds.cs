using System.Diagnostics.CodeAnalysis;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.Csl;

/// <summary>
/// How each <see cref="ReferenceKind"/> is written as a CSL item type and genre, and how an item that carries no
/// <c>custom.clinicalContent.kind</c> (one from another tool) is classified. docs/interop-csl.md has the table.
/// </summary>
internal static class CslKinds
{
    public const string GuidelineGenre = "Clinical practice guideline";
    public const string SystematicReviewGenre = "Systematic review";
    public const string ReviewGenre = "Review";
    public const string DrugLabelGenre = "Prescribing information";

    /// <summary>The wire names of <see cref="ReferenceKind"/>, in declaration order (as in the article JSON).</summary>
    private static readonly string[] s_names =
        ["guideline", "systematic-review", "research", "review", "drug-label", "textbook", "website", "other"];

    /// <summary>Every kind's wire name, quoted and joined, for messages.</summary>
    public static string Expected { get; } = string.Join(", ", s_names.Select(static n => "'" + n + "'"));

    /// <summary>The CSL type and genre a reference of <paramref name="kind"/> is written with.</summary>
    /// <param name="kind">The reference's kind.</param>
    /// <param name="hasContainer">Whether the reference names a container: a guideline published in a journal is a
    /// journal article, one published on its own a report; a textbook with a container is a chapter of it.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public static (string Type, string? Genre) ToCsl(ReferenceKind kind, bool hasContainer) => kind switch
    {
        ReferenceKind.Guideline => (hasContainer ? "article-journal" : "report", GuidelineGenre),
        ReferenceKind.SystematicReview => ("article-journal", SystematicReviewGenre),
        ReferenceKind.Research => ("article-journal", null),
        ReferenceKind.Review => ("article-journal", ReviewGenre),
        ReferenceKind.DrugLabel => ("document", DrugLabelGenre),
        ReferenceKind.Textbook => (hasContainer ? "chapter" : "book", null),
        ReferenceKind.Website => ("webpage", null),
        ReferenceKind.Other => ("document", null),
        _ => throw new ArgumentException($"{(int)kind} is not a defined reference kind; expected one of: {Expected}.", nameof(kind)),
    };

    /// <summary>The kind of an item from another tool, from its CSL type and genre.</summary>
    /// <remarks>The genre decides first (a guideline, a systematic review or meta-analysis, prescribing information or
    /// a drug label, whatever the type); then the type: journal articles and preprints are research, or reviews when
    /// the genre says review; books and chapters are textbooks; web pages and posts are websites; anything else is
    /// other. Every kind's own type and genre classify back to that kind.</remarks>
    public static ReferenceKind Classify(string type, string? genre)
    {
        if (genre is not null)
        {
            if (Has(genre, "guideline"))
            {
                return ReferenceKind.Guideline;
            }

            if (Has(genre, "systematic review") || Has(genre, "meta-analysis"))
            {
                return ReferenceKind.SystematicReview;
            }

            if (Has(genre, "prescribing information") || Has(genre, "drug label") || Has(genre, "package insert"))
            {
                return ReferenceKind.DrugLabel;
            }
        }

        return type switch
        {
            "article-journal" or "article" => genre is not null && Has(genre, "review") ? ReferenceKind.Review : ReferenceKind.Research,
            "book" or "chapter" => ReferenceKind.Textbook,
            "webpage" or "post" or "post-weblog" => ReferenceKind.Website,
            _ => ReferenceKind.Other,
        };

        static bool Has(string genre, string word) => genre.Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The wire name of a kind, as in the article JSON.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Name(ReferenceKind kind)
        => (uint)kind < (uint)s_names.Length
            ? s_names[(int)kind]
            : throw new ArgumentException($"{(int)kind} is not a defined reference kind; expected one of: {Expected}.", nameof(kind));

    /// <summary>Reads a kind from its wire name.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out ReferenceKind? kind)
    {
        var index = Array.IndexOf(s_names, name);
        kind = index < 0 ? null : (ReferenceKind)index;
        return kind is not null;
    }
}
