using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Import;

internal sealed partial class BundleReader
{
    private EquatableArray<Reference> References(F.Composition.SectionComponent section, string pointer)
    {
        SectionExtensions(section, pointer, null, null, null);
        NoSubsections(section, pointer);
        var references = new List<Reference>();
        for (var i = 0; i < section.Entry.Count; i++)
        {
            if (Resolve<F.DocumentReference>(section.Entry[i], Pointers.Index(pointer + "/entry", i), "DocumentReference") is { } found
                && Reference(found.Resource, found.Pointer) is { } reference)
            {
                references.Add(reference);
            }
        }

        return references.ToEquatableArray();
    }

    private Reference? Reference(F.DocumentReference document, string pointer)
    {
        Unread(document, pointer, "id", "status", "identifier", "type", "contained", "author", "extension", "content");
        string? id = null, doi = null, pmid = null;
        for (var i = 0; i < document.Identifier.Count; i++)
        {
            var identifier = document.Identifier[i];
            var at = Pointers.Index(pointer + "/identifier", i);
            Unread(identifier, at, "system", "value");
            switch (identifier.System)
            {
                case FhirUrls.ReferenceIdSystem: id = identifier.Value; break;
                case FhirUrls.DoiSystem: doi = identifier.Value; break;
                case FhirUrls.PmidSystem: pmid = identifier.Value; break;
                default: NotRead(at, "The identifier of system '" + identifier.System + "'"); break;
            }
        }

        var kindCode = document.Type?.Coding.FirstOrDefault(static c => c.System == FhirUrls.ReferenceKindSystem)?.Code;
        var hasKind = WireNames<ReferenceKind>.TryParse(kindCode, out var kind);
        if (!hasKind)
        {
            Invalid(pointer + "/type", "The reference kind (DocumentReference.type)", "a coding of " + FhirUrls.ReferenceKindSystem + ": " + WireNames<ReferenceKind>.Expected);
        }

        var authors = new List<Author>();
        var usedContained = new HashSet<int>();
        for (var i = 0; i < document.Author.Count; i++)
        {
            if (Author(document, document.Author[i].Reference, Pointers.Index(pointer + "/author", i), pointer, usedContained) is { } author)
            {
                authors.Add(author);
            }
        }

        for (var i = 0; i < document.Contained.Count; i++)
        {
            if (!usedContained.Contains(i))
            {
                NotRead(Pointers.Index(pointer + "/contained", i), "A contained resource that no author points to");
            }
        }

        string? container = null, publisher = null, volume = null, issue = null, pages = null;
        for (var i = 0; i < document.Extension.Count; i++)
        {
            var extension = document.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            if (extension.Url != FhirUrls.ReferenceDetails)
            {
                NotRead(at, "The extension '" + extension.Url + "'");
                continue;
            }

            NoValue(extension, at);
            for (var j = 0; j < extension.Extension.Count; j++)
            {
                var part = extension.Extension[j];
                var partAt = Pointers.Index(at + "/extension", j);
                switch (part.Url)
                {
                    case "container": container = String(part, partAt); break;
                    case "publisher": publisher = String(part, partAt); break;
                    case "volume": volume = String(part, partAt); break;
                    case "issue": issue = String(part, partAt); break;
                    case "pages": pages = String(part, partAt); break;
                    default: NotRead(partAt, "The reference extension '" + part.Url + "'"); break;
                }
            }
        }

        F.Attachment? attachment = null;
        for (var i = 0; i < document.Content.Count; i++)
        {
            var at = Pointers.Index(pointer + "/content", i);
            if (i > 0)
            {
                NotRead(at, "A second content");
                continue;
            }

            Unread(document.Content[i], at, "attachment");
            attachment = document.Content[i].Attachment;
            if (attachment is not null)
            {
                Unread(attachment, at + "/attachment", "title", "url", "creation");
            }
        }

        PartialDate? issued = null;
        if (attachment?.Creation is { } creation)
        {
            if (PartialDate.TryParse(creation, out var date))
            {
                issued = date;
            }
            else
            {
                Invalid(pointer + "/content/0/attachment/creation", "The issued date", "yyyy, yyyy-MM or yyyy-MM-dd");
            }
        }

        var hasId = Required(id, pointer + "/identifier", "The reference id (an identifier with system " + FhirUrls.ReferenceIdSystem + ")");
        if (!Required(attachment?.Title, pointer + "/content", "The reference title (content.attachment.title)") || !hasId || !hasKind)
        {
            return null;
        }

        return new Reference
        {
            Id = new ReferenceId(id!),
            Kind = kind,
            Title = attachment!.Title!,
            Authors = authors.ToEquatableArray(),
            Container = container,
            Publisher = publisher,
            Issued = issued,
            Volume = volume,
            Issue = issue,
            Pages = pages,
            Doi = doi,
            Pmid = pmid,
            Url = attachment.Url,
        };
    }

    private Author? Author(F.DocumentReference document, string? reference, string pointer, string documentPointer, HashSet<int> used)
    {
        var index = reference is ['#', .. var localId] ? document.Contained.FindIndex(r => r.Id == localId) : -1;
        var at = Pointers.Index(documentPointer + "/contained", index);
        used.Add(index);
        switch (index < 0 ? null : document.Contained[index])
        {
            case F.Organization organization:
                Unread(organization, at, "id", "name");
                return Required(organization.Name, at + "/name", "The author's name (Organization.name)") ? new Author { Literal = organization.Name } : null;
            case F.Practitioner practitioner:
                Unread(practitioner, at, "id", "name");
                var name = practitioner.Name.FirstOrDefault();
                if (name is not null)
                {
                    Unread(name, at + "/name/0", "family", "given", "text");
                }

                return new Author { Family = name?.Family, Given = name?.Given.FirstOrDefault(), Literal = name?.Text };
            default:
                Error(Validation.IssueCodes.FhirReferenceUnresolved, pointer, FhirMessages.ReferenceUnresolved(reference, "contained Practitioner or Organization"));
                return null;
        }
    }
}
