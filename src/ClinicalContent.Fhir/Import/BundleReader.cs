using System.Globalization;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using Hl7.Fhir.Utility;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Import;

/// <summary>
/// Reads an article back from a FHIR R4 document Bundle of the shape <see cref="Export.BundleWriter"/> writes. Every problem is
/// an issue with a JSON Pointer into the Bundle's FHIR JSON; nothing is dropped without a word. One instance per import.
/// </summary>
internal sealed partial class BundleReader
{
    /// <summary>How deep statements may nest; deeper points are reported, not read (and never recursed into).</summary>
    public const int MaxStatementDepth = 64;

    private readonly F.Bundle _bundle;
    private readonly List<ValidationIssue> _issues = [];
    private readonly Dictionary<string, int> _entryByUrl = new(StringComparer.Ordinal);
    private readonly HashSet<int> _usedEntries = [];

    private BundleReader(F.Bundle bundle) => _bundle = bundle;

    /// <summary>Reads <paramref name="bundle"/>; <paramref name="positions"/> adds line and column when it came from JSON text.</summary>
    public static FhirImport Read(F.Bundle bundle, JsonPositions? positions, IEnumerable<ValidationIssue>? earlier = null)
    {
        var reader = new BundleReader(bundle);
        if (earlier is not null)
        {
            reader._issues.AddRange(earlier);
        }

        ClinicalArticle? article;
        try
        {
            article = reader.Article();
        }
        catch (Exception failure) when (failure is CodedException or NullReferenceException or InvalidCastException or FormatException
            or OverflowException or ArgumentException or InvalidOperationException)
        {
            // Firely's model throws when asked for a primitive whose value does not parse (a partly parsed Bundle keeps the
            // raw text), and a Bundle built in code can hold null list items. Either way the Bundle is not one to build an
            // article from; say so instead of letting the exception out.
            reader.Error(IssueCodes.FhirValueInvalid, string.Empty, FhirMessages.BundleUnreadable(failure.GetType().Name, failure.Message));
            article = null;
        }

        var issues = reader._issues.Select(i => i.Position is null && positions?.Find(i.Pointer) is { } position ? i with { Position = position } : i);
        return new FhirImport { Article = article, Issues = issues.ToEquatableArray() };
    }

    private ClinicalArticle? Article()
    {
        if (_bundle.Type != F.Bundle.BundleType.Document)
        {
            Error(IssueCodes.FhirBundleNotDocument, "/type", FhirMessages.BundleNotDocument(_bundle.TypeElement?.JsonValue?.ToString()));
            return null;
        }

        if (_bundle.Entry.FirstOrDefault()?.Resource is not F.Composition composition)
        {
            var found = _bundle.Entry.FirstOrDefault()?.Resource?.TypeName;
            Error(IssueCodes.FhirCompositionMissing, _bundle.Entry.Count == 0 ? "/entry" : "/entry/0/resource", FhirMessages.CompositionMissing(found));
            return null;
        }

        const string at = "/entry/0/resource";
        if (composition.Type?.Coding.Any(static c => c.System == FhirUrls.DocumentTypeSystem && c.Code == FhirUrls.DocumentTypeCode) != true)
        {
            Error(IssueCodes.FhirDocumentTypeUnknown, at + "/type", FhirMessages.DocumentTypeUnknown);
            return null;
        }

        IndexEntries();
        _usedEntries.Add(0);
        Unread(_bundle, string.Empty, "id", "identifier", "type", "timestamp", "entry");
        return Composition(composition, at);
    }

    private void IndexEntries()
    {
        for (var i = 0; i < _bundle.Entry.Count; i++)
        {
            var entry = _bundle.Entry[i];
            var pointer = Pointers.Index("/entry", i);
            Unread(entry, pointer, "fullUrl", "resource");
            if (entry.FullUrl is { } fullUrl)
            {
                _entryByUrl.TryAdd(fullUrl, i);
            }

            if (entry.Resource is { Id: { } id } resource)
            {
                _entryByUrl.TryAdd(resource.TypeName + "/" + id, i);
            }

            if (entry.Resource is F.ActivityDefinition { Url: { } canonical })
            {
                _entryByUrl.TryAdd(canonical, i);
            }
        }
    }

    private ClinicalArticle? Composition(F.Composition composition, string at)
    {
        Unread(composition, at, "id", "language", "extension", "identifier", "status", "type", "subject", "date", "author", "title", "attester", "section");
        string? schemaVersion = null, version = null, question = null, disclaimer = null;
        CodedConcept? condition = null;
        Audience? audience = null;
        ReviewInfo? review = null;
        for (var i = 0; i < composition.Extension.Count; i++)
        {
            var extension = composition.Extension[i];
            var pointer = Pointers.Index(at + "/extension", i);
            switch (extension.Url)
            {
                case FhirUrls.SchemaVersion: schemaVersion = String(extension, pointer); break;
                case FhirUrls.ArticleVersion: version = String(extension, pointer); break;
                case FhirUrls.Question: question = String(extension, pointer); break;
                case FhirUrls.Condition: condition = Concept(extension, pointer); break;
                case FhirUrls.Audience: audience = Code<Audience>(extension, pointer); break;
                case FhirUrls.Review: review = Review(extension, pointer, composition); break;
                case FhirUrls.Disclaimer: disclaimer = String(extension, pointer); break;
                default: NotRead(pointer, "The extension '" + extension.Url + "'"); break;
            }
        }

        var id = composition.Identifier is { System: FhirUrls.ArticleIdSystem, Value: { } idValue } ? idValue : null;
        Required(id, at + "/identifier", "The article id (Composition.identifier with system " + FhirUrls.ArticleIdSystem + ")");
        Required(composition.Language, at + "/language", "The language (Composition.language)");
        Required(question, at + "/extension", "The question (extension " + FhirUrls.Question + ")");
        Required(composition.Title, at + "/title", "The title (Composition.title)");
        Required(condition, at + "/extension", "The condition (extension " + FhirUrls.Condition + ")");
        Required(audience, at + "/extension", "The audience (extension " + FhirUrls.Audience + ")");
        Required(review, at + "/extension", "The review (extension " + FhirUrls.Review + ")");

        var parts = Sections(composition, at);
        Required(parts.Summary, at + "/section", "The summary (a section with code 'summary')");
        UnusedEntries();
        if (id is null || composition.Language is null || question is null || composition.Title is null || parts.Summary is null
            || condition is null || audience is null || review is null)
        {
            return null;
        }

        return new ClinicalArticle
        {
            SchemaVersion = schemaVersion ?? ClinicalArticle.CurrentSchemaVersion,
            Id = new ArticleId(id),
            Language = composition.Language,
            Version = version,
            Question = question,
            Title = composition.Title,
            Summary = parts.Summary,
            Condition = condition,
            Audience = audience.Value,
            Review = review,
            Diagnosis = parts.Diagnosis,
            FirstLineTherapy = parts.FirstLineTherapy,
            Alternatives = parts.Alternatives,
            SpecialScenarios = parts.SpecialScenarios,
            Precautions = parts.Precautions,
            FollowUp = parts.FollowUp,
            OtherSections = parts.OtherSections,
            References = parts.References,
            Disclaimer = disclaimer,
        };
    }

    private ReviewInfo? Review(F.Extension review, string pointer, F.Composition composition)
    {
        ReviewStatus? status = null;
        var reviewers = new List<Person>();
        var notices = new List<ReviewNotice>();
        DateOnly? lastUpdated = null, lastReviewed = null, approvedOn = null;
        for (var i = 0; i < review.Extension.Count; i++)
        {
            var extension = review.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (extension.Url)
            {
                case "status": status = Code<ReviewStatus>(extension, at); break;
                case "reviewer":
                    if (Reviewer(extension, at) is { } reviewer)
                    {
                        reviewers.Add(reviewer);
                    }

                    break;
                case "lastUpdated": lastUpdated = Date(extension, at); break;
                case "lastReviewed": lastReviewed = Date(extension, at); break;
                case "approvedOn": approvedOn = Date(extension, at); break;
                case "notice":
                    if (Notice(extension, at) is { } notice)
                    {
                        notices.Add(notice);
                    }

                    break;
                default: NotRead(at, "The review extension '" + extension.Url + "'"); break;
            }
        }

        if (!Required(status, pointer, "The review status (sub-extension 'status')"))
        {
            return null;
        }

        return new ReviewInfo
        {
            Status = status!.Value,
            Reviewers = reviewers.ToEquatableArray(),
            Board = Board(composition),
            LastUpdated = lastUpdated,
            LastReviewed = lastReviewed,
            ApprovedOn = approvedOn,
            Notices = notices.ToEquatableArray(),
        };
    }

    private string? Board(F.Composition composition)
    {
        const string at = "/entry/0/resource/author";
        string? board = null;
        for (var i = 0; i < composition.Author.Count; i++)
        {
            var author = composition.Author[i];
            if (author.Reference is null && author.Extension.Any(static e => e.Url == FhirUrls.DataAbsentReason))
            {
                continue;
            }

            if (board is null && Resolve<F.Organization>(author, Pointers.Index(at, i), "Organization") is { } organization)
            {
                Unread(organization.Resource, organization.Pointer, "id", "name");
                board = organization.Resource.Name;
                Required(board, organization.Pointer + "/name", "The board's name (Organization.name)");
            }
            else if (board is not null)
            {
                NotRead(Pointers.Index(at, i), "A second author");
            }
        }

        return board;
    }

    private Person? Reviewer(F.Extension extension, string pointer)
    {
        if (extension.Value is not F.ResourceReference reference)
        {
            Invalid(pointer, "The reviewer", "a valueReference to a Practitioner");
            return null;
        }

        if (Resolve<F.Practitioner>(reference, pointer + "/valueReference", "Practitioner") is not { } found)
        {
            return null;
        }

        var (practitioner, at) = found;
        Unread(practitioner, at, "id", "name", "qualification", "identifier");
        var name = practitioner.Name.FirstOrDefault()?.Text;
        if (!Required(name, at + "/name", "The reviewer's name (Practitioner.name.text)"))
        {
            return null;
        }

        return new Person
        {
            Name = name!,
            Credentials = practitioner.Qualification.FirstOrDefault()?.Code?.Text,
            Identifier = practitioner.Identifier.FirstOrDefault()?.Value,
        };
    }

    private ReviewNotice? Notice(F.Extension notice, string pointer)
    {
        ReviewNoticeKind? kind = null;
        string? text = null;
        for (var i = 0; i < notice.Extension.Count; i++)
        {
            var extension = notice.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (extension.Url)
            {
                case "kind": kind = Code<ReviewNoticeKind>(extension, at); break;
                case "text": text = String(extension, at); break;
                default: NotRead(at, "The notice extension '" + extension.Url + "'"); break;
            }
        }

        var hasKind = Required(kind, pointer, "The notice kind (sub-extension 'kind')");
        return Required(text, pointer, "The notice text (sub-extension 'text')") && hasKind
            ? new ReviewNotice { Kind = kind!.Value, Text = text! }
            : null;
    }

    private void UnusedEntries()
    {
        for (var i = 0; i < _bundle.Entry.Count; i++)
        {
            if (!_usedEntries.Contains(i))
            {
                NotRead(Pointers.Index("/entry", i), "The entry " + (_bundle.Entry[i].Resource?.TypeName ?? "without a resource") + " that nothing in the Composition points to");
            }
        }
    }

    // ---- resolving references -----------------------------------------------------------------------------------

    private (T Resource, string Pointer)? Resolve<T>(F.ResourceReference? reference, string pointer, string expected)
        where T : F.Resource => Resolve<T>(reference?.Reference, pointer, expected);

    private (T Resource, string Pointer)? Resolve<T>(string? url, string pointer, string expected)
        where T : F.Resource
    {
        if (url is not null && _entryByUrl.TryGetValue(url, out var index) && _bundle.Entry[index].Resource is T resource)
        {
            _usedEntries.Add(index);
            return (resource, Pointers.Index("/entry", index) + "/resource");
        }

        Error(IssueCodes.FhirReferenceUnresolved, pointer, FhirMessages.ReferenceUnresolved(url, expected));
        return null;
    }

    // ---- values of extensions -----------------------------------------------------------------------------------

    private string? String(F.Extension extension, string pointer)
    {
        if (extension.Value is F.FhirString { Value: { } value })
        {
            return value;
        }

        Invalid(pointer, "The extension '" + extension.Url + "'", "a valueString");
        return null;
    }

    private T? Code<T>(F.Extension extension, string pointer)
        where T : struct, Enum
    {
        if (extension.Value is F.Code { Value: { } value } && WireNames<T>.TryParse(value, out var parsed))
        {
            return parsed;
        }

        Invalid(pointer, "The extension '" + extension.Url + "'", "a valueCode of " + WireNames<T>.Expected);
        return null;
    }

    private DateOnly? Date(F.Extension extension, string pointer)
    {
        if (extension.Value is F.Date { Value: { } value }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Invalid(pointer, "The extension '" + extension.Url + "'", "a valueDate in the form yyyy-MM-dd");
        return null;
    }

    private CodedConcept? Concept(F.Extension extension, string pointer)
    {
        if (extension.Value is F.CodeableConcept concept)
        {
            return Concept(concept, pointer + "/valueCodeableConcept");
        }

        Invalid(pointer, "The extension '" + extension.Url + "'", "a valueCodeableConcept");
        return null;
    }

    private CodedConcept? Concept(F.CodeableConcept concept, string pointer)
    {
        Unread(concept, pointer, "text", "coding");
        var codings = new List<Coding>();
        for (var i = 0; i < concept.Coding.Count; i++)
        {
            var coding = concept.Coding[i];
            var at = Pointers.Index(pointer + "/coding", i);
            Unread(coding, at, "system", "code", "display");
            var hasSystem = Required(coding.System, at + "/system", "The coding's system");
            if (Required(coding.Code, at + "/code", "The coding's code") && hasSystem)
            {
                codings.Add(new Coding { System = coding.System!, Code = coding.Code!, Display = coding.Display });
            }
        }

        return Required(concept.Text, pointer + "/text", "The concept's text (CodeableConcept.text)")
            ? new CodedConcept { Text = concept.Text!, Codings = codings.ToEquatableArray() }
            : null;
    }

    // ---- issues -------------------------------------------------------------------------------------------------

    /// <summary>Reports every element of <paramref name="element"/> that is present and not in <paramref name="read"/>.</summary>
    private void Unread(F.Base element, string pointer, params string[] read)
    {
        foreach (var (name, _) in element.EnumerateElements())
        {
            if (Array.IndexOf(read, name) < 0)
            {
                NotRead(Pointers.Member(pointer, name), "The element '" + name + "'");
            }
        }
    }

    private bool Required<T>(T? value, string pointer, string what)
    {
        if (value is not null)
        {
            return true;
        }

        Error(IssueCodes.FhirRequiredElementMissing, pointer, FhirMessages.RequiredMissing(what));
        return false;
    }

    private void Invalid(string pointer, string what, string expected) =>
        Error(IssueCodes.FhirValueInvalid, pointer, FhirMessages.ValueInvalid(what, expected));

    private void NotRead(string pointer, string what) => _issues.Add(new ValidationIssue
    {
        Code = IssueCodes.FhirContentNotRead,
        Severity = IssueSeverity.Warning,
        Pointer = pointer,
        Message = FhirMessages.ContentNotRead(what),
    });

    private void Error(string code, string pointer, string message) => _issues.Add(new ValidationIssue
    {
        Code = code,
        Severity = IssueSeverity.Error,
        Pointer = pointer,
        Message = message,
    });
}
