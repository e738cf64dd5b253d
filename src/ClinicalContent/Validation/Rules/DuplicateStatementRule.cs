using System.Text;
using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3011 (warning): no statement repeats an earlier one. Texts are compared after trimming, collapsing runs of
/// white space, ignoring case and dropping trailing punctuation (<c>.</c>, <c>:</c>, <c>;</c>); the later statement
/// is reported, naming the first.
/// </summary>
/// <remarks>Blank texts are CC3010's concern and are not compared. Text outside statements (a dosage's instruction,
/// a therapy option's description) is not compared: repeating a dose instruction as a point is how the structured
/// reading sits beside the text.</remarks>
internal sealed class DuplicateStatementRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.DuplicateStatement];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (statement, pointer) in context.Statements)
        {
            var key = Normalize(statement.Text);
            if (key.Length > 0 && !first.TryAdd(key, pointer))
            {
                context.Report(IssueCodes.DuplicateStatement, IssueSeverity.Warning, pointer, IssueMessages.DuplicateStatement(first[key]));
            }
        }
    }

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        while (builder.Length > 0 && builder[^1] is '.' or ':' or ';')
        {
            builder.Length--;
        }

        return builder.ToString().TrimEnd();
    }
}
