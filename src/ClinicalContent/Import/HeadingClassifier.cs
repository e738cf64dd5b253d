using System.Text;

namespace ClinicalContent.Import;

/// <summary>The part of an article a section heading introduces.</summary>
internal enum HeadingKind
{
    /// <summary>Not a heading the importer knows: the section becomes an other section.</summary>
    Unknown,

    /// <summary>The diagnostic approach.</summary>
    Diagnosis,

    /// <summary>First-line therapy.</summary>
    FirstLine,

    /// <summary>Alternatives: second line, combinations, refractory cases.</summary>
    Alternatives,

    /// <summary>Special clinical scenarios or populations.</summary>
    SpecialScenarios,

    /// <summary>Precautions and safety.</summary>
    Precautions,

    /// <summary>Follow-up and monitoring.</summary>
    FollowUp,

    /// <summary>The reference list.</summary>
    References,

    /// <summary>The professional disclaimer.</summary>
    Disclaimer,
}

/// <summary>
/// Recognises section headings by meaning: the heading is normalised (lower case, punctuation and hyphens to spaces)
/// and matched against keyword sets, in an order that settles overlaps ("Follow-up and Monitoring" is follow-up,
/// "Monitor for side effects" would be precautions, "Alternative Treatments" is not first-line).
/// </summary>
internal static class HeadingClassifier
{
    /// <summary>The most words a line may have to be read as a heading.</summary>
    public const int MaxHeadingWords = 8;

    /// <summary>Classifies a heading line.</summary>
    /// <param name="heading">The line as written.</param>
    /// <returns>The part it introduces, or <see cref="HeadingKind.Unknown"/>.</returns>
    public static HeadingKind Classify(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var n = " " + Normalize(heading) + " ";
        if (n.Trim().Length == 0 || n.Trim().Split(' ').Length > MaxHeadingWords)
        {
            return HeadingKind.Unknown;
        }

        if (Has(n, "references", "reference list", "bibliography", "sources", "citations", "literature cited"))
        {
            return HeadingKind.References;
        }

        if (Has(n, "disclaimer"))
        {
            return HeadingKind.Disclaimer;
        }

        if (Has(n, "special", "populations", "scenarios", "situations", "circumstances", "specific patient groups"))
        {
            return HeadingKind.SpecialScenarios;
        }

        if (Has(n, "precaution", "precautions", "safety", "warning", "warnings", "adverse", "side effects", "contraindication",
            "contraindications", "cautions", "risks", "toxicity", "drug interactions"))
        {
            return HeadingKind.Precautions;
        }

        if (Has(n, "follow up", "followup", "monitoring", "reassessment", "surveillance", "review of response", "ongoing care"))
        {
            return HeadingKind.FollowUp;
        }

        if (Has(n, "alternative", "alternatives", "second line", "third line", "refractory", "other options", "other treatments",
            "other therapies", "add on", "adjunctive", "adjunct", "escalation", "resistant", "if first line fails"))
        {
            return HeadingKind.Alternatives;
        }

        if (Has(n, "first line", "firstline", "initial management", "initial treatment", "initial therapy", "primary treatment",
            "primary therapy", "treatment of choice", "preferred treatment", "preferred therapy", "recommended treatment",
            "recommended therapy", "recommended regimen", "empiric therapy", "empirical therapy", "empiric treatment",
            "empiric antibiotic", "acute treatment", "acute management", "standard treatment", "standard therapy",
            "pharmacological treatment", "pharmacologic treatment", "drug treatment", "drug therapy", "medical therapy",
            "replacement therapy"))
        {
            return HeadingKind.FirstLine;
        }

        if (Has(n, "diagnostic", "diagnosis", "diagnosing", "assessment", "evaluation", "workup", "work up",
            "investigations", "investigation", "clinical features", "differential"))
        {
            return HeadingKind.Diagnosis;
        }

        return HeadingKind.Unknown;
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().Trim();
    }

    private static bool Has(string normalized, params string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (normalized.Contains(" " + keyword + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
