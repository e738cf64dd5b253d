using System.Globalization;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.JsonLd;

/// <summary>
/// Writes one article as a schema.org <c>MedicalWebPage</c>: the page and its review and the condition it is about
/// here, the treatments in JsonLdWriter.Therapies.cs and the citations in JsonLdWriter.References.cs.
/// </summary>
/// <remarks>One instance per export; never shared. Members are written in a fixed order and lists always as arrays,
/// so the same article always gives the same output. Null list elements and null members (which only code that
/// bypasses the model's nullability can produce) are left out rather than thrown on.</remarks>
internal sealed partial class JsonLdWriter
{
    private const string SchemaOrg = "https://schema.org";

    private readonly ClinicalArticle _article;
    private readonly Utf8JsonWriter _w;
    private readonly string? _pageUrl;
    private readonly string _conditionId;
    private readonly List<(TherapyOption Option, ClinicalScenario? Scenario)> _therapies = [];
    private readonly List<Precaution> _precautions = [];
    private readonly List<Precaution> _pagePrecautions = [];

    public JsonLdWriter(ClinicalArticle article, Utf8JsonWriter writer, JsonLdOptions options)
    {
        _article = article;
        _w = writer;
        _pageUrl = options.BaseUrl is { } baseUrl ? JsonLdText.PageUrl(baseUrl, article.Id) : null;
        _conditionId = _pageUrl is null ? "_:condition" : _pageUrl + "#condition";
        CollectTherapies();
        CollectPrecautions();
    }

    public void Write()
    {
        _w.WriteStartObject();
        _w.WriteString("@context"u8, SchemaOrg);
        _w.WriteString("@type"u8, "MedicalWebPage");
        if (_pageUrl is not null)
        {
            _w.WriteString("@id"u8, _pageUrl);
            _w.WriteString("url"u8, _pageUrl);
        }

        String("name"u8, _article.Title);
        String("headline"u8, _article.Title);
        String("alternativeHeadline"u8, _article.Question);
        String("description"u8, _article.Summary?.Text);
        String("inLanguage"u8, _article.Language);
        String("version"u8, _article.Version);
        _w.WritePropertyName("about"u8);
        WriteCondition();
        _w.WritePropertyName("mainEntity"u8);
        _w.WriteStartObject();
        _w.WriteString("@id"u8, _conditionId);
        _w.WriteEndObject();
        WriteAudience(_article.Audience);
        WriteReview(_article.Review);
        WritePagePrecautions();
        WriteCitations();
        _w.WriteEndObject();
    }

    private void WriteCondition()
    {
        var condition = _article.Condition;
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "MedicalCondition");
        _w.WriteString("@id"u8, _conditionId);
        String("name"u8, condition?.Text);
        WriteCodes(condition);
        WriteDifferentials(_article.Diagnosis);
        WriteDrugTherapies();
        WriteOtherTherapies();
        _w.WriteEndObject();
    }

    private void WriteCodes(CodedConcept? concept)
    {
        if (concept is null || !concept.Codings.Any(static c => c is not null))
        {
            return;
        }

        _w.WriteStartArray("code"u8);
        foreach (var coding in concept.Codings)
        {
            if (coding is null)
            {
                continue;
            }

            _w.WriteStartObject();
            _w.WriteString("@type"u8, "MedicalCode");
            String("codeValue"u8, coding.Code);
            String("codingSystem"u8, coding.System is null ? null : JsonLdText.CodingSystemName(coding.System));
            String("name"u8, coding.Display);
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    private void WriteDifferentials(DiagnosticApproach? diagnosis)
    {
        if (diagnosis is null || !diagnosis.Differentials.Any(static d => d is not null))
        {
            return;
        }

        _w.WriteStartArray("differentialDiagnosis"u8);
        foreach (var differential in diagnosis.Differentials)
        {
            if (differential is null)
            {
                continue;
            }

            _w.WriteStartObject();
            _w.WriteString("@type"u8, "DDxElement");
            _w.WritePropertyName("diagnosis"u8);
            _w.WriteStartObject();
            _w.WriteString("@type"u8, "MedicalCondition");
            String("name"u8, differential.Text);
            WriteCodes(differential);
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    private void WriteAudience(Audience audience)
    {
        if (JsonLdText.AudienceType(audience) is not { } audienceType)
        {
            return;
        }

        _w.WritePropertyName("audience"u8);
        WriteMedicalAudience(audienceType);

        // medicalAudience takes a MedicalAudienceType member (Clinician, MedicalResearcher) or a MedicalAudience, of
        // which Patient is a subtype; caregivers and the general public have neither, so they get the audience again.
        switch (audience)
        {
            case Audience.Clinician:
                _w.WriteString("medicalAudience"u8, SchemaOrg + "/Clinician");
                break;
            case Audience.Researcher:
                _w.WriteString("medicalAudience"u8, SchemaOrg + "/MedicalResearcher");
                break;
            case Audience.Patient:
                _w.WritePropertyName("medicalAudience"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, "Patient");
                _w.WriteEndObject();
                break;
            default:
                _w.WritePropertyName("medicalAudience"u8);
                WriteMedicalAudience(audienceType);
                break;
        }
    }

    private void WriteMedicalAudience(string audienceType)
    {
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "MedicalAudience");
        _w.WriteString("audienceType"u8, audienceType);
        _w.WriteEndObject();
    }

    private void WriteReview(ReviewInfo? review)
    {
        if (review is null)
        {
            return;
        }

        String("creativeWorkStatus"u8, JsonLdText.StatusName(review.Status));
        Date("dateModified"u8, review.LastUpdated);
        Date("lastReviewed"u8, review.LastReviewed);

        // The board is named as a reviewer only once it has signed the article off: before approval, reviewedBy
        // would claim a review that has not happened.
        var board = review.Status == ReviewStatus.Approved ? review.Board : null;
        if (!review.Reviewers.Any(static p => p is not null) && board is null)
        {
            return;
        }

        _w.WriteStartArray("reviewedBy"u8);
        foreach (var person in review.Reviewers)
        {
            if (person is null)
            {
                continue;
            }

            _w.WriteStartObject();
            _w.WriteString("@type"u8, "Person");
            String("name"u8, person.Name);
            String("honorificSuffix"u8, person.Credentials);
            String("identifier"u8, person.Identifier);
            _w.WriteEndObject();
        }

        if (board is not null)
        {
            WriteOrganization(board);
        }

        _w.WriteEndArray();
    }

    private void WriteOrganization(string name)
    {
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "Organization");
        String("name"u8, name);
        _w.WriteEndObject();
    }

    /// <summary>Writes <paramref name="value"/> when there is one; text that JSON cannot carry is made well-formed.</summary>
    private void String(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            _w.WriteString(name, Utf16Text.WellFormed(value));
        }
    }

    private void StringValue(string value) => _w.WriteStringValue(Utf16Text.WellFormed(value));

    private void Date(ReadOnlySpan<byte> name, DateOnly? value)
    {
        if (value is { } date)
        {
            _w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
