using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.JsonLd;

/// <summary>The references the article lists, as the page's <c>citation</c>s: one creative work each, in list order.</summary>
internal sealed partial class JsonLdWriter
{
    private void WriteCitations()
    {
        if (!_article.References.Any(static r => r is not null))
        {
            return;
        }

        _w.WriteStartArray("citation"u8);
        foreach (var reference in _article.References)
        {
            if (reference is not null)
            {
                WriteReference(reference);
            }
        }

        _w.WriteEndArray();
    }

    private void WriteReference(Reference reference)
    {
        var type = WorkType(reference);
        _w.WriteStartObject();
        _w.WriteString("@type"u8, type);
        String("name"u8, reference.Title);
        WriteAuthors(reference.Authors);
        if (reference.Issued is { Year: > 0 } issued)
        {
            _w.WriteString("datePublished"u8, issued.ToString());
        }

        if (reference.Publisher is { } publisher)
        {
            _w.WritePropertyName("publisher"u8);
            WriteOrganization(publisher);
        }

        WriteContainer(reference, type);
        if (type is "ScholarlyArticle" or "Chapter")
        {
            String("pagination"u8, reference.Pages);
        }

        var doiUrl = WebAddresses.Doi(reference.Doi);
        var pubMedUrl = JsonLdText.PubMedUrl(reference.Pmid);
        // An address that is not http or https (the schema allows no other) is not carried: it would be a link.
        var url = WebAddresses.Http(reference.Url) ?? doiUrl;
        String("url"u8, url);
        var sameAs = new[] { doiUrl, pubMedUrl }.Where(u => u is not null && !string.Equals(u, url, StringComparison.Ordinal)).ToList();
        if (sameAs.Count > 0)
        {
            _w.WriteStartArray("sameAs"u8);
            foreach (var address in sameAs)
            {
                StringValue(address!);
            }

            _w.WriteEndArray();
        }

        if (reference.Doi is not null || reference.Pmid is not null)
        {
            _w.WriteStartArray("identifier"u8);
            Identifier("DOI", reference.Doi);
            Identifier("PMID", reference.Pmid);
            _w.WriteEndArray();
        }

        _w.WriteEndObject();
    }

    /// <summary>The schema.org type of a reference: articles of every kind are <c>ScholarlyArticle</c>s; a textbook is a
    /// <c>Book</c>, or a <c>Chapter</c> when it names the book it is in; a website a <c>WebPage</c>; anything else,
    /// drug labels included, a plain <c>CreativeWork</c>.</summary>
    private static string WorkType(Reference reference) => reference.Kind switch
    {
        ReferenceKind.Guideline or ReferenceKind.SystematicReview or ReferenceKind.Research or ReferenceKind.Review => "ScholarlyArticle",
        ReferenceKind.Textbook => reference.Container is null ? "Book" : "Chapter",
        ReferenceKind.Website => "WebPage",
        _ => "CreativeWork",
    };

    /// <summary>What the work appeared in. An article's journal is the <c>Periodical</c> at the end of schema.org's
    /// issue → volume → periodical chain, each link written only when the reference has it.</summary>
    private void WriteContainer(Reference reference, string type)
    {
        if (type != "ScholarlyArticle")
        {
            if (reference.Container is { } container)
            {
                _w.WritePropertyName("isPartOf"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, type switch { "Chapter" => "Book", "WebPage" => "WebSite", _ => "CreativeWork" });
                String("name"u8, container);
                _w.WriteEndObject();
            }

            return;
        }

        var links = 0;
        if (reference.Issue is { } issue)
        {
            _w.WritePropertyName("isPartOf"u8);
            _w.WriteStartObject();
            _w.WriteString("@type"u8, "PublicationIssue");
            String("issueNumber"u8, issue);
            links++;
        }

        if (reference.Volume is { } volume)
        {
            _w.WritePropertyName("isPartOf"u8);
            _w.WriteStartObject();
            _w.WriteString("@type"u8, "PublicationVolume");
            String("volumeNumber"u8, volume);
            links++;
        }

        if (reference.Container is { } journal)
        {
            _w.WritePropertyName("isPartOf"u8);
            _w.WriteStartObject();
            _w.WriteString("@type"u8, "Periodical");
            String("name"u8, journal);
            links++;
        }

        for (var i = 0; i < links; i++)
        {
            _w.WriteEndObject();
        }
    }

    private void WriteAuthors(EquatableArray<Author> authors)
    {
        var named = authors.Where(static a => a is not null && (a.Literal ?? a.Family ?? a.Given) is not null).ToList();
        if (named.Count == 0)
        {
            return;
        }

        _w.WriteStartArray("author"u8);
        foreach (var author in named)
        {
            _w.WriteStartObject();
            if (author.Literal is { } literal)
            {
                // A name not split into parts is a committee or another body in the references seen so far.
                _w.WriteString("@type"u8, "Organization");
                String("name"u8, literal);
            }
            else
            {
                _w.WriteString("@type"u8, "Person");
                String("name"u8, author.Given is null ? author.Family : author.Family is null ? author.Given : author.Given + " " + author.Family);
                String("givenName"u8, author.Given);
                String("familyName"u8, author.Family);
            }

            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    private void Identifier(string scheme, string? value)
    {
        if (value is null)
        {
            return;
        }

        _w.WriteStartObject();
        _w.WriteString("@type"u8, "PropertyValue");
        _w.WriteString("propertyID"u8, scheme);
        String("value"u8, value);
        _w.WriteEndObject();
    }
}
