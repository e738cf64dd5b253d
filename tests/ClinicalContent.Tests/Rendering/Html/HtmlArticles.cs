using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Rendering.Html;

/// <summary>Articles for the rendering tests: the samples, and small hand-built ones.</summary>
internal static class HtmlArticles
{
    public static ClinicalArticle Sample(string fileName) =>
        ClinicalArticleJson.ReadOrThrow(File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, fileName)));

    public static Citation Cite(string id, string? locator = null) => new() { ReferenceId = new ReferenceId(id), Locator = locator };

    public static Statement Point(string text, params Citation[] citations) => new() { Text = text, Citations = [.. citations] };

    public static Reference Source(string id, string title) => new() { Id = new ReferenceId(id), Kind = ReferenceKind.Research, Title = title };

    /// <summary>A small valid article whose summary cites <paramref name="summaryCitations"/>.</summary>
    public static ClinicalArticle Minimal(params Citation[] summaryCitations) => new()
    {
        Id = new ArticleId("test-article"),
        Language = "en",
        Question = "What is tested?",
        Title = "Test article",
        Summary = new Statement { Text = "The summary.", Citations = [.. summaryCitations] },
        Condition = new CodedConcept { Text = "Testing" },
        Audience = Audience.Clinician,
        Review = new ReviewInfo
        {
            Status = ReviewStatus.Submitted,
            LastUpdated = new DateOnly(2025, 10, 9),
            Notices = [new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending human review" }],
        },
        Disclaimer = "Illustrative, not medical advice.",
    };
}
