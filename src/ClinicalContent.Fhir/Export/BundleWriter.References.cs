using System.Globalization;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Export;

internal sealed partial class BundleWriter
{
    private void References(F.Composition composition, EquatableArray<Reference> references)
    {
        if (references.IsEmpty)
        {
            return;
        }

        var section = Section(SectionCodes.References, "References");
        var listed = new Dictionary<ReferenceId, string>();
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            section.Entry.Add(Add(Document(reference, Pointers.Index("/references", i)), "document" + Pointers.Index("/references", i)));
            _numbers.Of(reference.Id);
            listed.TryAdd(reference.Id, Describe(reference));
        }

        // Numbered as cited; a cited reference the article does not list still shows, marked, instead of vanishing.
        var narrative = new Narrative(_numbers).OpenList();
        foreach (var (id, number) in _numbers.All)
        {
            var text = listed.TryGetValue(id, out var description) ? description : id.Value + " (cited, but not in the reference list)";
            narrative.Item(string.Create(CultureInfo.InvariantCulture, $"[{number}] {text}"));
        }

        narrative.CloseList();
        Finish(section, narrative);
        composition.Section.Add(section);
    }

    private static string Describe(Reference reference)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in new[] { reference.Title, reference.Container, reference.Publisher, reference.Issued?.ToString() })
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            text.Append(part);
            if (!part.EndsWith('.'))
            {
                text.Append('.');
            }

            text.Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private F.DocumentReference Document(Reference reference, string pointer)
    {
        var document = new F.DocumentReference { Status = F.DocumentReferenceStatus.Current };
        if (_losses.Text(reference.Id.Value, pointer + "/id") is { } id)
        {
            document.Identifier.Add(new F.Identifier(FhirUrls.ReferenceIdSystem, id));
        }

        if (WireNames<ReferenceKind>.Of(reference.Kind) is { } kind)
        {
            document.Type = new F.CodeableConcept(FhirUrls.ReferenceKindSystem, kind);
        }
        else
        {
            _losses.Add(IssueCodes.FhirValueNotCarried, pointer + "/kind", FhirMessages.ValueNotCarried(reference.Kind.ToString(), "a reference kind"));
        }

        var attachment = new F.Attachment { Title = _losses.Text(reference.Title, pointer + "/title") };
        for (var i = 0; i < reference.Authors.Count; i++)
        {
            var localId = "author-" + i.ToString(CultureInfo.InvariantCulture);
            document.Contained.Add(Author(reference.Authors[i], localId, Pointers.Index(pointer + "/authors", i)));
            document.Author.Add(new F.ResourceReference("#" + localId));
        }

        var details = new F.Extension { Url = FhirUrls.ReferenceDetails };
        AddString(details.Extension, "container", reference.Container, pointer + "/container");
        AddString(details.Extension, "publisher", reference.Publisher, pointer + "/publisher");
        attachment.Creation = reference.Issued?.ToString();
        AddString(details.Extension, "volume", reference.Volume, pointer + "/volume");
        AddString(details.Extension, "issue", reference.Issue, pointer + "/issue");
        AddString(details.Extension, "pages", reference.Pages, pointer + "/pages");
        if (details.Extension.Count > 0)
        {
            document.Extension.Add(details);
        }

        if (_losses.Text(reference.Doi, pointer + "/doi") is { } doi)
        {
            document.Identifier.Add(new F.Identifier(FhirUrls.DoiSystem, doi));
        }

        if (_losses.Text(reference.Pmid, pointer + "/pmid") is { } pmid)
        {
            document.Identifier.Add(new F.Identifier(FhirUrls.PmidSystem, pmid));
        }

        if (reference.Url is { } url)
        {
            if (FhirText.IsUri(url))
            {
                attachment.Url = url;
            }
            else
            {
                _losses.Add(IssueCodes.FhirTextNotCarried, pointer + "/url", FhirMessages.TextNotCarried("URLs with whitespace, control characters or unpaired surrogates"));
            }
        }

        _losses.Unknown(reference.UnknownMembers, pointer);
        document.Content.Add(new F.DocumentReference.ContentComponent { Attachment = attachment });
        return document;
    }

    /// <summary>An author as a contained resource: an Organization for a name given only as a literal (a committee), else a Practitioner.</summary>
    private F.Resource Author(Author author, string localId, string pointer)
    {
        if (author.Family is null && author.Given is null && author.Literal is not null)
        {
            var organization = new F.Organization { Id = localId, Name = _losses.Text(author.Literal, pointer + "/literal") };
            _losses.Unknown(author.UnknownMembers, pointer);
            return organization;
        }

        var name = new F.HumanName { Family = _losses.Text(author.Family, pointer + "/family") };
        if (_losses.Text(author.Given, pointer + "/given") is { } given)
        {
            name.Given = [given];
        }

        name.Text = _losses.Text(author.Literal, pointer + "/literal");
        _losses.Unknown(author.UnknownMembers, pointer);
        var practitioner = new F.Practitioner { Id = localId };
        if (name.Family is not null || name.Text is not null || name.Given.Any())
        {
            practitioner.Name.Add(name);
        }

        return practitioner;
    }
}
