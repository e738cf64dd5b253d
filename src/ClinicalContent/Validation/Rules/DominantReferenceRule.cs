using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC4005 (warning): no single reference is the only source of most of the article.
/// </summary>
/// <remarks>
/// <para>A <em>cited statement</em> is a statement (the summary or any point), a therapy option or a precaution
/// with at least one citation of its own. A listed reference <em>carries</em> a cited statement when it is the only
/// listed reference the statement cites (citations of unlisted references, reported as CC4001, support nothing). The rule reports a reference that carries at least
/// <see cref="ArticleValidatorOptions.DominantReferenceShare"/> of the cited statements, at the reference.</para>
/// <para>Articles with fewer than <see cref="MinimumCitedStatements"/> cited statements are not judged: with three
/// statements, one source for all of them says little.</para>
/// <para>The seed article has 38 cited statements; its guideline <c>ref-1</c> is cited by 23 of them and carries 21
/// (55.3%), so it passes the default threshold of 85%.</para>
/// </remarks>
internal sealed class DominantReferenceRule : IArticleRule
{
    public const int MinimumCitedStatements = 5;

    public IEnumerable<string> Codes => [IssueCodes.DominantReference];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var ids = context.ReferenceIds;
        if (ids.Count == 0)
        {
            return;
        }

        var carried = new Dictionary<string, int>(StringComparer.Ordinal);
        var cited = 0;
        foreach (var (statement, _) in context.Statements)
        {
            Count(statement.Citations, ids, carried, ref cited);
        }

        foreach (var (option, _) in context.TherapyOptions)
        {
            Count(option.Citations, ids, carried, ref cited);
        }

        foreach (var (precaution, _) in context.Precautions)
        {
            Count(precaution.Citations, ids, carried, ref cited);
        }

        if (cited < MinimumCitedStatements)
        {
            return;
        }

        var threshold = context.Options.DominantReferenceShare;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (reference, pointer) in context.References)
        {
            var id = reference.Id.Value;
            if (carried.TryGetValue(id, out var count) && (decimal)count / cited >= threshold && reported.Add(id))
            {
                context.Report(IssueCodes.DominantReference, IssueSeverity.Warning, pointer, IssueMessages.DominantReference(id, count, cited, threshold));
            }
        }
    }

    private static void Count(EquatableArray<Citation> citations, HashSet<string> ids, Dictionary<string, int> carried, ref int cited)
    {
        if (citations.IsEmpty)
        {
            return;
        }

        cited++;
        string? only = null;
        foreach (var citation in citations)
        {
            var id = citation.ReferenceId.Value;
            if (!ids.Contains(id))
            {
                // A dangling citation supports nothing (CC4001 reports it); only listed references can carry.
                continue;
            }

            if (only is null)
            {
                only = id;
            }
            else if (!string.Equals(only, id, StringComparison.Ordinal))
            {
                return;
            }
        }

        if (only is not null)
        {
            carried[only] = carried.GetValueOrDefault(only) + 1;
        }
    }
}
