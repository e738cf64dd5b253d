using System.Globalization;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Export;

/// <summary>
/// Writes one article as a FHIR R4 document Bundle, walking the article in document order so that the loss report comes
/// in document order too. One instance per export; not thread-safe.
/// </summary>
internal sealed partial class BundleWriter
{
    private readonly ClinicalArticle _article;
    private readonly string _articleId;
    private readonly LossCollector _losses = new();
    private readonly CitationNumbers _numbers = new();
    private readonly List<F.Bundle.EntryComponent> _entries = [];
    private readonly F.PublicationStatus _publicationStatus;

    private BundleWriter(ClinicalArticle article)
    {
        _article = article;
        _articleId = article.Id.Value;
        _publicationStatus = article.Review?.Status switch
        {
            ReviewStatus.Approved => F.PublicationStatus.Active,
            ReviewStatus.Retired => F.PublicationStatus.Retired,
            ReviewStatus.Draft or ReviewStatus.Submitted or ReviewStatus.UnderReview or ReviewStatus.ChangesRequested => F.PublicationStatus.Draft,
            _ => F.PublicationStatus.Unknown,
        };
    }

    public static FhirExport Write(ClinicalArticle article, FhirExportOptions options)
    {
        var writer = new BundleWriter(article);
        var composition = writer.Composition();
        var timestamp = options.Timestamp ?? LatestDate(article.Review) ?? options.TimeProvider.GetUtcNow();

        // Composition.date is required; without a review date it is the time the document was put together.
        composition.Date ??= timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var bundle = new F.Bundle
        {
            Id = DeterministicId.For(writer._articleId, "bundle"),
            Identifier = composition.Identifier is { } identifier ? new F.Identifier(identifier.System, identifier.Value) : null,
            Type = F.Bundle.BundleType.Document,
            Timestamp = timestamp,
        };
        bundle.Entry.Add(new F.Bundle.EntryComponent { FullUrl = "urn:uuid:" + composition.Id, Resource = composition });
        bundle.Entry.AddRange(writer._entries);
        return new FhirExport { Bundle = bundle, Losses = writer._losses.ToReport() };
    }

    private static DateTimeOffset? LatestDate(ReviewInfo? review)
    {
        DateOnly?[] dates = [review?.LastUpdated, review?.LastReviewed, review?.ApprovedOn];
        var latest = dates.Max();
        return latest is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>Adds a resource to the Bundle under a deterministic id and returns a reference to its full URL.</summary>
    private F.ResourceReference Add(F.Resource resource, string key)
    {
        resource.Id ??= DeterministicId.For(_articleId, key);
        var fullUrl = "urn:uuid:" + resource.Id;
        _entries.Add(new F.Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return new F.ResourceReference(fullUrl);
    }

    private F.Composition Composition()
    {
        var article = _article;
        var composition = new F.Composition
        {
            Id = DeterministicId.For(_articleId, "composition"),
            Type = new F.CodeableConcept(FhirUrls.DocumentTypeSystem, FhirUrls.DocumentTypeCode, "Clinical article", null),
        };

        // Document order of ClinicalArticle's members, so that the loss report is in document order.
        AddString(composition.Extension, FhirUrls.SchemaVersion, article.SchemaVersion, "/schemaVersion");
        if (_losses.Text(article.Id.Value, "/id") is { } id)
        {
            composition.Identifier = new F.Identifier(FhirUrls.ArticleIdSystem, id);
        }

        composition.Language = _losses.Code(article.Language, "/language");
        AddString(composition.Extension, FhirUrls.ArticleVersion, article.Version, "/version");
        AddString(composition.Extension, FhirUrls.Question, article.Question, "/question");
        composition.Title = _losses.Text(article.Title, "/title");
        if (article.Summary is { } summary)
        {
            var section = Section(SectionCodes.Summary, "Summary");
            section.Extension.Add(StatementExtension(FhirUrls.Statement, summary, "/summary"));
            section.Text = new Narrative(_numbers).Lead(summary).ToFhir();
            composition.Section.Add(section);
        }

        if (article.Condition is { } condition)
        {
            var concept = Concept(condition, "/condition");
            composition.Extension.Add(new F.Extension(FhirUrls.Condition, concept));
            if (concept.Text is { } conditionText)
            {
                composition.Subject = new F.ResourceReference { Display = conditionText };
            }
        }

        AddCode(composition.Extension, FhirUrls.Audience, WireNames<Audience>.Of(article.Audience), article.Audience.ToString(), "/audience");
        Review(composition, article.Review);
        Diagnosis(composition, article.Diagnosis);
        TherapyPart(composition, article.FirstLineTherapy, SectionCodes.FirstLineTherapy, "First-line therapy", "/firstLineTherapy");
        TherapyPart(composition, article.Alternatives, SectionCodes.Alternatives, "Alternatives", "/alternatives");
        Scenarios(composition, article.SpecialScenarios);
        Precautions(composition, article.Precautions);
        FollowUp(composition, article.FollowUp);
        OtherSections(composition, article.OtherSections);
        References(composition, article.References);
        Disclaimer(composition, article.Disclaimer);
        _losses.Unknown(article.UnknownMembers, string.Empty);
        return composition;
    }

    private void Review(F.Composition composition, ReviewInfo? review)
    {
        if (review is null)
        {
            composition.Status = F.CompositionStatus.Preliminary;
            composition.Author.Add(DataAbsent());
            return;
        }

        composition.Status = review.Status is ReviewStatus.Approved or ReviewStatus.Retired ? F.CompositionStatus.Final : F.CompositionStatus.Preliminary;
        var extension = new F.Extension { Url = FhirUrls.Review };
        AddCode(extension.Extension, "status", WireNames<ReviewStatus>.Of(review.Status), review.Status.ToString(), "/review/status");
        for (var i = 0; i < review.Reviewers.Count; i++)
        {
            var reviewer = Reviewer(review.Reviewers[i], Pointers.Index("/review/reviewers", i));
            extension.Extension.Add(new F.Extension("reviewer", reviewer));
            if (review.Status == ReviewStatus.Approved)
            {
                // Only an approval is an attestation; reviewers of content still under review have not attested to anything.
                composition.Attester.Add(new F.Composition.AttesterComponent
                {
                    Mode = F.Composition.CompositionAttestationMode.Professional,
                    Party = new F.ResourceReference(reviewer.Reference),
                    Time = review.ApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
            }
        }

        if (_losses.Text(review.Board, "/review/board") is { } board)
        {
            composition.Author.Add(Add(new F.Organization { Name = board }, "review/board"));
        }
        else
        {
            composition.Author.Add(DataAbsent());
        }

        AddDate(extension.Extension, "lastUpdated", review.LastUpdated);
        AddDate(extension.Extension, "lastReviewed", review.LastReviewed);
        AddDate(extension.Extension, "approvedOn", review.ApprovedOn);
        composition.Date = review.LastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            ?? LatestDate(review)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < review.Notices.Count; i++)
        {
            var notice = review.Notices[i];
            var pointer = Pointers.Index("/review/notices", i);
            var noticeExtension = new F.Extension { Url = "notice" };
            AddCode(noticeExtension.Extension, "kind", WireNames<ReviewNoticeKind>.Of(notice.Kind), notice.Kind.ToString(), pointer + "/kind");
            AddString(noticeExtension.Extension, "text", notice.Text, pointer + "/text");
            _losses.Unknown(notice.UnknownMembers, pointer);
            extension.Extension.Add(noticeExtension);
        }

        _losses.Unknown(review.UnknownMembers, "/review");
        composition.Extension.Add(extension);
    }

    private F.ResourceReference Reviewer(Person person, string pointer)
    {
        var practitioner = new F.Practitioner();
        if (_losses.Text(person.Name, pointer + "/name") is { } name)
        {
            practitioner.Name.Add(new F.HumanName { Text = name });
        }

        if (_losses.Text(person.Credentials, pointer + "/credentials") is { } credentials)
        {
            practitioner.Qualification.Add(new F.Practitioner.QualificationComponent { Code = new F.CodeableConcept { Text = credentials } });
        }

        if (_losses.Text(person.Identifier, pointer + "/identifier") is { } identifier)
        {
            practitioner.Identifier.Add(new F.Identifier { Value = identifier });
        }

        _losses.Unknown(person.UnknownMembers, pointer);
        return Add(practitioner, "practitioner" + pointer);
    }

    /// <summary>A reference that says the value is unknown, for elements FHIR requires (Composition.author) when the article has none.</summary>
    private static F.ResourceReference DataAbsent()
    {
        var reference = new F.ResourceReference();
        reference.Extension.Add(new F.Extension(FhirUrls.DataAbsentReason, new F.Code("unknown")));
        return reference;
    }

    private static F.Composition.SectionComponent Section(string code, string? title) => new()
    {
        Title = title,
        Code = new F.CodeableConcept(FhirUrls.SectionSystem, code),
    };

    private F.CodeableConcept Concept(CodedConcept concept, string pointer)
    {
        var result = new F.CodeableConcept { Text = _losses.Text(concept.Text, pointer + "/text") };
        for (var i = 0; i < concept.Codings.Count; i++)
        {
            var coding = concept.Codings[i];
            var codingPointer = Pointers.Index(pointer + "/codings", i);
            if (coding.System is null || coding.Code is null || !FhirText.IsUri(coding.System) || !FhirText.IsCode(coding.Code))
            {
                _losses.Add(IssueCodes.FhirCodeNotCarried, codingPointer, FhirMessages.CodeNotCarried(coding.System + "|" + coding.Code));
                continue;
            }

            result.Coding.Add(new F.Coding(coding.System, coding.Code, _losses.Text(coding.Display, codingPointer + "/display")));
            _losses.Unknown(coding.UnknownMembers, codingPointer);
        }

        _losses.Unknown(concept.UnknownMembers, pointer);
        return result;
    }

    private void AddString(List<F.Extension> extensions, string url, string? value, string pointer)
    {
        if (_losses.Text(value, pointer) is { } text)
        {
            extensions.Add(new F.Extension(url, new F.FhirString(text)));
        }
    }

    private void AddCode(List<F.Extension> extensions, string url, string? code, string value, string pointer)
    {
        if (code is null)
        {
            _losses.Add(IssueCodes.FhirValueNotCarried, pointer, FhirMessages.ValueNotCarried(value, "one of the model's values"));
            return;
        }

        extensions.Add(new F.Extension(url, new F.Code(code)));
    }

    private static void AddDate(List<F.Extension> extensions, string url, DateOnly? date)
    {
        if (date is { } value)
        {
            extensions.Add(new F.Extension(url, new F.Date(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
    }
}
