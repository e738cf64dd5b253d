using System.Globalization;
using ClinicalContent.Model;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Tests.Samples;
using static ClinicalContent.Tests.Rendering.Html.HtmlArticles;

namespace ClinicalContent.Tests.Rendering.Html;

public sealed class HtmlRendererTests
{
    private static readonly HtmlRenderer s_renderer = new();

    public static TheoryData<string> SampleFiles => [.. SamplePaths.ArticleFileNames()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Render_Sample_IsAWellFormedAccessiblePage(string fileName)
    {
        var article = Sample(fileName);

        var page = HtmlPage.Parse(s_renderer.Render(article));

        page.ShouldBeValidPage();
        ((string?)page.Root.Attribute("lang")).Should().Be(article.Language);
        page.Elements("h1").Single().Value.Should().Be(article.Title);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Render_Sample_EveryCitationLinksToAReferenceThatLinksBack(string fileName)
    {
        var page = HtmlPage.Parse(s_renderer.Render(Sample(fileName)));

        foreach (var link in page.CitationLinks())
        {
            var target = page.ById(((string)link.Attribute("href")!)[1..]);
            target.Should().NotBeNull();
            target!.Name.LocalName.Should().Be("li");
            target.Descendants("a").Select(static a => (string?)a.Attribute("href"))
                .Should().Contain("#" + (string)link.Attribute("id")!);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Render_Sample_NumbersFirstAppearInAscendingOrder(string fileName)
    {
        var page = HtmlPage.Parse(s_renderer.Render(Sample(fileName)));

        var numbers = page.Elements("sup").SelectMany(static s => s.Elements())
            .Where(static e => e.Name.LocalName == "a" || (string?)e.Attribute("class") == "missing")
            .Select(static e => int.Parse(e.Value.Trim('[', ']'), CultureInfo.InvariantCulture))
            .ToList();

        numbers.Distinct().Should().BeInAscendingOrder().And.StartWith(numbers.Count == 0 ? [] : [1]);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Render_SampleTwice_GivesTheSameCharacters(string fileName)
    {
        var article = Sample(fileName);

        var first = s_renderer.Render(article);
        var second = new HtmlRenderer().Render(Sample(fileName));

        second.Should().Be(first);
    }

    [Fact]
    public void Render_Myoclonus_MatchesTheGoldenFile()
    {
        var html = s_renderer.Render(Sample("myoclonus.json"));

        HtmlGolden.Verify("myoclonus", html);
    }

    [Fact]
    public void Render_ReferencesListedInAnotherOrder_NumbersByFirstAppearance()
    {
        var article = Minimal(Cite("third-listed")) with
        {
            FollowUp = new FollowUpPlan { Points = [Point("Check", Cite("first-listed"), Cite("third-listed"))] },
            References = [Source("first-listed", "First listed"), Source("second-listed", "Never cited"), Source("third-listed", "Third listed")],
        };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        page.CitationLinks().Select(static a => a.Value).Should().Equal("1", "2", "1");
        page.CitationLinks().Select(static a => (string?)a.Attribute("href")).Should().Equal("#ref-1", "#ref-2", "#ref-1");
        page.ById("ref-1")!.Element("cite")!.Value.Should().Be("Third listed");
        page.ById("ref-2")!.Element("cite")!.Value.Should().Be("First listed");
        page.ById("ref-3")!.Element("cite")!.Value.Should().Be("Never cited");
        var items = page.WithClass("references").Single().Elements("li").ToList();
        items.Select(static li => (string?)li.Attribute("value")).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Render_ReferenceCitedTwice_HasABackLinkToEachCitation()
    {
        var article = Minimal(Cite("a")) with
        {
            FollowUp = new FollowUpPlan { Points = [Point("Again", Cite("a"))] },
            References = [Source("a", "A")],
        };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        var backLinks = page.ById("ref-1")!.Descendants("a").Where(static a => (string?)a.Attribute("class") == "backlink").ToList();
        backLinks.Select(static a => (string?)a.Attribute("href")).Should().Equal("#cite-1", "#cite-2");
        backLinks.Should().OnlyContain(static a => a.Value == "\u21A9");
    }

    [Fact]
    public void Render_CitationOfAnUnlistedReference_IsShownAsMissingNotDropped()
    {
        var article = Minimal(Cite("listed"), Cite("absent")) with { References = [Source("listed", "Listed")] };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        var missing = page.Elements("sup").SelectMany(static s => s.Elements("span")).Where(static s => (string?)s.Attribute("class") == "missing").ToList();
        missing.Should().ContainSingle();
        missing[0].Value.Should().Be("[2]");
        ((string?)missing[0].Attribute("title")).Should().Be("reference not listed");
        page.Elements("a").Should().NotContain(static a => (string?)a.Attribute("href") == "#ref-2");
        page.WithClass("missing-references").Single().Value.Should().Contain("absent");
        page.ShouldBeValidPage();
    }

    [Fact]
    public void Render_Seed_ShowsItsDanglingCitationsAsMissing()
    {
        var page = HtmlPage.Parse(s_renderer.Render(Sample("myoclonus.json")));

        var missing = page.Elements("sup").SelectMany(static s => s.Elements("span"))
            .Where(static s => (string?)s.Attribute("class") == "missing").Select(static s => s.Value).Distinct();
        missing.Should().BeEquivalentTo(["[5]", "[6]"]);
        page.WithClass("missing-references").Single().Value.Should().Contain("ref-5").And.Contain("ref-6");
    }

    [Fact]
    public void Render_HostileText_IsEncodedAndNeverALink()
    {
        const string Hostile = "<script>alert(\"x\")</script> & 'quotes' \"double\"";
        var article = Minimal(Cite("evil")) with
        {
            Title = Hostile,
            Question = "Is \"this\" <b>bold</b> & safe?",
            Language = "en\" onload=\"alert(1)",
            Diagnosis = new DiagnosticApproach { Points = [Point("<img src=x onerror=alert(1)>")] },
            References =
            [
                new Reference
                {
                    Id = new ReferenceId("evil"),
                    Kind = ReferenceKind.Website,
                    Title = Hostile,
                    Url = "javascript:alert(document.cookie)",
                    Doi = "10.1000/x\"onmouseover=\"alert(1)",
                    Pmid = "12<script>",
                },
                new Reference { Id = new ReferenceId("data"), Kind = ReferenceKind.Website, Title = "Data", Url = "data:text/html,<script>alert(1)</script>" },
                new Reference { Id = new ReferenceId("quoted"), Kind = ReferenceKind.Website, Title = "Quoted", Url = "https://example.org/\"onclick=\"x" },
            ],
            Disclaimer = "</footer><script>alert(1)</script>",
        };

        var html = s_renderer.Render(article);
        var page = HtmlPage.Parse(html);

        page.ShouldBeValidPage();
        html.Should().NotContain("<b>").And.NotContain("<img");
        page.Elements("script").Should().ContainSingle().Which.Value.Should().NotContainAny("<", ">", "&");
        html.Should().Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
        page.Elements("h1").Single().Value.Should().Be(Hostile);
        page.Elements("title").Single().Value.Should().Be(Hostile);
        ((string?)page.Root.Attribute("lang")).Should().Be("en\" onload=\"alert(1)");
        page.Root.Attributes().Should().ContainSingle();
        var hrefs = page.Elements("a").Select(static a => (string?)a.Attribute("href")).OfType<string>().ToList();
        hrefs.Should().OnlyContain(static h => h.StartsWith('#') || h.StartsWith("https://", StringComparison.Ordinal));
        hrefs.Should().NotContain(static h => h.Contains("javascript", StringComparison.OrdinalIgnoreCase) || h.Contains('"'));
        page.Root.Value.Should().Contain("javascript:alert(document.cookie)").And.Contain("data:text/html");
        page.Elements("footer").Single().Value.Should().Contain("</footer><script>alert(1)</script>");
    }

    [Fact]
    public void Render_ControlCharactersInText_StaysWellFormed()
    {
        var article = Minimal() with { Title = "Bell\u0007 and lone \uD800 surrogate, emoji \U0001F489 kept" };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        page.Elements("h1").Single().Value.Should().Be("Bell\uFFFD and lone \uFFFD surrogate, emoji \U0001F489 kept");
    }

    [Fact]
    public void Render_Identifiers_BecomeDoiAndPubMedLinks()
    {
        var article = Minimal(Cite("r")) with
        {
            References = [Source("r", "R") with { Doi = "10.1016/S1474-4422(04)00875-1", Pmid = "15541451", Url = "https://example.org/a?b=1&c=2" }],
        };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        var hrefs = page.ById("ref-1")!.Descendants("a").Select(static a => (string?)a.Attribute("href")).ToList();
        hrefs.Should().Contain("https://doi.org/10.1016/S1474-4422%2804%2900875-1");
        hrefs.Should().Contain("https://pubmed.ncbi.nlm.nih.gov/15541451/");
        hrefs.Should().Contain("https://example.org/a?b=1&c=2");
    }

    [Fact]
    public void Render_Header_ShowsStatusPendingNoticeAndMachineReadableDate()
    {
        var page = HtmlPage.Parse(s_renderer.Render(Sample("myoclonus.json")));

        var header = page.Elements("header").Single();
        header.Descendants().Should().Contain(static e => (string?)e.Attribute("class") == "status status-submitted" && e.Value.StartsWith("Submitted", StringComparison.Ordinal));
        var notes = header.Descendants("p").Where(static p => (string?)p.Attribute("role") == "note").ToList();
        notes.Should().NotBeEmpty();
        ((string?)notes[0].Attribute("class")).Should().Contain("notice-pending-review");
        header.Descendants("time").Should().Contain(static t => (string?)t.Attribute("datetime") == "2025-10-09" && t.Value == "October 9, 2025");
        header.Value.Should().Contain("Last updated");
    }

    [Fact]
    public void Render_ApprovedArticle_ShowsApprovalDateAndReviewers()
    {
        var article = Minimal() with
        {
            Review = new ReviewInfo
            {
                Status = ReviewStatus.Approved,
                ApprovedOn = new DateOnly(2025, 3, 1),
                Reviewers = [new Person { Name = "Dr. Ana Pérez", Credentials = "MD" }],
            },
        };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        var status = page.WithClass("status-approved").Single();
        status.Value.Should().Be("Approved on March 1, 2025 by Dr. Ana Pérez, MD");
        status.Descendants("time").Single().Attribute("datetime")!.Value.Should().Be("2025-03-01");
        page.Elements("header").Single().Descendants().Should().NotContain(static e => (string?)e.Attribute("role") == "note");
    }

    [Fact]
    public void Render_Sections_ComeInTheOrderOfTheParts()
    {
        var page = HtmlPage.Parse(s_renderer.Render(Sample("myoclonus.json")));

        var ids = page.Elements("main").Single().Elements("section").Select(static s => (string?)s.Attribute("id")).ToList();

        ids.Should().Equal("summary", "diagnosis", "first-line-therapy", "alternatives", "special-scenarios", "precautions", "follow-up", "references");
    }

    [Fact]
    public void Render_TherapyWithStructuredDosage_ShowsTextAndCompactReading()
    {
        var option = new TherapyOption
        {
            Name = "Clonazepam",
            Kind = TherapyKind.Drug,
            Components =
            [
                new TherapyComponent
                {
                    Drug = new CodedConcept { Text = "Clonazepam" },
                    Dosages =
                    [
                        new Dosage
                        {
                            Text = "0.5-1 mg 1-2 hours before bedtime",
                            Dose = new DoseRange { Low = 0.5m, High = 1.0m, Unit = "mg" },
                            Timing = new Timing
                            {
                                When = [TimingEvent.Bedtime],
                                Offset = new TimeOffset { Low = 1, High = 2, Unit = TimeUnit.Hour, Relation = OffsetRelation.Before },
                            },
                        },
                    ],
                },
            ],
            Efficacy = new Efficacy { Value = 90, Unit = "%", Population = "REM sleep behavior disorder" },
            Evidence = new Evidence { GradingSystem = "GRADE", Certainty = "moderate" },
        };
        var article = Minimal() with { FirstLineTherapy = new TherapySection { Options = [option] } };

        var page = HtmlPage.Parse(s_renderer.Render(article));

        var therapy = page.WithClass("therapy").Single();
        therapy.Element("h3")!.Value.Should().Be("Clonazepam drug");
        page.WithClass("dose-text").Single().Value.Should().Be("0.5-1 mg 1-2 hours before bedtime");
        page.WithClass("dose-structured").Single().Value.Should().Be("0.5\u20131 mg · 1\u20132 h before bedtime");
        therapy.Descendants("dd").Select(static d => d.Value).Should().Equal("90% (REM sleep behavior disorder)", "GRADE · certainty: moderate");
    }

    [Fact]
    public void Render_LanguageOverride_WinsOverTheArticleLanguage()
    {
        var renderer = new HtmlRenderer(HtmlRendererOptions.Default with { Language = "en-GB" });

        var page = HtmlPage.Parse(renderer.Render(Minimal()));

        ((string?)page.Root.Attribute("lang")).Should().Be("en-GB");
    }

    [Fact]
    public void Render_DisclaimerExcluded_FooterHasNoDisclaimer()
    {
        var renderer = new HtmlRenderer(HtmlRendererOptions.Default with { IncludeDisclaimer = false });

        var page = HtmlPage.Parse(renderer.Render(Minimal()));

        page.WithClass("disclaimer").Should().BeEmpty();
        page.Elements("footer").Single().Value.Should().NotContain("Illustrative");
    }

    [Fact]
    public void Render_Default_FooterHoldsTheDisclaimer()
    {
        var page = HtmlPage.Parse(s_renderer.Render(Minimal()));

        page.Elements("footer").Single().Descendants().Should().Contain(static e => (string?)e.Attribute("class") == "disclaimer");
    }

    [Fact]
    public void Render_ToWriter_WritesTheSameAsTheString()
    {
        var article = Sample("myoclonus.json");
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        s_renderer.Render(article, writer);

        writer.ToString().Should().Be(s_renderer.Render(article));
    }

    [Fact]
    public void Render_UnderAnotherCulture_GivesTheSameCharacters()
    {
        var article = Sample("myoclonus.json");
        var expected = s_renderer.Render(article);
        var original = CultureInfo.CurrentCulture;
        string actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            actual = s_renderer.Render(article);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_FromManyThreads_GivesTheSameCharacters()
    {
        var articles = SamplePaths.ArticleFileNames().Select(Sample).ToArray();
        var expected = articles.Select(s_renderer.Render).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = s_renderer.Render(articles[i % articles.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % articles.Length]);
        }
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        var render = () => s_renderer.Render(null!);
        var renderToWriter = () => s_renderer.Render(Minimal(), null!);

        render.Should().Throw<ArgumentNullException>().WithParameterName("article");
        renderToWriter.Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }
}
