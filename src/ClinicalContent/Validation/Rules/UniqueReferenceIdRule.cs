using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC4003: reference ids are unique; every later use of an id is reported at its <c>id</c>.</summary>
internal sealed class UniqueReferenceIdRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.DuplicateReferenceId];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reference, pointer) in context.References)
        {
            var id = reference.Id.Value;
            if (!first.TryAdd(id, pointer))
            {
                context.Report(IssueCodes.DuplicateReferenceId, IssueSeverity.Error, pointer + "/id", IssueMessages.DuplicateReferenceId(id, first[id]));
            }
        }
    }
}
