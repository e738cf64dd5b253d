using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Interop.JsonLd;

public sealed class JsonLdExporterTests
{
    private static readonly ReferenceKind[] s_articleKinds =
        [ReferenceKind.Guideline, ReferenceKind.SystematicReview, ReferenceKind.Research, ReferenceKind.Review];

    public static TheoryData<string> SampleFiles => [.. SamplePaths.ArticleFileNames()];

    private static ClinicalArticle Sample(string fileName) =>
        ClinicalArticleJson.ReadOrThrow(File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, fileName)));

    private static JsonElement Export(ClinicalArticle article, JsonLdOptions? options = null)
    {
        using var document = JsonDocument.Parse(JsonLdExporter.Export(article, options));
        return document.RootElement.Clone();
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? [.. value.EnumerateArray()] : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static IEnumerable<TherapyOption> AllOptions(ClinicalArticle article) =>
        (article.FirstLineTherapy?.Options ?? default)
            .Concat(article.Alternatives?.Options ?? default)
            .Concat(article.SpecialScenarios.SelectMany(static s => s.Therapies));

    /// <summary>The first-line clonazepam option of the seed and its node in the export.</summary>
    private static (TherapyOption Option, JsonElement Drug) MyoclonusClonazepam()
    {
        var article = Sample("myoclonus.json");
        var option = article.FirstLineTherapy!.Options.Single(static o => o.Name == "Clonazepam");
        var drug = Array(Export(article).GetProperty("about"), "drug").First();
        return (option, drug);
    }

    private static ClinicalArticle Minimal() => new()
    {
        Id = new ArticleId("test-article"),
        Language = "en",
        Question = "What is tested?",
        Title = "Test article",
        Summary = new Statement { Text = "The summary." },
        Condition = new CodedConcept { Text = "Testing" },
        Audience = Audience.Clinician,
        Review = new ReviewInfo { Status = ReviewStatus.Draft },
    };

    private static ClinicalArticle WithDosage(Dosage dosage) => Minimal() with
    {
        FirstLineTherapy = new TherapySection
        {
            Options = [new TherapyOption { Name = "Testamine", Kind = TherapyKind.Drug, Components = [new TherapyComponent { Drug = new CodedConcept { Text = "Testamine" }, Dosages = [dosage] }] }],
        },
    };

    private static JsonElement FirstDoseSchedule(ClinicalArticle article) =>
        Array(Array(Export(article).GetProperty("about"), "drug").Single(), "doseSchedule").Single();

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_IsAMedicalWebPageAboutTheCondition(string fileName)
    {
        var article = Sample(fileName);

        var page = Export(article);

        Text(page, "@context").Should().Be("https://schema.org");
        Text(page, "@type").Should().Be("MedicalWebPage");
        Text(page, "name").Should().Be(article.Title);
        Text(page, "headline").Should().Be(article.Title);
        Text(page, "description").Should().Be(article.Summary.Text);
        Text(page, "inLanguage").Should().Be(article.Language);
        var about = page.GetProperty("about");
        Text(about, "@type").Should().Be("MedicalCondition");
        Text(about, "name").Should().Be(article.Condition.Text);
        Text(page.GetProperty("mainEntity"), "@id").Should().Be(Text(about, "@id"));
        Array(about, "code").Select(static c => Text(c, "codeValue")).Should().Equal(article.Condition.Codings.Select(static c => c.Code));
        Array(about, "differentialDiagnosis").Select(static d => Text(d.GetProperty("diagnosis"), "name"))
            .Should().Equal(article.Diagnosis?.Differentials.Select(static d => d.Text) ?? []);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_CitesEachListedReferenceOnceInListOrder(string fileName)
    {
        var article = Sample(fileName);

        var citations = Array(Export(article), "citation").ToList();

        citations.Select(static c => Text(c, "name")).Should().Equal(article.References.Select(static r => r.Title));
        citations.Count(static c => Text(c, "@type") == "ScholarlyArticle")
            .Should().Be(article.References.Count(static r => s_articleKinds.Contains(r.Kind)));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_LinksEveryDoiAndNamesItAsAnIdentifier(string fileName)
    {
        var article = Sample(fileName);

        var citations = Array(Export(article), "citation").ToList();

        foreach (var (reference, citation) in article.References.Zip(citations))
        {
            var links = Array(citation, "sameAs").Select(static s => s.GetString()).Append(Text(citation, "url")).ToList();
            var identifiers = Array(citation, "identifier").ToDictionary(static i => Text(i, "propertyID")!, static i => Text(i, "value"));
            if (reference.Doi is { } doi)
            {
                links.Should().Contain("https://doi.org/" + Uri.EscapeDataString(doi).Replace("%2F", "/", StringComparison.Ordinal));
                identifiers.Should().Contain("DOI", doi);
            }

            if (reference.Pmid is { } pmid)
            {
                links.Should().Contain($"https://pubmed.ncbi.nlm.nih.gov/{pmid}/");
                identifiers.Should().Contain("PMID", pmid);
            }

            if (reference.Doi is null && reference.Pmid is null)
            {
                citation.TryGetProperty("identifier", out _).Should().BeFalse();
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_TakesDatesAndReviewersFromTheReviewInfo(string fileName)
    {
        var article = Sample(fileName);

        var page = Export(article);

        Text(page, "lastReviewed").Should().Be(article.Review.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(page, "dateModified").Should().Be(article.Review.LastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var reviewers = Array(page, "reviewedBy").ToList();
        reviewers.Where(static r => Text(r, "@type") == "Person").Select(static r => Text(r, "name"))
            .Should().Equal(article.Review.Reviewers.Select(static p => p.Name));
        reviewers.Where(static r => Text(r, "@type") == "Organization").Select(static r => Text(r, "name"))
            .Should().Equal(article.Review.Status == ReviewStatus.Approved && article.Review.Board is { } board ? [board] : []);
        Text(page.GetProperty("audience"), "@type").Should().Be("MedicalAudience");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_PutsSingleDrugsOnTheConditionAndOtherOptionsInPossibleTreatment(string fileName)
    {
        var article = Sample(fileName);
        var options = AllOptions(article).ToList();

        var about = Export(article).GetProperty("about");

        var drugs = Array(about, "drug").ToList();
        drugs.Should().OnlyContain(static d => Text(d, "@type") == "Drug");
        drugs.Should().HaveCount(options.Where(static o => o.Kind == TherapyKind.Drug).Sum(static o => Math.Max(1, o.Components.Count)));
        var therapies = Array(about, "possibleTreatment").ToList();
        therapies.Should().OnlyContain(static t => Text(t, "@type") == "MedicalTherapy");
        therapies.Select(static t => Text(t, "name")).Should().Equal(options.Where(static o => o.Kind != TherapyKind.Drug).Select(static o => o.Name));
        foreach (var (option, therapy) in options.Where(static o => o.Kind != TherapyKind.Drug).Zip(therapies))
        {
            Array(therapy, "drug").Select(static d => Text(d, "name")).Should().Equal(option.Components.Select(static c => c.Drug.Text));
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_Sample_KeepsEveryPrecautionAsADrugWarningOrAPagePart(string fileName)
    {
        var article = Sample(fileName);

        var page = Export(article);

        var about = page.GetProperty("about");
        var allDrugs = Array(about, "drug").Concat(Array(about, "possibleTreatment").SelectMany(static t => Array(t, "drug"))).ToList();
        var warnings = allDrugs.SelectMany(static d => Array(d, "warning")).Select(static w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
        var pageParts = Array(page, "hasPart").Select(static p => Text(p, "name")).ToList();
        foreach (var precaution in article.Precautions)
        {
            var asWarning = warnings.Any(w => w.StartsWith(precaution.Title + ": ", StringComparison.Ordinal));
            var asPart = pageParts.Contains(precaution.Title);
            (asWarning ^ asPart).Should().BeTrue($"the precaution '{precaution.Title}' belongs in exactly one place");
        }
    }

    [Fact]
    public void Export_Myoclonus_GivesClonazepamItsDoseRangeAsAQualitativeValueWithTheNumbers()
    {
        var (option, drug) = MyoclonusClonazepam();
        var dosage = option.Components.Single().Dosages[0];
        var range = dosage.Dose.Should().BeOfType<DoseRange>().Subject;

        var schedule = Array(drug, "doseSchedule").First();

        Text(schedule, "@type").Should().Be("RecommendedDoseSchedule");
        Text(schedule, "description").Should().Be(dosage.Text);
        Text(schedule, "doseUnit").Should().Be(range.Unit);
        var doseValue = schedule.GetProperty("doseValue");
        Text(doseValue, "@type").Should().Be("QualitativeValue");
        var quantity = doseValue.GetProperty("valueReference");
        Text(quantity, "@type").Should().Be("QuantitativeValue");
        quantity.GetProperty("minValue").GetDecimal().Should().Be(range.Low);
        quantity.GetProperty("maxValue").GetDecimal().Should().Be(range.High);
        Text(quantity, "unitText").Should().Be(range.Unit);
        Text(schedule, "frequency").Should().Be("at bedtime");
    }

    [Fact]
    public void Export_Myoclonus_KeepsTheTimingOnlyDosageWithItsOffset()
    {
        var (option, drug) = MyoclonusClonazepam();
        var dosage = option.Components.Single().Dosages[1];
        var offset = dosage.Timing!.Offset!;

        var schedule = Array(drug, "doseSchedule").ElementAt(1);

        Text(schedule, "description").Should().Be(dosage.Text);
        schedule.TryGetProperty("doseValue", out _).Should().BeFalse("the dosage gives no dose");
        Text(schedule, "frequency").Should().Be(string.Create(CultureInfo.InvariantCulture, $"{offset.Low}\u2013{offset.High} hours before bedtime"));
    }

    [Fact]
    public void Export_Myoclonus_WarnsOnClonazepamAndKeepsPrecautionsWithoutASubjectOnThePage()
    {
        var article = Sample("myoclonus.json");
        var named = article.Precautions.Single(static p => p.Subject is not null);

        var page = Export(article);

        var warning = Array(Array(page.GetProperty("about"), "drug").First(), "warning").Single().GetString();
        warning.Should().Be(named.Title + ": " + string.Join("; ", named.Points.Select(static p => p.Text)));
        Array(page, "hasPart").Select(static p => Text(p, "name"))
            .Should().Equal(article.Precautions.Where(static p => p.Subject is null).Select(static p => p.Title));
        Array(page, "hasPart").Should().OnlyContain(static p => Text(p, "@type") == "WebPageElement");
    }

    [Fact]
    public void Export_Myoclonus_CitesOnlyTheListedReferencesOfItsDanglingCitations()
    {
        var article = Sample("myoclonus.json");

        var json = JsonLdExporter.Export(article);

        Array(Export(article), "citation").Should().HaveCount(article.References.Count);
        json.Should().NotContain("ref-5").And.NotContain("ref-6");
    }

    [Fact]
    public void Export_Myoclonus_SubmittedArticleNamesNoReviewerAndStatesItsStatus()
    {
        var page = Export(Sample("myoclonus.json"));

        page.TryGetProperty("reviewedBy", out _).Should().BeFalse("nobody has reviewed the seed, and its board has not approved it");
        page.TryGetProperty("lastReviewed", out _).Should().BeFalse();
        Text(page, "creativeWorkStatus").Should().Be("submitted");
        Text(page, "medicalAudience").Should().Be("https://schema.org/Clinician");
    }

    [Fact]
    public void Export_Myoclonus_MatchesTheGoldenFile()
    {
        var options = new JsonLdOptions { Indented = true, BaseUrl = new Uri("https://example.org/articles/") };

        var json = JsonLdExporter.Export(Sample("myoclonus.json"), options);

        JsonLdGolden.Verify("myoclonus", json);
    }

    [Fact]
    public void Export_AcuteMigraine_WritesQuantitiesAsNumbersAndTheMaximumAsMaximumIntake()
    {
        var article = Sample("acute-migraine.json");
        var sumatriptan = article.FirstLineTherapy!.Options.Single(static o => o.Name == "Sumatriptan").Components.Single().Dosages.Single();
        var ibuprofen = article.FirstLineTherapy.Options[0].Components[0].Dosages.Single();

        var about = Export(article).GetProperty("about");

        var ibuprofenSchedule = Array(Array(about, "possibleTreatment").First(), "drug").First().GetProperty("doseSchedule")[0];
        ibuprofenSchedule.GetProperty("doseValue").GetDecimal().Should().Be(((DoseQuantity)ibuprofen.Dose!).Value);
        Text(ibuprofenSchedule, "frequency").Should().Be("as needed for " + ibuprofen.AsNeededFor);
        var drug = Array(about, "drug").Single(static d => Text(d, "name") == "Sumatriptan");
        var maximum = Array(drug, "maximumIntake").Single();
        Text(maximum, "@type").Should().Be("MaximumDoseSchedule");
        maximum.GetProperty("doseValue").GetDecimal().Should().Be(sumatriptan.MaximumDose!.Amount.Value);
        Text(maximum, "doseUnit").Should().Be(sumatriptan.MaximumDose.Amount.Unit);
        Text(maximum, "frequency").Should().Be(string.Create(CultureInfo.InvariantCulture, $"per {sumatriptan.MaximumDose.Period.Value} hours"));
        Array(drug, "administrationRoute").Select(static r => r.GetString()).Should().Equal(sumatriptan.Route!.Text);
        Text(Array(drug, "doseSchedule").Single(), "targetPopulation")
            .Should().Be(article.FirstLineTherapy.Options.Single(static o => o.Name == "Sumatriptan").Population);
    }

    [Fact]
    public void Export_CommunityAcquiredPneumonia_PhrasesFrequencyAndPeriodAndCarriesRxNormCodes()
    {
        var article = Sample("community-acquired-pneumonia.json");
        var amoxicillin = article.FirstLineTherapy!.Options[0].Components.Single();
        var vancomycin = article.SpecialScenarios.SelectMany(static s => s.Therapies).Single(static t => t.Name == "Vancomycin").Components.Single();

        var drugs = Array(Export(article).GetProperty("about"), "drug").ToList();

        var amoxicillinNode = drugs.First(d => Text(d, "name") == amoxicillin.Drug.Text);
        Text(Array(amoxicillinNode, "doseSchedule").Single(), "frequency")
            .Should().Be(string.Create(CultureInfo.InvariantCulture, $"{amoxicillin.Dosages.Single().Timing!.Frequency} times per day"));
        Array(amoxicillinNode, "rxcui").Select(static r => r.GetString()).Should().Equal(amoxicillin.Drug.Codings.Single().Code);
        var vancomycinNode = drugs.First(d => Text(d, "name") == vancomycin.Drug.Text);
        Text(Array(vancomycinNode, "doseSchedule").Single(), "frequency")
            .Should().Be(string.Create(CultureInfo.InvariantCulture, $"once every {vancomycin.Dosages.Single().Timing!.Period} hours"));
        Array(vancomycinNode, "warning").Should().ContainSingle("the monitoring precaution names vancomycin");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Export_SampleTwice_GivesTheSameBytes(string fileName)
    {
        var first = JsonLdExporter.ExportUtf8(Sample(fileName));

        var second = JsonLdExporter.ExportUtf8(Sample(fileName));

        second.Should().Equal(first);
        Encoding.UTF8.GetString(first).Should().Be(JsonLdExporter.Export(Sample(fileName)));
    }

    [Fact]
    public void Export_TitleThatClosesAScript_HasNoAngleBracketsOrAmpersands()
    {
        const string Hostile = "</script><script>alert(\"x\")</script> & <!-- ]]>";
        var article = Minimal() with { Title = Hostile, Question = "</SCRIPT >?" };

        var json = JsonLdExporter.Export(article);

        json.Should().NotContainAny("<", ">", "&");
        Text(Export(article), "name").Should().Be(Hostile);
        Text(Export(article), "alternativeHeadline").Should().Be("</SCRIPT >?");
    }

    [Fact]
    public void Export_HtmlSafeOff_EscapesOnlyWhatJsonRequires()
    {
        var article = Minimal() with { Title = "Myoclonus & <tics> \"quoted\" — Μυόκλονος 🩺" };

        var json = JsonLdExporter.Export(article, new JsonLdOptions { HtmlSafe = false });

        json.Should().Contain("\"name\":\"Myoclonus & <tics> \\\"quoted\\\" — Μυόκλονος 🩺\"");
    }

    [Fact]
    public void Export_UnpairedSurrogate_IsWrittenAsTheReplacementCharacter()
    {
        var article = Minimal() with { Title = "lone \uD800 surrogate, pair \U0001F489 kept" };

        var page = Export(article);

        Text(page, "name").Should().Be("lone \uFFFD surrogate, pair \U0001F489 kept");
    }

    [Fact]
    public void Export_WithBaseUrl_GivesThePageAndTheConditionAnAddress()
    {
        var article = Minimal() with { Id = new ArticleId("myoclonus-treatment") };

        var page = Export(article, new JsonLdOptions { BaseUrl = new Uri("https://example.org/articles/") });

        Text(page, "@id").Should().Be("https://example.org/articles/myoclonus-treatment");
        Text(page, "url").Should().Be("https://example.org/articles/myoclonus-treatment");
        Text(page.GetProperty("about"), "@id").Should().Be("https://example.org/articles/myoclonus-treatment#condition");
    }

    [Fact]
    public void Export_WithoutBaseUrl_MakesTheConditionABlankNode()
    {
        var page = Export(Minimal());

        page.TryGetProperty("url", out _).Should().BeFalse();
        page.TryGetProperty("@id", out _).Should().BeFalse();
        Text(page.GetProperty("about"), "@id").Should().Be("_:condition");
    }

    [Theory]
    [InlineData("a/../../b", "a%2F..%2F..%2Fb")]
    [InlineData("x y:z?#", "x%20y%3Az%3F%23")]
    public void Export_IdentifierWithPathCharacters_IsOneSegmentUnderTheBaseUrl(string id, string segment)
    {
        var article = Minimal() with { Id = new ArticleId(id) };

        var url = Text(Export(article, new JsonLdOptions { BaseUrl = new Uri("https://example.org/articles") }), "url");

        url.Should().Be("https://example.org/articles/" + segment);
        new Uri(url!).AbsoluteUri.Should().StartWith("https://example.org/articles/");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Export_IdentifierThatIsADotSegment_GivesThePageNoAddress(string id)
    {
        var article = Minimal() with { Id = new ArticleId(id) };

        var page = Export(article, new JsonLdOptions { BaseUrl = new Uri("https://example.org/articles/") });

        page.TryGetProperty("url", out _).Should().BeFalse();
        Text(page.GetProperty("about"), "@id").Should().Be("_:condition");
    }

    [Fact]
    public void Options_BaseUrlThatIsRelativeNotHttpOrHasAQuery_IsRefused()
    {
        var relative = () => new JsonLdOptions { BaseUrl = new Uri("/articles/", UriKind.Relative) };
        var ftp = () => JsonLdOptions.Default with { BaseUrl = new Uri("ftp://example.org/") };
        var query = () => new JsonLdOptions { BaseUrl = new Uri("https://example.org/?page=") };

        relative.Should().Throw<ArgumentException>();
        ftp.Should().Throw<ArgumentException>();
        query.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Export_Indented_UsesTwoSpacesAndLineFeeds()
    {
        var json = JsonLdExporter.Export(Minimal(), new JsonLdOptions { Indented = true });

        json.Should().StartWith("{\n  \"@context\": \"https://schema.org\",\n").And.NotContain("\r");
    }

    [Fact]
    public void Export_ReferenceUrlThatIsNotHttp_IsNotWrittenAsAnAddress()
    {
        var article = Minimal() with
        {
            References = [new Reference { Id = new ReferenceId("r"), Kind = ReferenceKind.Website, Title = "R", Url = "javascript:alert(1)" }],
        };

        var json = JsonLdExporter.Export(article);

        json.Should().NotContain("javascript");
        Text(Array(Export(article), "citation").Single(), "@type").Should().Be("WebPage");
    }

    [Fact]
    public void Export_JournalReference_NestsIssueVolumeAndPeriodical()
    {
        var article = Minimal() with
        {
            References =
            [
                new Reference
                {
                    Id = new ReferenceId("r"), Kind = ReferenceKind.Research, Title = "R", Container = "Journal", Volume = "12", Issue = "3",
                    Pages = "1-9", Issued = new PartialDate(2004, 10), Authors = [new Author { Family = "Doe", Given = "J." }, new Author { Literal = "A Committee" }],
                },
            ],
        };

        var citation = Array(Export(article), "citation").Single();

        var issue = citation.GetProperty("isPartOf");
        Text(issue, "@type").Should().Be("PublicationIssue");
        Text(issue, "issueNumber").Should().Be("3");
        var volume = issue.GetProperty("isPartOf");
        Text(volume, "volumeNumber").Should().Be("12");
        Text(volume.GetProperty("isPartOf"), "@type").Should().Be("Periodical");
        Text(volume.GetProperty("isPartOf"), "name").Should().Be("Journal");
        Text(citation, "pagination").Should().Be("1-9");
        Text(citation, "datePublished").Should().Be("2004-10");
        Array(citation, "author").Select(static a => (Text(a, "@type"), Text(a, "name")))
            .Should().Equal(("Person", "J. Doe"), ("Organization", "A Committee"));
    }

    [Fact]
    public void Export_RangeWithEqualEnds_IsANumber()
    {
        var article = WithDosage(new Dosage { Text = "5 mg", Dose = new DoseRange { Unit = "mg", Low = 5, High = 5 } });

        var schedule = FirstDoseSchedule(article);

        schedule.GetProperty("doseValue").GetDecimal().Should().Be(5);
    }

    [Fact]
    public void Export_ApprovedArticle_NamesTheBoardAmongTheReviewers()
    {
        var article = Minimal() with
        {
            Review = new ReviewInfo
            {
                Status = ReviewStatus.Approved,
                Reviewers = [new Person { Name = "A. Reviewer", Credentials = "MD", Identifier = "https://orcid.org/0000-0000-0000-0000" }],
                Board = "Editorial Board",
                ApprovedOn = new DateOnly(2025, 1, 2),
            },
        };

        var reviewers = Array(Export(article), "reviewedBy").ToList();

        reviewers.Select(static r => (Text(r, "@type"), Text(r, "name"))).Should().Equal(("Person", "A. Reviewer"), ("Organization", "Editorial Board"));
        Text(reviewers[0], "honorificSuffix").Should().Be("MD");
        Text(reviewers[0], "identifier").Should().Be("https://orcid.org/0000-0000-0000-0000");
    }

    [Theory]
    [InlineData(Audience.Clinician, "Clinician")]
    [InlineData(Audience.Patient, "Patient")]
    [InlineData(Audience.Caregiver, "Caregiver")]
    [InlineData(Audience.Researcher, "Researcher")]
    [InlineData(Audience.GeneralPublic, "General public")]
    public void Export_Audience_IsAMedicalAudienceAndAMedicalAudienceValue(Audience audience, string audienceType)
    {
        var page = Export(Minimal() with { Audience = audience });

        Text(page.GetProperty("audience"), "audienceType").Should().Be(audienceType);
        page.TryGetProperty("medicalAudience", out var medicalAudience).Should().BeTrue();
        medicalAudience.ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Object);
    }

    [Fact]
    public void Write_ThroughACallersWriter_WritesTheSameDocument()
    {
        var article = Sample("acute-migraine.json");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            JsonLdExporter.Write(article, writer);
            writer.WriteEndArray();
        }

        using var written = JsonDocument.Parse(buffer.WrittenMemory);
        JsonElement.DeepEquals(written.RootElement[0], Export(article)).Should().BeTrue();
    }

    [Fact]
    public void Export_NullArguments_Throw()
    {
        var exportNull = () => JsonLdExporter.Export(null!);
        var utf8Null = () => JsonLdExporter.ExportUtf8(null!);
        var writeNull = () => JsonLdExporter.Write(Minimal(), null!);

        exportNull.Should().Throw<ArgumentNullException>();
        utf8Null.Should().Throw<ArgumentNullException>();
        writeNull.Should().Throw<ArgumentNullException>();
    }
}
