using System.Globalization;
using System.Text;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.JsonLd;

/// <summary>The text values the JSON-LD export derives from the model: numbers, addresses, code system names and the
/// English phrases schema.org's free-text properties (<c>frequency</c>, <c>audienceType</c>) expect.</summary>
internal static class JsonLdText
{
    /// <summary>A decimal without trailing zeros, in the invariant culture.</summary>
    public static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The PubMed address of a PMID, or null when the text is not one to nine digits.</summary>
    public static string? PubMedUrl(string? pmid) =>
        pmid is { Length: > 0 and <= 9 } && pmid.All(char.IsAsciiDigit)
            ? "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/"
            : null;

    /// <summary>The address of the article's page: the base address, a <c>/</c> unless it ends with one, and the
    /// identifier percent-encoded as one path segment; null for an identifier that cannot be a segment (empty,
    /// <c>.</c> or <c>..</c>, which would name the base or its parent).</summary>
    public static string? PageUrl(Uri baseUrl, ArticleId id)
    {
        if (id.Value is "" or "." or "..")
        {
            return null;
        }

        var root = baseUrl.AbsoluteUri;
        return (root.EndsWith('/') ? root : root + "/") + Uri.EscapeDataString(Utf16Text.WellFormed(id.Value));
    }

    /// <summary>The name schema.org's <c>codingSystem</c> expects for a code system URI (<c>SNOMED CT</c>,
    /// <c>ICD-10-CM</c> …); an unknown system keeps its URI.</summary>
    public static string CodingSystemName(string system) => system switch
    {
        "http://snomed.info/sct" => "SNOMED CT",
        "http://hl7.org/fhir/sid/icd-10-cm" => "ICD-10-CM",
        "http://hl7.org/fhir/sid/icd-10" => "ICD-10",
        "http://hl7.org/fhir/sid/icd-9-cm" => "ICD-9-CM",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
        "http://loinc.org" => "LOINC",
        "http://www.whocc.no/atc" => "ATC",
        "http://id.nlm.nih.gov/mesh" => "MeSH",
        _ => system,
    };

    /// <summary>Whether a code system URI is RxNorm, whose codes schema.org also carries as <c>rxcui</c>.</summary>
    public static bool IsRxNorm(string? system) =>
        string.Equals(system, "http://www.nlm.nih.gov/research/umls/rxnorm", StringComparison.Ordinal);

    /// <summary>The <c>audienceType</c> text for an audience, or null for a value the model does not define.</summary>
    public static string? AudienceType(Audience audience) => audience switch
    {
        Audience.Clinician => "Clinician",
        Audience.Patient => "Patient",
        Audience.Caregiver => "Caregiver",
        Audience.Researcher => "Researcher",
        Audience.GeneralPublic => "General public",
        _ => null,
    };

    /// <summary>The review status's wire name, for <c>creativeWorkStatus</c>, or null for an undefined value.</summary>
    public static string? StatusName(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "draft",
        ReviewStatus.Submitted => "submitted",
        ReviewStatus.UnderReview => "under-review",
        ReviewStatus.ChangesRequested => "changes-requested",
        ReviewStatus.Approved => "approved",
        ReviewStatus.Retired => "retired",
        _ => null,
    };

    /// <summary>
    /// How often and when a dose is taken, as schema.org's <c>frequency</c> text: "twice per day", "once every 12
    /// hours, at bedtime", "1–3 hours before bedtime", "as needed for pain"; null when the dosage says none of it.
    /// </summary>
    public static string? Frequency(Dosage dosage)
    {
        var parts = new List<string>(4);
        if (dosage.Timing is { } timing)
        {
            // "per day" after a count ("twice per day"), "every day" alone; "every 12 hours" either way.
            var (per, every) = timing.Period is { } period && timing.PeriodUnit is { } unit
                ? (period == 1
                    ? ("per " + UnitName(unit, 1), "every " + UnitName(unit, 1))
                    : ("every " + Number(period) + " " + UnitName(unit, period), "every " + Number(period) + " " + UnitName(unit, period)))
                : ((string?)null, (string?)null);
            if (timing.Frequency is { } frequency)
            {
                var times = frequency switch
                {
                    1 => "once",
                    2 => "twice",
                    _ => frequency.ToString(CultureInfo.InvariantCulture) + " times",
                };
                parts.Add(per is null ? times : times + " " + per);
            }
            else if (every is not null)
            {
                parts.Add(every);
            }

            var events = timing.When.Select(static e => EventName(e)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (timing.Offset is { } offset)
            {
                var span = offset.Low == offset.High ? Number(offset.Low) : Number(offset.Low) + "\u2013" + Number(offset.High);
                var relation = offset.Relation == OffsetRelation.After ? " after" : " before";
                parts.Add(span + " " + UnitName(offset.Unit, offset.High) + relation
                    + (events.Count > 0 ? " " + string.Join(", ", events) : string.Empty));
            }
            else if (events.Count > 0)
            {
                parts.Add(string.Join(", ", timing.When.Select(static e => EventPhrase(e)).OfType<string>()));
            }
        }

        if (dosage.AsNeeded)
        {
            parts.Add(dosage.AsNeededFor is { } reason ? "as needed for " + reason : "as needed");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The period of a maximum dose as <c>frequency</c> text: "per day", "per 24 hours".</summary>
    public static string MaximumPeriod(Model.Duration period) =>
        period.Value == 1 ? "per " + UnitName(period.Unit, 1) : "per " + Number(period.Value) + " " + UnitName(period.Unit, period.Value);

    private static string UnitName(TimeUnit unit, decimal value)
    {
        var singular = unit switch
        {
            TimeUnit.Second => "second",
            TimeUnit.Minute => "minute",
            TimeUnit.Hour => "hour",
            TimeUnit.Day => "day",
            TimeUnit.Week => "week",
            TimeUnit.Month => "month",
            TimeUnit.Year => "year",
            _ => "period",
        };
        return value == 1 ? singular : singular + "s";
    }

    private static string? EventName(TimingEvent timingEvent) => timingEvent switch
    {
        TimingEvent.Bedtime => "bedtime",
        TimingEvent.Waking => "waking",
        TimingEvent.Morning => "morning",
        TimingEvent.Afternoon => "afternoon",
        TimingEvent.Evening => "evening",
        TimingEvent.Night => "night",
        TimingEvent.WithMeals or TimingEvent.BeforeMeals or TimingEvent.AfterMeals => "meals",
        _ => null,
    };

    private static string? EventPhrase(TimingEvent timingEvent) => timingEvent switch
    {
        TimingEvent.Bedtime => "at bedtime",
        TimingEvent.Waking => "on waking",
        TimingEvent.Morning => "in the morning",
        TimingEvent.Afternoon => "in the afternoon",
        TimingEvent.Evening => "in the evening",
        TimingEvent.Night => "at night",
        TimingEvent.WithMeals => "with meals",
        TimingEvent.BeforeMeals => "before meals",
        TimingEvent.AfterMeals => "after meals",
        _ => null,
    };
}
