using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Samples;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Import;

/// <summary>Every article in samples/page-text imports with every line placed and validates without errors.</summary>
public sealed class PlainTextSampleTests
{
    public static TheoryData<string> PageTexts
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SamplePaths.RepositoryRoot, "samples", "page-text"), "*.txt").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) != "myoclonus.txt")
                {
                    data.Add(Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    private static ReadResult<ClinicalArticle> Import(string fileName) =>
        PlainTextImporter.Import(File.ReadAllText(Path.Combine(SamplePaths.RepositoryRoot, "samples", "page-text", fileName)));

    [Fact]
    public void PageTexts_AreAtLeastFourBesidesTheSeed()
    {
        var count = PageTexts.Count;

        count.Should().BeGreaterThanOrEqualTo(4);
    }

    [Theory]
    [MemberData(nameof(PageTexts))]
    public void Import_PageText_PlacesEveryLine(string fileName)
    {
        var imported = Import(fileName);

        imported.Value.Should().NotBeNull();
        imported.Issues.Should().NotContain(static i => i.Severity != IssueSeverity.Information, "every line but chrome is placed");
    }

    [Theory]
    [MemberData(nameof(PageTexts))]
    public void Validate_ImportedPageText_ReportsNoErrors(string fileName)
    {
        var imported = Import(fileName);

        var report = ArticleValidator.Default.Validate(imported.Value!);

        report.Issues.Where(static i => i.Severity == IssueSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Import_GoutFlare_ReadsTherapiesScenariosAndPrecautions()
    {
        var article = Import("gout-flare.txt").Value!;

        article.Id.Value.Should().Be("management-of-acute-gout-flare");
        article.Condition.Text.Should().Be("Acute gout flare");
        article.Review.Status.Should().Be(ReviewStatus.Submitted);
        article.Review.LastUpdated.Should().Be(new DateOnly(2025, 3, 14));
        article.FirstLineTherapy!.Options.Select(static o => (o.Name, o.Kind)).Should().Equal(
            ("Colchicine", TherapyKind.Drug), ("Naproxen", TherapyKind.Drug), ("Prednisone", TherapyKind.Drug));
        article.FirstLineTherapy.Options[1].Components[0].Dosages.Single().Text.Should().Be("500 mg twice daily");
        article.Alternatives!.Options.Should().OnlyContain(static o => o.Kind == TherapyKind.DrugClass);
        article.Diagnosis!.Differentials.Select(static d => d.Text).Should().Equal("Septic arthritis", "Pseudogout", "Cellulitis");
        article.SpecialScenarios.Select(static s => s.Title).Should().Equal("Chronic Kidney Disease", "Patients Already Taking Allopurinol");
        article.Precautions.Select(static p => p.Kind).Should().Equal(PrecautionKind.Interaction, PrecautionKind.AdverseEffect);
        article.Precautions[0].Subject!.Text.Should().Be("Colchicine");
        article.OtherSections.Single().Title.Should().Be("Patient Education");
        article.References.Select(static r => r.Issued!.Value.Year).Should().Equal(2020, 2010);
    }

    [Fact]
    public void Import_ApprovedPage_ReadsReviewerAndApprovalDate()
    {
        var review = Import("community-acquired-pneumonia.txt").Value!.Review;

        review.Status.Should().Be(ReviewStatus.Approved);
        review.Reviewers.Should().Equal(new Person { Name = "Dr. Maria Lopez", Credentials = "MD" });
        review.ApprovedOn.Should().Be(new DateOnly(2025, 6, 2));
        review.LastUpdated.Should().Be(new DateOnly(2025, 5, 28));
        review.Notices.Select(static n => n.Kind).Should().Equal(ReviewNoticeKind.EducationalUse);
    }

    [Fact]
    public void Import_CommunityAcquiredPneumonia_ReadsACombinationAndAClass()
    {
        var article = Import("community-acquired-pneumonia.txt").Value!;

        var combination = article.FirstLineTherapy!.Options[2];
        combination.Kind.Should().Be(TherapyKind.Combination);
        combination.Components.Select(static c => c.Drug.Text).Should().Equal("Amoxicillin-clavulanate", "Azithromycin");
        article.Alternatives!.Options[0].Kind.Should().Be(TherapyKind.DrugClass);
        article.Condition.Text.Should().Be("Community-Acquired pneumonia");
    }

    [Fact]
    public void Import_Migraine_KeepsThreeLevelsOfNesting()
    {
        var article = Import("migraine.txt").Value!;

        var overuse = article.Precautions[0];
        overuse.Points[0].Points.Select(static p => p.Text).Should().HaveCount(2);
        article.FirstLineTherapy!.Options[1].Onset.Should().Be("within 2 hours of the dose");
        article.Review.LastUpdated.Should().Be(new DateOnly(2025, 1, 20));
    }

    [Fact]
    public void Import_Hypothyroidism_ReadsAnIsoDateAndAReplacementTherapyHeading()
    {
        var article = Import("hypothyroidism.txt").Value!;

        article.Review.LastUpdated.Should().Be(new DateOnly(2025, 2, 11));
        article.FirstLineTherapy!.Options.Single().Name.Should().Be("Levothyroxine");
        article.Diagnosis!.CausesToEvaluate.Select(static c => c.Text).Should().Equal("Autoimmune thyroiditis", "Previous thyroid surgery or radioiodine therapy");
    }
}
