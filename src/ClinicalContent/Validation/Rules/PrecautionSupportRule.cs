using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC4004: a precaution rests on at least one verifiable source. Its own citations and those of its points, at
/// any depth, are pooled; when none names a listed reference — or there are none — the precaution is reported.
/// </summary>
/// <remarks>Safety advice is the part of an article a reader acts on without checking; a precaution whose only
/// sources are missing (the seed's three precaution groups, all resting on its unlisted sixth reference) is an
/// error, not a warning. The dangling citations themselves are also reported, each as CC4001.</remarks>
internal sealed class PrecautionSupportRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.PrecautionUnsupported];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (context.Precautions.Count == 0)
        {
            return;
        }

        var ids = context.ReferenceIds;
        foreach (var (_, precautionPointer) in context.Precautions)
        {
            var citations = 0;
            var resolved = false;
            foreach (var (citation, pointer) in context.Citations)
            {
                if (JsonPointers.IsAtOrUnder(pointer, precautionPointer))
                {
                    citations++;
                    resolved |= ids.Contains(citation.ReferenceId.Value);
                }
            }

            if (!resolved)
            {
                context.Report(IssueCodes.PrecautionUnsupported, IssueSeverity.Error, precautionPointer, IssueMessages.PrecautionUnsupported(citations));
            }
        }
    }
}
