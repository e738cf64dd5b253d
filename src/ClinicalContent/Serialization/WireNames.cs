using System.Text;
using System.Text.Json;

namespace ClinicalContent.Serialization;

/// <summary>A fixed list of JSON names — an object's members or an enumeration's values — in one order shared by the reader and the writer.</summary>
internal sealed class WireNames
{
    public WireNames(params string[] names)
    {
        Names = names;
        Utf8 = [.. names.Select(static n => Encoding.UTF8.GetBytes(n))];
        Encoded = [.. names.Select(static n => JsonEncodedText.Encode(n))];
        Expected = string.Join(", ", names.Select(static n => "'" + n + "'"));
    }

    public string[] Names { get; }

    public byte[][] Utf8 { get; }

    public JsonEncodedText[] Encoded { get; }

    /// <summary>The names quoted and joined, for messages that list what was expected.</summary>
    public string Expected { get; }

    public int Count => Names.Length;

    public JsonEncodedText this[int index] => Encoded[index];

    /// <summary>The index of the name the reader is on, or -1.</summary>
    /// <exception cref="InvalidOperationException">The token holds invalid UTF-8 or an unpaired surrogate escape.</exception>
    public int Match(ref Utf8JsonReader reader)
    {
        var utf8 = Utf8;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var value = reader.ValueSpan;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (value.SequenceEqual(utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (reader.ValueTextEquals(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>Every wire name of the article format, in declaration order; the reader's member indexes refer to these lists.</summary>
internal static class Wire
{
    public static readonly WireNames Article = new(
        "schemaVersion", "id", "language", "version", "question", "title", "summary", "condition", "audience", "review",
        "diagnosis", "firstLineTherapy", "alternatives", "specialScenarios", "precautions", "followUp", "otherSections",
        "references", "disclaimer");

    public static readonly WireNames Statement = new("text", "citations", "points");
    public static readonly WireNames Citation = new("referenceId", "locator");
    public static readonly WireNames CodedConcept = new("text", "codings");
    public static readonly WireNames Coding = new("system", "code", "display");
    public static readonly WireNames Person = new("name", "credentials", "identifier");
    public static readonly WireNames ReviewNotice = new("kind", "text");
    public static readonly WireNames Review = new("status", "reviewers", "board", "lastUpdated", "lastReviewed", "approvedOn", "notices");
    public static readonly WireNames Diagnosis = new("introduction", "points", "causesToEvaluate", "differentials");
    public static readonly WireNames TherapySection = new("introduction", "options");
    public static readonly WireNames TherapyOption = new(
        "name", "kind", "description", "components", "indication", "population", "onset", "efficacy", "evidence", "points", "citations");
    public static readonly WireNames TherapyComponent = new("drug", "dosages");
    public static readonly WireNames Efficacy = new("value", "unit", "outcome", "population");
    public static readonly WireNames Evidence = new("gradingSystem", "strength", "certainty");
    public static readonly WireNames Dosage = new("text", "dose", "route", "timing", "asNeeded", "asNeededFor", "maximumDose");
    public static readonly WireNames DoseQuantity = new("kind", "unit", "value");
    public static readonly WireNames DoseRange = new("kind", "unit", "low", "high");
    public static readonly WireNames Quantity = new("value", "unit");
    public static readonly WireNames Duration = new("value", "unit");
    public static readonly WireNames MaximumDose = new("amount", "period");
    public static readonly WireNames TimeOffset = new("low", "high", "unit", "relation");
    public static readonly WireNames Timing = new("when", "frequency", "period", "periodUnit", "offset");
    public static readonly WireNames Scenario = new("title", "population", "points", "therapies");
    public static readonly WireNames Precaution = new("kind", "title", "subject", "points", "citations");
    public static readonly WireNames FollowUp = new("introduction", "points");
    public static readonly WireNames Section = new("title", "introduction", "points");
    public static readonly WireNames Author = new("family", "given", "literal");
    public static readonly WireNames Reference = new(
        "id", "kind", "title", "authors", "container", "publisher", "issued", "volume", "issue", "pages", "doi", "pmid", "url");

    public static readonly WireNames DoseKinds = new("quantity", "range");

    // Enumerations: the index is the enum member's value.
    public static readonly WireNames Audience = new("clinician", "patient", "caregiver", "researcher", "general-public");
    public static readonly WireNames ReviewStatus = new("draft", "submitted", "under-review", "changes-requested", "approved", "retired");
    public static readonly WireNames ReviewNoticeKind = new("pending-review", "educational-use", "other");
    public static readonly WireNames TherapyKind = new("drug", "combination", "drug-class", "procedure", "non-pharmacological");
    public static readonly WireNames PrecautionKind = new(
        "adverse-effect", "dependence", "withdrawal", "suicidality", "interaction", "contraindication", "warning", "monitoring");
    public static readonly WireNames ReferenceKind = new(
        "guideline", "systematic-review", "research", "review", "drug-label", "textbook", "website", "other");
    public static readonly WireNames TimingEvent = new(
        "bedtime", "waking", "morning", "afternoon", "evening", "night", "with-meals", "before-meals", "after-meals");
    public static readonly WireNames TimeUnit = new("s", "min", "h", "d", "wk", "mo", "a");
    public static readonly WireNames OffsetRelation = new("before", "after");
}
