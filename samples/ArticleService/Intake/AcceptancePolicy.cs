using System.Globalization;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ArticleService.Intake;

/// <summary>
/// Decides which validation errors stop the service from storing an article. Every issue is reported either way;
/// this only decides between storing and refusing.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Warnings and information never block.</item>
/// <item>Errors block, except in two cases:</item>
/// <item>An unknown member (<see cref="IssueCodes.UnknownMember"/>) in an article of a newer minor schema version than
/// this library's (<c>1.3</c> against <see cref="ClinicalArticle.CurrentSchemaVersion"/> <c>1.0</c>): a newer minor
/// version only adds members, and they are kept and written back unchanged. In a <c>1.0</c> article an unknown
/// member is most likely a misspelt one, and blocks.</item>
/// <item>A content error (CC3xxx, CC4xxx) in an article that is not <see cref="ReviewStatus.Approved"/>: a draft or
/// an article under review may be stored with its defects — the seed article, which cites references its page never
/// lists, is one — so that it can be fixed in place. An approved article must be free of them.</item>
/// </list>
/// Syntax, shape and schema errors (CC1xxx, CC2xxx) always block: the stored JSON would not be the article sent.
/// </remarks>
internal static class AcceptancePolicy
{
    /// <summary>Whether <paramref name="issue"/> stops <paramref name="article"/> from being stored.</summary>
    /// <param name="issue">An issue of the article's validation report.</param>
    /// <param name="article">The article read, or null when none could be built.</param>
    /// <returns>True when the issue blocks storing.</returns>
    public static bool Blocks(ValidationIssue issue, ClinicalArticle? article)
    {
        if (issue.Severity != IssueSeverity.Error)
        {
            return false;
        }

        if (article is null)
        {
            return true;
        }

        if (string.Equals(issue.Code, IssueCodes.UnknownMember, StringComparison.Ordinal))
        {
            return !IsNewerMinorVersion(article.SchemaVersion);
        }

        var contentRule = issue.Code.StartsWith("CC3", StringComparison.Ordinal) || issue.Code.StartsWith("CC4", StringComparison.Ordinal);
        return !contentRule || article.Review.Status == ReviewStatus.Approved;
    }

    /// <summary>Whether <paramref name="schemaVersion"/> has this library's major version and a later minor one.</summary>
    /// <param name="schemaVersion">A <c>major.minor</c> version, as the article states it.</param>
    /// <returns>True for <c>1.1</c> and later 1.x versions.</returns>
    public static bool IsNewerMinorVersion(string schemaVersion)
        => TryParse(schemaVersion, out var major, out var minor)
            && TryParse(ClinicalArticle.CurrentSchemaVersion, out var currentMajor, out var currentMinor)
            && major == currentMajor
            && minor > currentMinor;

    private static bool TryParse(string version, out int major, out int minor)
    {
        major = 0;
        minor = 0;
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out major)
            && int.TryParse(version.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minor);
    }
}
