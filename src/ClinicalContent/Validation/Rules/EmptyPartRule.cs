using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3010: what is present holds something. Reported at the part: a diagnosis, therapy section or follow-up plan
/// with neither an introduction nor content, a scenario with neither points nor therapies, a precaution with a
/// blank title and no points, an other-section with neither an introduction nor points; and at the text of a
/// statement whose text is blank.
/// </summary>
/// <remarks>Headings (a scenario's or section's title) are not content; a precaution's title is, because it may
/// carry citations of its own. Blank means empty or only white space.</remarks>
internal sealed class EmptyPartRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.EmptyPart];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Diagnosis is { } diagnosis && Blank(diagnosis.Introduction) && diagnosis.Points.IsEmpty
            && diagnosis.CausesToEvaluate.IsEmpty && diagnosis.Differentials.IsEmpty)
        {
            Report(context, "/diagnosis", "diagnosis");
        }

        if (article.FirstLineTherapy is { } firstLine && Blank(firstLine.Introduction) && firstLine.Options.IsEmpty)
        {
            Report(context, "/firstLineTherapy", "first-line therapy section");
        }

        if (article.Alternatives is { } alternatives && Blank(alternatives.Introduction) && alternatives.Options.IsEmpty)
        {
            Report(context, "/alternatives", "alternatives section");
        }

        foreach (var (scenario, pointer) in context.Scenarios)
        {
            if (scenario.Points.IsEmpty && scenario.Therapies.IsEmpty)
            {
                Report(context, pointer, "scenario");
            }
        }

        foreach (var (precaution, pointer) in context.Precautions)
        {
            if (Blank(precaution.Title) && precaution.Points.IsEmpty)
            {
                Report(context, pointer, "precaution");
            }
        }

        if (article.FollowUp is { } followUp && Blank(followUp.Introduction) && followUp.Points.IsEmpty)
        {
            Report(context, "/followUp", "follow-up plan");
        }

        foreach (var (section, pointer) in context.Sections)
        {
            if (Blank(section.Introduction) && section.Points.IsEmpty)
            {
                Report(context, pointer, "section");
            }
        }

        foreach (var (statement, pointer) in context.Statements)
        {
            if (Blank(statement.Text))
            {
                context.Report(IssueCodes.EmptyPart, IssueSeverity.Error, pointer + "/text", IssueMessages.EmptyStatementText());
            }
        }
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static void Report(ArticleRuleContext context, string pointer, string what)
        => context.Report(IssueCodes.EmptyPart, IssueSeverity.Error, pointer, IssueMessages.EmptyPart(what));
}
