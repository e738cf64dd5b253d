using System.Globalization;
using System.Net;
using System.Text;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Export;

/// <summary>
/// Writes the XHTML narrative of one Composition section: generated from the structured content, every text HTML-encoded,
/// citations shown as numbers by first appearance in the document. Import never reads it back.
/// </summary>
internal sealed class Narrative
{
    private readonly StringBuilder _html = new();
    private readonly CitationNumbers _numbers;

    public Narrative(CitationNumbers numbers) => _numbers = numbers;

    public bool IsEmpty => _html.Length == 0;

    public Narrative Paragraph(string? text, string? label = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        _html.Append("<p>");
        if (label is not null)
        {
            _html.Append("<b>").Append(Encode(label)).Append(":</b> ");
        }

        _html.Append(Encode(text)).Append("</p>");
        return this;
    }

    public Narrative Statements(EquatableArray<Statement> statements)
    {
        if (statements.IsEmpty)
        {
            return this;
        }

        _html.Append("<ul>");
        foreach (var statement in statements)
        {
            _html.Append("<li>");
            Statement(statement);
            _html.Append("</li>");
        }

        _html.Append("</ul>");
        return this;
    }

    /// <summary>A statement as a paragraph with its citations, its points listed below it.</summary>
    public Narrative Lead(Statement statement)
    {
        _html.Append("<p>").Append(Encode(statement.Text ?? string.Empty));
        Citations(statement.Citations);
        _html.Append("</p>");
        return Statements(statement.Points);
    }

    /// <summary>One statement as a list item.</summary>
    public Narrative StatementItem(Statement statement)
    {
        _html.Append("<li>");
        Statement(statement);
        _html.Append("</li>");
        return this;
    }

    /// <summary>One statement inline: its text, its citation numbers and its nested points.</summary>
    public Narrative Statement(Statement statement)
    {
        _html.Append(Encode(statement.Text ?? string.Empty));
        Citations(statement.Citations);
        Statements(statement.Points);
        return this;
    }

    public Narrative Citations(EquatableArray<Citation> citations)
    {
        if (citations.IsEmpty)
        {
            return this;
        }

        _html.Append(" <sup>[");
        for (var i = 0; i < citations.Count; i++)
        {
            if (i > 0)
            {
                _html.Append(", ");
            }

            _html.Append(_numbers.Of(citations[i].ReferenceId).ToString(CultureInfo.InvariantCulture));
            if (citations[i].Locator is { } locator)
            {
                _html.Append(' ').Append(Encode(locator));
            }
        }

        _html.Append("]</sup>");
        return this;
    }

    public Narrative Concepts(string label, EquatableArray<CodedConcept> concepts)
    {
        if (!concepts.IsEmpty)
        {
            Paragraph(string.Join("; ", concepts.Select(static c => c.Text)), label);
        }

        return this;
    }

    public Narrative OpenList()
    {
        _html.Append("<ul>");
        return this;
    }

    public Narrative CloseList()
    {
        _html.Append("</ul>");
        return this;
    }

    public Narrative OpenOrderedList()
    {
        _html.Append("<ol>");
        return this;
    }

    public Narrative CloseOrderedList()
    {
        _html.Append("</ol>");
        return this;
    }

    /// <summary>Opens a list item with a bold name and an optional text after it; close with <see cref="CloseItem"/>.</summary>
    public Narrative OpenItem(string name, string? text = null)
    {
        _html.Append("<li><b>").Append(Encode(name)).Append("</b>");
        if (!string.IsNullOrEmpty(text))
        {
            _html.Append(": ").Append(Encode(text));
        }

        return this;
    }

    public Narrative CloseItem()
    {
        _html.Append("</li>");
        return this;
    }

    public Narrative Item(string text)
    {
        _html.Append("<li>").Append(Encode(text)).Append("</li>");
        return this;
    }

    /// <summary>The finished narrative, or null when nothing was written (FHIR forbids an empty div).</summary>
    public Hl7.Fhir.Model.Narrative? ToFhir() => IsEmpty
        ? null
        : new Hl7.Fhir.Model.Narrative
        {
            Status = Hl7.Fhir.Model.Narrative.NarrativeStatus.Generated,
            Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + _html + "</div>",
        };

    private static string Encode(string text) => WebUtility.HtmlEncode(FhirText.ForXml(text));
}
