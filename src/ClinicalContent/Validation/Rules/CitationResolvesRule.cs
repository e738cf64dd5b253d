using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC4001: every citation names a listed reference; each dangling occurrence is reported at its <c>referenceId</c>.</summary>
internal sealed class CitationResolvesRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.CitationUnresolved];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var ids = context.ReferenceIds;
        foreach (var (citation, pointer) in context.Citations)
        {
            var id = citation.ReferenceId.Value;
            if (!ids.Contains(id))
            {
                context.Report(IssueCodes.CitationUnresolved, IssueSeverity.Error, pointer + "/referenceId", IssueMessages.CitationUnresolved(id));
            }
        }
    }
}
