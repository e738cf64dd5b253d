using ClinicalContent.Model;

namespace ClinicalContent.Validation;

/// <summary>
/// A content check on a typed <see cref="ClinicalArticle"/>. The built-in CC3xxx and CC4xxx checks are rules; add
/// your own with <see cref="ArticleValidatorOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// <para>A rule reports what it finds through <see cref="ArticleRuleContext.Report"/>, with a stable code, a default
/// severity, a JSON Pointer and a message; it never throws for bad content. The validator applies severity
/// overrides and suppressions afterwards, and adds line and column when the article came from JSON.</para>
/// <para>One rule instance serves every validation and may be called from several threads at once: keep it
/// free of mutable state.</para>
/// </remarks>
public interface IArticleRule
{
    /// <summary>The codes this rule may report, so that <see cref="ArticleValidatorOptions.SeverityOverrides"/> and
    /// <see cref="ArticleValidatorOptions.SuppressedCodes"/> can name them; none by default.</summary>
    /// <remarks>A code named in an override or a suppression must be a built-in code or one of these; anything else is
    /// rejected when the <see cref="ArticleValidator"/> is created.</remarks>
    IEnumerable<string> Codes => [];

    /// <summary>Checks one article and reports every problem found.</summary>
    /// <param name="article">The article; never null.</param>
    /// <param name="context">Where to report issues, with the clock, the options and the article's parts located by JSON Pointer.</param>
    void Check(ClinicalArticle article, ArticleRuleContext context);
}
