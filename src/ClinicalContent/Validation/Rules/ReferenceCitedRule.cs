using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC4002 (warning): every listed reference is cited at least once.</summary>
internal sealed class ReferenceCitedRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.ReferenceNotCited];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (context.References.Count == 0)
        {
            return;
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (citation, _) in context.Citations)
        {
            cited.Add(citation.ReferenceId.Value);
        }

        foreach (var (reference, pointer) in context.References)
        {
            if (!cited.Contains(reference.Id.Value))
            {
                context.Report(IssueCodes.ReferenceNotCited, IssueSeverity.Warning, pointer, IssueMessages.ReferenceNotCited(reference.Id.Value));
            }
        }
    }
}
