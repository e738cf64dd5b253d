using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Rendering.Markdown;
using ClinicalContent.Tests.Generators;

namespace ClinicalContent.Tests.Rendering.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer s_renderer = new();

    /// <summary>The objects whose model has no <c>citations</c> member, so that a member of that name is an unknown one.</summary>
    private static readonly string[] s_ownersWithoutCitations =
        ["article", "diagnosis", "therapy section", "scenario", "follow-up", "other section", "reference"];

    public static TheoryData<string> OwnersWithoutCitations() => new(s_ownersWithoutCitations);

    public static TheoryData<string, string> OwnersAndNonArrayCitations()
    {
        var data = new TheoryData<string, string>();
        foreach (var owner in s_ownersWithoutCitations)
        {
            foreach (var json in new[] { "\"see reference 1\"", "3", """{"referenceId": "ref-1"}""", """[1, "ref-1"]""" })
            {
                data.Add(owner, json);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OwnersWithoutCitations))]
    public void RenderThenImport_UnknownMemberNamedCitations_KeepsIt(string owner)
    {
        var article = WithUnknownMember(owner, """[{"referenceId": "ref-1"}, {"referenceId": "ref-2", "locator": "p. 4"}]""");

        var result = MarkdownImporter.Import(s_renderer.Render(article));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Theory]
    [MemberData(nameof(OwnersAndNonArrayCitations))]
    public void Render_UnknownMemberNamedCitationsThatIsNoCitationList_RendersItAsUnknownMember(string owner, string json)
    {
        var article = WithUnknownMember(owner, json);

        var render = () => s_renderer.Render(article);

        var markdown = render.Should().NotThrow().Subject;
        MarkdownImporter.Import(markdown).Value.Should().Be(article);
    }

    /// <summary><see cref="ModelSamples.FullArticle"/> with an unknown member <c>citations</c> on the object named by <paramref name="owner"/>.</summary>
    private static ClinicalArticle WithUnknownMember(string owner, string json)
    {
        var article = ModelSamples.FullArticle();
        var unknown = ModelSamples.Unknown("citations", json);
        return owner switch
        {
            "article" => article with { UnknownMembers = unknown },
            "diagnosis" => article with { Diagnosis = article.Diagnosis! with { UnknownMembers = unknown } },
            "therapy section" => article with { FirstLineTherapy = article.FirstLineTherapy! with { UnknownMembers = unknown } },
            "scenario" => article with { SpecialScenarios = [article.SpecialScenarios[0] with { UnknownMembers = unknown }, .. article.SpecialScenarios.Skip(1)] },
            "follow-up" => article with { FollowUp = article.FollowUp! with { UnknownMembers = unknown } },
            "other section" => article with { OtherSections = [article.OtherSections[0] with { UnknownMembers = unknown }, .. article.OtherSections.Skip(1)] },
            "reference" => article with { References = [article.References[0] with { UnknownMembers = unknown }, .. article.References.Skip(1)] },
            _ => throw new ArgumentOutOfRangeException(nameof(owner), owner, "Not an owner this test knows."),
        };
    }
}
