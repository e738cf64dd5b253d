using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;

namespace ClinicalContent.Tests.Import;

public sealed class TherapyRecognizerTests
{
    private static Statement Bullet(string text, params string[] points) =>
        new() { Text = text, Points = points.Select(static p => new Statement { Text = p }).ToEquatableArray() };

    [Fact]
    public void Recognize_NameColonDescription_GivesADrugWithDosesOnsetAndEfficacy()
    {
        var bullet = Bullet("Clonazepam: Most effective treatment for most forms of myoclonus",
            "Typical dosage: 0.5-1 mg at bedtime",
            "Beneficial effects typically observed within the first week of treatment",
            "Particularly effective for REM sleep behavior disorder with 90% efficacy");

        var option = TherapyRecognizer.Recognize(bullet);

        option.Should().NotBeNull();
        option!.Name.Should().Be("Clonazepam");
        option.Kind.Should().Be(TherapyKind.Drug);
        option.Description.Should().Be("Most effective treatment for most forms of myoclonus");
        option.Components.Single().Dosages.Single().Text.Should().Be("0.5-1 mg at bedtime");
        option.Onset.Should().Be("within the first week of treatment");
        option.Efficacy.Should().Be(new Efficacy { Value = 90m, Unit = "%", Population = "REM sleep behavior disorder" });
        option.Points.Should().HaveCount(3);
    }

    [Fact]
    public void Recognize_DrugsJoinedByPlus_GivesACombination()
    {
        var option = TherapyRecognizer.Recognize(Bullet("Tizanidine + baclofen + clonazepam has shown effectiveness for spinal myoclonus"));

        option!.Kind.Should().Be(TherapyKind.Combination);
        option.Name.Should().Be("Tizanidine + baclofen + clonazepam");
        option.Components.Select(static c => c.Drug.Text).Should().Equal("Tizanidine", "Baclofen", "Clonazepam");
        option.Indication.Should().Be("spinal myoclonus");
    }

    [Theory]
    [InlineData("Anticonvulsants (for epileptic myoclonus)", "Anticonvulsants", "epileptic myoclonus")]
    [InlineData("Levodopa or dopamine agonists (for certain types of myoclonus)", "Levodopa or dopamine agonists", "certain types of myoclonus")]
    [InlineData("Intra-articular corticosteroids (for a flare limited to one joint)", "Intra-articular corticosteroids", "a flare limited to one joint")]
    public void Recognize_ClassPhrase_GivesADrugClassWithItsIndication(string text, string name, string indication)
    {
        var option = TherapyRecognizer.Recognize(Bullet(text));

        option!.Kind.Should().Be(TherapyKind.DrugClass);
        option.Name.Should().Be(name);
        option.Indication.Should().Be(indication);
        option.Components.Should().BeEmpty();
    }

    [Fact]
    public void Recognize_DrugWithParenthesis_GivesADrugWithItsIndication()
    {
        var option = TherapyRecognizer.Recognize(Bullet("Primidone (alternative for certain forms of myoclonus)"));

        option!.Kind.Should().Be(TherapyKind.Drug);
        option.Components.Single().Drug.Text.Should().Be("Primidone");
        option.Indication.Should().Be("certain forms of myoclonus");
    }

    [Fact]
    public void Recognize_DoseInParenthesisAndEfficacyInCases_ReadsBoth()
    {
        var option = TherapyRecognizer.Recognize(Bullet("Clonazepam (0.5-1 mg at bedtime) is effective in 90% of cases"));

        option!.Components.Single().Dosages.Single().Text.Should().Be("0.5-1 mg at bedtime");
        option.Efficacy.Should().Be(new Efficacy { Value = 90m, Unit = "%" });
    }

    [Theory]
    [InlineData("Responds well to low-dose voltage-gated sodium channel blockers, especially carbamazepine/oxcarbazepine")]
    [InlineData("Environmental safety interventions should also be implemented")]
    [InlineData("Combination therapy may be required in refractory cases")]
    [InlineData("EEG evaluation is recommended to identify awareness and reactivity")]
    [InlineData("Typical dosage: 0.5-1 mg at bedtime")]
    public void Recognize_BulletNamingNoTreatment_ReturnsNull(string text)
    {
        var option = TherapyRecognizer.Recognize(Bullet(text));

        option.Should().BeNull();
    }
}
