using ClinicalContent.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace ClinicalContent.Fhir.Tests;

public sealed class FhirArticleConverterExportTests
{
    private const string SectionSystem = "https://clinicalcontent.dev/fhir/CodeSystem/article-section";

    public static TheoryData<string> Samples => FhirTestData.SampleNames;

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToJson_of_an_export_equals_the_converter_json_of_its_article(string name)
    {
        var article = FhirTestData.Sample(name);

        var export = FhirArticleConverter.ToBundle(article);

        export.ToJson().Should().Be(FhirArticleConverter.ToJson(article));
        export.ToJson(writeIndented: true).Should().Be(FhirArticleConverter.ToJson(article, FhirExportOptions.Default with { WriteIndented = true }))
            .And.Contain("\n  \"resourceType\": \"Bundle\"");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToJson_Sample_ParsesWithTheStrictParserAndPassesAttributeValidation(string name)
    {
        var json = FhirArticleConverter.ToJson(FhirTestData.Sample(name));

        var bundle = FhirJsonDeserializer.STRICT.Deserialize<Bundle>(json);
        var issues = bundle.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, FhirAttributeValidator.Default, true);

        issues.Should().BeEmpty();
        bundle.Type.Should().Be(Bundle.BundleType.Document);
        bundle.Entry[0].Resource.Should().BeOfType<Composition>();
    }

    [Fact]
    public void ToBundle_Myoclonus_WritesOneSectionPerPartInArticleOrder()
    {
        var composition = FhirTestData.CompositionOf(FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle);

        var codes = composition.Section.Select(static s => s.Code!.Coding.Single(c => c.System == SectionSystem).Code);

        codes.Should().Equal("summary", "diagnosis", "first-line-therapy", "alternatives", "special-scenarios", "precautions", "follow-up", "references", "disclaimer");
        composition.Section.Single(static s => s.Title == "Special scenarios").Section.Select(static s => s.Title)
            .Should().Equal("Status Myoclonus After Cardiac Arrest", "Paroxysmal Kinesigenic Dyskinesia (PKD)", "REM Sleep Behavior Disorder");
    }

    [Fact]
    public void ToBundle_SubmittedArticle_MapsReviewToPreliminaryCompositionAndDraftDefinitions()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;

        FhirTestData.CompositionOf(bundle).Status.Should().Be(CompositionStatus.Preliminary);
        FhirTestData.Resources<PlanDefinition>(bundle).Should().OnlyContain(static p => p.Status == PublicationStatus.Draft);
        FhirTestData.CompositionOf(bundle).Author.Should().ContainSingle().Which.Reference.Should().StartWith("urn:uuid:");
        FhirTestData.Resources<Organization>(bundle).Should().ContainSingle().Which.Name.Should().Be("Medical Advisory Board");
    }

    [Fact]
    public void ToBundle_TherapyOption_BecomesActivityDefinitionWithFhirDosage()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;

        var plan = FhirTestData.Resources<PlanDefinition>(bundle)[0];
        var canonical = ((Canonical)plan.Action[0].Action[0].Definition!).Value;
        var activity = FhirTestData.Resources<ActivityDefinition>(bundle).Single(a => a.Url == canonical);
        var dosage = activity.Dosage[0];

        plan.Action[0].Title.Should().Be("Clonazepam");
        activity.Kind.Should().Be(ActivityDefinition.RequestResourceType.MedicationRequest);
        ((CodeableConcept)activity.Product!).Text.Should().Be("Clonazepam");
        dosage.Text.Should().Be("0.5-1 mg at bedtime");
        var range = dosage.DoseAndRate[0].Dose.Should().BeOfType<Hl7.Fhir.Model.Range>().Subject;
        (range.Low!.Value, range.High!.Value, range.Low.Code, range.Low.System).Should().Be((0.5m, 1m, "mg", "http://unitsofmeasure.org"));
        dosage.Timing!.Repeat!.When.Should().Equal(Timing.EventTiming.HS);
    }

    [Fact]
    public void ToBundle_FrequencyAndRoute_MapToRepeatAndRoute()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("community-acquired-pneumonia")).Bundle;

        var amoxicillin = FhirTestData.Resources<ActivityDefinition>(bundle).First(a => a.Title == "Amoxicillin").Dosage[0];

        var repeat = amoxicillin.Timing!.Repeat!;
        (repeat.Frequency, repeat.Period, repeat.PeriodUnit).Should().Be((3, 1m, Timing.UnitsOfTime.D));
        amoxicillin.Route!.Coding.Should().ContainSingle().Which.Code.Should().Be("26643006");
    }

    [Fact]
    public void ToBundle_MaximumDoseAndAsNeeded_MapToMaxDosePerPeriodAndAsNeeded()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("acute-migraine")).Bundle;

        var dosages = FhirTestData.Resources<ActivityDefinition>(bundle).SelectMany(static a => a.Dosage).ToList();

        dosages.Select(static d => d.MaxDosePerPeriod).OfType<Ratio>().Should().NotBeEmpty()
            .And.OnlyContain(static m => m.Numerator!.Value > 0 && m.Denominator!.System == "http://unitsofmeasure.org" && m.Denominator.Code != null);
        dosages.Select(static d => d.AsNeeded).OfType<CodeableConcept>().Should().NotBeEmpty().And.OnlyContain(static c => c.Text != null);
    }

    [Fact]
    public void ToBundle_References_BecomeDocumentReferencesWithTheirIdsAndIdentifiers()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("community-acquired-pneumonia")).Bundle;

        var documents = FhirTestData.Resources<DocumentReference>(bundle);

        documents.Should().NotBeEmpty().And.OnlyContain(static d => d.Identifier.Any(i => i.System == "https://clinicalcontent.dev/fhir/NamingSystem/reference-id"));
        documents.SelectMany(static d => d.Identifier).Should().Contain(static i => i.System == "https://doi.org");
        documents.Should().Contain(static d => d.Contained.OfType<Practitioner>().Any());
    }

    [Fact]
    public void ToBundle_Myoclonus_ReportsExactlyTheOffsetRangeAsLost()
    {
        var export = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus"));

        export.Losses.Entries.Select(static l => (l.Code, l.Pointer)).Should().Equal(
            (IssueCodes.FhirTimingOffsetNotCarried, "/firstLineTherapy/options/0/components/0/dosages/1/timing/offset"));
    }

    [Fact]
    public void ToBundle_Narrative_IsEncodedXhtmlWithCitationNumbers()
    {
        var composition = FhirTestData.CompositionOf(FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle);

        var summary = composition.Section[0].Text!.Div;
        var references = composition.Section.Single(static s => s.Title == "References").Text!.Div;

        summary.Should().StartWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">").And.Contain("<sup>[1]</sup>");
        references.Should().Contain("[5]").And.Contain("[6]");
    }

    [Fact]
    public void ToJson_SameArticle_GivesTheSameBundleWhateverTheClock()
    {
        var article = FhirTestData.Sample("restless-legs-syndrome");

        var first = FhirArticleConverter.ToJson(article);
        var second = FhirArticleConverter.ToJson(article, new FhirExportOptions { TimeProvider = new FixedClock(DateTimeOffset.UnixEpoch) });

        second.Should().Be(first);
    }

    [Fact]
    public void ToBundle_DifferentArticles_GetDifferentResourceIds()
    {
        var first = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;
        var second = FhirArticleConverter.ToBundle(FhirTestData.Sample("acute-migraine")).Bundle;

        first.Entry.Select(static e => e.FullUrl).Should().OnlyHaveUniqueItems().And.NotIntersectWith(second.Entry.Select(static e => e.FullUrl));
        first.Id.Should().NotBe(second.Id);
    }

    [Fact]
    public void ToBundle_ArticleWithoutDates_TakesTheTimestampFromTheClock()
    {
        var article = FhirTestData.Sample("myoclonus");
        article = article with { Review = article.Review with { LastUpdated = null } };
        var now = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var bundle = FhirArticleConverter.ToBundle(article, new FhirExportOptions { TimeProvider = new FixedClock(now) }).Bundle;

        bundle.Timestamp.Should().Be(now);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
