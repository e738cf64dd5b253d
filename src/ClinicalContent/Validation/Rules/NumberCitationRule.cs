using System.Text.RegularExpressions;
using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC4006 (warning): a statement that states a figure — a percentage, a dose, a time — cites a source for it.
/// </summary>
/// <remarks>
/// <para>Only the statement's own citations count. A citation supports the statement it is attached to; a lead-in
/// such as "Clonazepam 0.5-1 mg at bedtime:" states its figure itself, and the citations of the points under it
/// support those points, not the lead-in's figure. An uncited lead-in without a figure ("Evaluate for potential
/// causes including") is fine.</para>
/// <para>Figures are found by pattern: a number or range (<c>90%</c>, <c>0.5-1 mg</c>, <c>48 hours</c>,
/// <c>1-2 h</c>, <c>10 mg/kg</c>) followed by a percent sign, a dose unit or a time unit. Numbers that are part of a
/// name or code (<c>COVID-19</c>, <c>G25.3</c>, <c>vitamin B12</c>, <c>5-HT3</c>) and bare numbers (scores, counts)
/// are not figures. Because the detection is a heuristic, the default severity is a warning; promote it with
/// <see cref="ArticleValidatorOptions.SeverityOverrides"/>.</para>
/// </remarks>
internal sealed partial class NumberCitationRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.NumberWithoutCitation];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (statement, pointer) in context.Statements)
        {
            if (statement.Citations.IsEmpty && FindFigure(statement.Text) is { } figure)
            {
                context.Report(IssueCodes.NumberWithoutCitation, IssueSeverity.Warning, pointer, IssueMessages.NumberWithoutCitation(figure));
            }
        }
    }

    /// <summary>The first figure in a text, or null.</summary>
    internal static string? FindFigure(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var match = Figure().Match(text);
            return match.Success ? match.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // The pattern cannot backtrack badly; a timeout means a pathological text, which is not a figure.
            return null;
        }
    }

    // A number (not glued to a preceding letter, digit or point), an optional range, then a unit.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}.,])
        \d+(?:[.,]\d+)?
        (?:\s*(?:-|–|—|to)\s*\d+(?:[.,]\d+)?)?
        [\s-]*
        (?:
            %|percent\b|per\s?cent\b
          | (?:mg|mcg|µg|μg|ug|ng|g|kg|ml|l|dl|iu|units?|mmol|meq|mEq|tablets?|tabs?|capsules?|caps?|puffs?|drops?|patch(?:es)?|sprays?)
            (?:\s*/\s*(?:kg|m2|m²|d|day|h|hr|hour|min|dose))*\b
          | (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?)\b
        )
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Figure();
}
