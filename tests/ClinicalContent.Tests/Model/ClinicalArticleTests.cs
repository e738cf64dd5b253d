using ClinicalContent.Model;
using ClinicalContent.Tests.Generators;

namespace ClinicalContent.Tests.Model;

public sealed class ClinicalArticleTests
{
    private static readonly Dictionary<string, Func<ClinicalArticle, ClinicalArticle>> s_deepChanges = new()
    {
        ["summary point nested two levels down"] = static a => a with
        {
            Summary = a.Summary with
            {
                Points = [a.Summary.Points[0] with { Points = [a.Summary.Points[0].Points[0] with { Text = "changed" }] }, .. a.Summary.Points.Skip(1)],
            },
        },
        ["citation locator of a nested point"] = static a => a with
        {
            Summary = a.Summary with
            {
                Points = [a.Summary.Points[0] with { Points = [a.Summary.Points[0].Points[0] with { Citations = [a.Summary.Points[0].Points[0].Citations[0] with { Locator = "p. 5" }] }] }, .. a.Summary.Points.Skip(1)],
            },
        },
        ["second coding of the condition"] = static a => a with { Condition = a.Condition with { Codings = [a.Condition.Codings[0], a.Condition.Codings[1] with { Code = "other" }] } },
        ["order of the condition's codings"] = static a => a with { Condition = a.Condition with { Codings = [a.Condition.Codings[1], a.Condition.Codings[0]] } },
        ["reviewer credentials"] = static a => a with { Review = a.Review with { Reviewers = [a.Review.Reviewers[0] with { Credentials = "MD" }, a.Review.Reviewers[1]] } },
        ["notice kind"] = static a => a with { Review = a.Review with { Notices = [a.Review.Notices[0] with { Kind = ReviewNoticeKind.Other }, a.Review.Notices[1]] } },
        ["dose range high of the first dosage"] = static a => WithFirstDosage(a, static d => d with { Dose = ((DoseRange)d.Dose!) with { High = 2m } }),
        ["dose unit of the first dosage"] = static a => WithFirstDosage(a, static d => d with { Dose = d.Dose! with { Unit = "g" } }),
        ["timing event of the first dosage"] = static a => WithFirstDosage(a, static d => d with { Timing = d.Timing! with { When = [TimingEvent.Morning, TimingEvent.WithMeals] } }),
        ["offset relation of the first dosage"] = static a => WithFirstDosage(a, static d => d with { Timing = d.Timing! with { Offset = d.Timing.Offset! with { Relation = OffsetRelation.After } } }),
        ["maximum dose period unit"] = static a => WithFirstDosage(a, static d => d with { MaximumDose = d.MaximumDose! with { Period = d.MaximumDose.Period with { Unit = TimeUnit.Week } } }),
        ["unknown member value deep inside"] = static a => WithFirstDosage(a, static d => d with { UnknownMembers = ModelSamples.Unknown("x-extension", """{"added":[1,"two",false]}""") }),
        ["scenario therapy efficacy"] = static a => a with
        {
            SpecialScenarios = [a.SpecialScenarios[0] with { Therapies = [a.SpecialScenarios[0].Therapies[0] with { Efficacy = a.SpecialScenarios[0].Therapies[0].Efficacy! with { Value = 91m } }, a.SpecialScenarios[0].Therapies[1]] }, a.SpecialScenarios[1]],
        },
        ["precaution point text"] = static a => a with { Precautions = [a.Precautions[0] with { Points = [a.Precautions[0].Points[0], a.Precautions[0].Points[1] with { Text = "changed" }] }, a.Precautions[1]] },
        ["last reference author"] = static a => a with { References = [a.References[0] with { Authors = [a.References[0].Authors[0], a.References[0].Authors[1] with { Given = "A." }] }, a.References[1]] },
        ["reference issued month"] = static a => a with { References = [a.References[0] with { Issued = new PartialDate(2004, 11) }, a.References[1]] },
        ["one section removed"] = static a => a with { OtherSections = [a.OtherSections[0]] },
        ["one precaution added"] = static a => a with { Precautions = [.. a.Precautions, ModelSamples.MinimalPrecaution()] },
        ["diagnosis differential text"] = static a => a with { Diagnosis = a.Diagnosis! with { Differentials = [a.Diagnosis.Differentials[0] with { Text = "Tics" }] } },
    };

    public static TheoryData<string> DeepChanges => [.. s_deepChanges.Keys];

    private static ClinicalArticle WithFirstDosage(ClinicalArticle article, Func<Dosage, Dosage> change)
    {
        var section = article.FirstLineTherapy!;
        var option = section.Options[0];
        var component = option.Components[0];
        return article with
        {
            FirstLineTherapy = section with
            {
                Options = [option with { Components = [component with { Dosages = [change(component.Dosages[0]), .. component.Dosages.Skip(1)] }, .. option.Components.Skip(1)] }, .. section.Options.Skip(1)],
            },
        };
    }

    [Fact]
    public void Equals_TwoSeparatelyBuiltFullArticles_AreEqual()
    {
        var first = ModelSamples.FullArticle();
        var second = ModelSamples.FullArticle();

        var equal = first.Equals(second);

        equal.Should().BeTrue();
        (first == second).Should().BeTrue();
    }

    [Fact]
    public void GetHashCode_TwoSeparatelyBuiltFullArticles_IsTheSame()
    {
        var first = ModelSamples.FullArticle();
        var second = ModelSamples.FullArticle();

        var hashes = (first.GetHashCode(), second.GetHashCode());

        hashes.Item1.Should().Be(hashes.Item2);
    }

    [Fact]
    public void Equals_ArticlesUsableAsHashSetElements_FindsAnEqualCopy()
    {
        var set = new HashSet<ClinicalArticle> { ModelSamples.FullArticle() };

        var found = set.Contains(ModelSamples.FullArticle());

        found.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(DeepChanges))]
    public void Equals_ArticleWithOneNestedValueChanged_IsNotEqual(string change)
    {
        var original = ModelSamples.FullArticle();

        var changed = s_deepChanges[change](ModelSamples.FullArticle());

        changed.Should().NotBe(original);
        (changed != original).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(DeepChanges))]
    public void With_ChangingANestedValue_LeavesTheOriginalUntouched(string change)
    {
        var original = ModelSamples.FullArticle();

        _ = s_deepChanges[change](original);

        original.Should().Be(ModelSamples.FullArticle());
    }

    [Fact]
    public void With_ChangedTitle_CopiesEverythingElse()
    {
        var original = ModelSamples.FullArticle();

        var renamed = original with { Title = "Treating myoclonus" };

        renamed.Title.Should().Be("Treating myoclonus");
        original.Title.Should().Be("Treatment for Involuntary Muscle Jerking");
        (renamed with { Title = original.Title }).Should().Be(original);
        renamed.Summary.Should().BeSameAs(original.Summary);
    }

    [Fact]
    public void SchemaVersion_NotSet_IsTheCurrentVersion()
    {
        var article = ModelSamples.MinimalArticle();

        var version = article.SchemaVersion;

        version.Should().Be(ClinicalArticle.CurrentSchemaVersion).And.Be("1.0");
    }

    [Fact]
    public void Lists_NotSet_AreEmptyRatherThanNull()
    {
        var article = ModelSamples.MinimalArticle();

        var counts = new[] { article.SpecialScenarios.Count, article.Precautions.Count, article.OtherSections.Count, article.References.Count, article.Summary.Points.Count };

        counts.Should().OnlyContain(static c => c == 0);
    }

    [Fact]
    public void Equals_EmptyListAndUnsetList_AreEqual()
    {
        var unset = ModelSamples.MinimalArticle();

        var empty = unset with { References = [], Summary = unset.Summary with { Citations = [] } };

        empty.Should().Be(unset);
        empty.GetHashCode().Should().Be(unset.GetHashCode());
    }
}
