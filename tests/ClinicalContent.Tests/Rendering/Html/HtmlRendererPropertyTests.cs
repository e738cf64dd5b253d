using ClinicalContent.Model;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Tests.Generators;
using FsCheck.Xunit;

namespace ClinicalContent.Tests.Rendering.Html;

public sealed class HtmlRendererPropertyTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Render_AnyArticle_IsAWellFormedPageAndDeterministic(ClinicalArticle article)
    {
        var html = new HtmlRenderer().Render(article);

        HtmlPage.Parse(html).ShouldBeValidPage();
        new HtmlRenderer().Render(article).Should().Be(html);
    }
}
