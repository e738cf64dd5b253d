using ArticleService.Http;
using ClinicalContent.Model;

namespace ArticleService.Intake;

/// <summary>The outcome of reading and validating a request body.</summary>
/// <param name="Article">The article read; null when none could be built.</param>
/// <param name="Issues">Every issue of the validation report, in report order, each marked blocking or not.</param>
/// <param name="TooLarge">Whether the body was larger than the largest document the reader accepts.</param>
internal sealed record IntakeResult(ClinicalArticle? Article, IReadOnlyList<IssueDocument> Issues, bool TooLarge)
{
    /// <summary>Whether the article may be stored: one was built and no issue blocks.</summary>
    public bool Accepted => Article is not null && !TooLarge && !Issues.Any(static issue => issue.Blocking);
}
