using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Samples;

/// <summary>
/// samples/articles/myoclonus.json encodes the seed page faithfully (docs/decisions/0003-seed-encoding.md),
/// including its defects: these tests pin what the page says.
/// </summary>
public sealed class MyoclonusSampleTests
{
    private static readonly Lazy<ClinicalArticle> s_article = new(static () =>
        ClinicalArticleJson.ReadOrThrow(File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, "myoclonus.json"))));

    private static ClinicalArticle Article => s_article.Value;

    private static TherapyOption Clonazepam =>
        Article.FirstLineTherapy!.Options.Single(static o => o.Name == "Clonazepam");

    private static IEnumerable<Dosage> ClonazepamDosages => Clonazepam.Components.SelectMany(static c => c.Dosages);

    [Fact]
    public void Review_IsNotApprovedAndShowsAPendingReviewNotice()
    {
        var review = Article.Review;

        review.Status.Should().NotBe(ReviewStatus.Approved);
        review.Notices.Should().Contain(static n => n.Kind == ReviewNoticeKind.PendingReview);
    }

    [Fact]
    public void Review_LastUpdated_IsTheNinthOfOctober2025()
    {
        var lastUpdated = Article.Review.LastUpdated;

        lastUpdated.Should().Be(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void References_AreTheFourListedOnThePageInOrder()
    {
        var references = Article.References;

        references.Select(static r => r.Id.Value).Should().Equal("ref-1", "ref-2", "ref-3", "ref-4");
        references.Select(static r => r.Kind).Should().Equal(ReferenceKind.Guideline, ReferenceKind.Research, ReferenceKind.Research, ReferenceKind.Research);
    }

    [Theory]
    [InlineData("ref-5")]
    [InlineData("ref-6")]
    public void Citations_ToReferencesThePageNeverLists_AreKept(string referenceId)
    {
        var cited = AllCitations(Article).Select(static c => c.ReferenceId.Value);

        cited.Should().Contain(referenceId);
        Article.References.Should().NotContain(r => r.Id.Value == referenceId);
    }

    [Fact]
    public void FirstLine_Clonazepam_HasAHalfToOneMilligramDoseAtBedtime()
    {
        var dosages = ClonazepamDosages;

        dosages.Where(static d =>
            d.Dose is DoseRange { Low: 0.5m, High: 1m, Unit: "mg" }
            && d.Timing is not null && d.Timing.When.Contains(TimingEvent.Bedtime)).Should().ContainSingle();
    }

    [Fact]
    public void FirstLine_Clonazepam_HasAnotherDosageOneToTwoHoursBeforeBedtime()
    {
        var dosages = ClonazepamDosages;

        dosages.Where(static d =>
            d.Dose is not DoseRange { Low: 0.5m, High: 1m }
            && d.Timing is { Offset: { Low: 1m, High: 2m, Unit: TimeUnit.Hour, Relation: OffsetRelation.Before } }
            && d.Timing.When.Contains(TimingEvent.Bedtime)).Should().ContainSingle();
    }

    [Fact]
    public void FirstLine_Clonazepam_HasAnEfficacyOfNinetyPercent()
    {
        var efficacy = Clonazepam.Efficacy;

        efficacy.Should().NotBeNull();
        efficacy!.Value.Should().Be(90m);
        efficacy.Unit.Should().Be("%");
    }

    [Fact]
    public void SpecialScenarios_AreThree()
    {
        var scenarios = Article.SpecialScenarios;

        scenarios.Should().HaveCount(3);
    }

    [Fact]
    public void Precautions_AreThreeGroups()
    {
        var precautions = Article.Precautions;

        precautions.Should().HaveCount(3);
    }

    [Fact]
    public void Alternatives_HaveACombinationOfThreeComponents()
    {
        var alternatives = Article.Alternatives;

        alternatives.Should().NotBeNull();
        alternatives!.Options.Should().Contain(static o => o.Kind == TherapyKind.Combination && o.Components.Count == 3);
    }

    private static IEnumerable<Citation> AllCitations(ClinicalArticle article)
    {
        IEnumerable<Statement> Statements(EquatableArray<Statement> points) =>
            points.SelectMany(s => new[] { s }.Concat(Statements(s.Points)));

        IEnumerable<TherapyOption> Options(TherapySection? section) => section?.Options ?? [];

        var options = Options(article.FirstLineTherapy).Concat(Options(article.Alternatives)).Concat(article.SpecialScenarios.SelectMany(static s => s.Therapies)).ToList();
        var statements = Statements([article.Summary])
            .Concat(Statements(article.Diagnosis?.Points ?? default))
            .Concat(options.SelectMany(o => Statements(o.Points)))
            .Concat(article.SpecialScenarios.SelectMany(s => Statements(s.Points)))
            .Concat(article.Precautions.SelectMany(p => Statements(p.Points)))
            .Concat(Statements(article.FollowUp?.Points ?? default))
            .Concat(article.OtherSections.SelectMany(s => Statements(s.Points)));

        return statements.SelectMany(static s => s.Citations)
            .Concat(options.SelectMany(static o => o.Citations))
            .Concat(article.Precautions.SelectMany(static p => p.Citations));
    }
}
