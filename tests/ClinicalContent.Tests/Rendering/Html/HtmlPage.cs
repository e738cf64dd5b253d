using System.Xml;
using System.Xml.Linq;

namespace ClinicalContent.Tests.Rendering.Html;

/// <summary>A rendered page parsed as XML (the renderer writes XHTML-compatible markup), with the checks every page must pass.</summary>
internal sealed class HtmlPage
{
    private HtmlPage(string html, XDocument document)
    {
        Html = html;
        Document = document;
    }

    public string Html { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>Parses <paramref name="html"/>; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static HtmlPage Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return new HtmlPage(html, XDocument.Load(reader, LoadOptions.None));
    }

    public IEnumerable<XElement> Elements(string name) => Document.Descendants(name);

    public IEnumerable<XElement> WithClass(string cssClass) =>
        Document.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public XElement? ById(string id) => Document.Descendants().SingleOrDefault(e => (string?)e.Attribute("id") == id);

    /// <summary>The citation links (<c>a</c> elements whose id starts with <c>cite-</c>), in document order.</summary>
    public IReadOnlyList<XElement> CitationLinks() =>
        [.. Elements("a").Where(static a => ((string?)a.Attribute("id"))?.StartsWith("cite-", StringComparison.Ordinal) == true)];

    /// <summary>The text of the page's JSON-LD data block, or null when it has none.</summary>
    public string? JsonLd => Elements("script").SingleOrDefault(static s => (string?)s.Attribute("type") == "application/ld+json")?.Value;

    /// <summary>Everything checked of any page: structure, unique ids, resolvable in-page links, and no script but
    /// at most one JSON-LD data block in the head.</summary>
    public void ShouldBeValidPage()
    {
        Html.Should().StartWith("<!DOCTYPE html>\n");
        var scripts = Elements("script").ToList();
        scripts.Should().HaveCountLessThanOrEqualTo(1);
        foreach (var script in scripts)
        {
            script.Parent!.Name.LocalName.Should().Be("head");
            script.Attributes().Select(static a => (a.Name.LocalName, a.Value)).Should().Equal(("type", "application/ld+json"));
            script.HasElements.Should().BeFalse();
        }

        // Every "<script" in the markup is one of those elements: none hides in text or comments.
        System.Text.RegularExpressions.Regex.Count(Html, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Should().Be(scripts.Count);
        Root.Name.LocalName.Should().Be("html");
        ((string?)Root.Attribute("lang")).Should().NotBeNullOrWhiteSpace();
        Elements("meta").Should().Contain(static m => (string?)m.Attribute("charset") == "utf-8");
        Elements("meta").Should().Contain(static m => (string?)m.Attribute("name") == "viewport");
        Elements("title").Should().ContainSingle();
        Elements("style").Should().ContainSingle().Which.Value.Should().Contain("@media print");
        Elements("header").Should().ContainSingle();
        Elements("main").Should().ContainSingle();
        Elements("footer").Should().ContainSingle();
        Elements("h1").Should().ContainSingle();

        var ids = Document.Descendants().Select(static e => (string?)e.Attribute("id")).OfType<string>().ToList();
        ids.Should().OnlyHaveUniqueItems();
        foreach (var href in Elements("a").Select(static a => (string?)a.Attribute("href")).OfType<string>())
        {
            if (href.StartsWith('#'))
            {
                ids.Should().Contain(href[1..], "every in-page link needs a target");
            }
            else
            {
                href.Should().MatchRegex("^https?://", "only http and https addresses may become links");
            }
        }

        foreach (var section in Elements("section"))
        {
            var labelledBy = (string?)section.Attribute("aria-labelledby");
            labelledBy.Should().NotBeNull();
            ById(labelledBy!)!.Name.LocalName.Should().MatchRegex("^h[2-6]$");
        }
    }
}
