using ClinicalContent.Model;
using ClinicalContent.Rendering;
using static ClinicalContent.Tests.Rendering.Html.HtmlArticles;

namespace ClinicalContent.Tests.Rendering.Html;

public sealed class CitationNumberingTests
{
    [Fact]
    public void Create_ReferencesListedInAnotherOrder_NumbersByFirstCitation()
    {
        var article = Minimal(Cite("c"), Cite("a")) with
        {
            FollowUp = new FollowUpPlan { Points = [Point("Later", Cite("b"), Cite("a"))] },
            References = [Source("a", "A"), Source("b", "B"), Source("c", "C")],
        };

        var numbering = CitationNumbering.Create(article);

        numbering.NumberOf(new ReferenceId("c")).Should().Be(1);
        numbering.NumberOf(new ReferenceId("a")).Should().Be(2);
        numbering.NumberOf(new ReferenceId("b")).Should().Be(3);
    }

    [Fact]
    public void Create_UncitedReferences_NumberedAfterCitedOnesInListOrder()
    {
        var article = Minimal(Cite("b")) with { References = [Source("z", "Z"), Source("b", "B"), Source("y", "Y")] };

        var numbering = CitationNumbering.Create(article);

        numbering.Ordered.Select(static id => id.Value).Should().Equal("b", "z", "y");
    }

    [Fact]
    public void Create_CitedButNotListed_StillNumberedAndReportedMissing()
    {
        var article = Minimal(Cite("gone"), Cite("a")) with { References = [Source("a", "A")] };

        var numbering = CitationNumbering.Create(article);

        numbering.NumberOf(new ReferenceId("gone")).Should().Be(1);
        numbering.TryGetReference(new ReferenceId("gone"), out _).Should().BeFalse();
        numbering.TryGetReference(new ReferenceId("a"), out var reference).Should().BeTrue();
        reference!.Title.Should().Be("A");
    }

    [Fact]
    public void Citations_NestedPoints_ComeAfterTheirParentStatement()
    {
        var parent = Point("Parent", Cite("p")) with { Points = [Point("Child", Cite("c"))] };
        var article = Minimal() with { Diagnosis = new DiagnosticApproach { Points = [parent, Point("Sibling", Cite("s"))] } };

        var order = CitationNumbering.Citations(article).Select(static c => c.ReferenceId.Value);

        order.Should().Equal("p", "c", "s");
    }

    [Fact]
    public void Create_SeedArticle_NumbersFollowTheReferenceIdsItWasWrittenWith()
    {
        var numbering = CitationNumbering.Create(Sample("myoclonus.json"));

        numbering.Ordered.Select(static id => id.Value).Should().Equal("ref-1", "ref-2", "ref-3", "ref-4", "ref-5", "ref-6");
    }
}
