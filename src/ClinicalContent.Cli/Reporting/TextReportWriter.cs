using System.Globalization;
using System.Text;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>
/// Writes issues one per line, as compilers do: <c>path:line:col: severity CODE: message [pointer]</c>, and the
/// summary line that ends every run.
/// </summary>
internal static class TextReportWriter
{
    private const string Reset = "\u001b[0m";

    /// <summary>Writes every issue of every report, in report order.</summary>
    /// <param name="writer">Standard error.</param>
    /// <param name="reports">The reports, sorted.</param>
    /// <param name="useColor">Whether to colour the severity.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<FileReport> reports, bool useColor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        var line = new StringBuilder();
        foreach (var report in reports)
        {
            foreach (var issue in report.Issues)
            {
                line.Clear();
                Format(line, report.Path, issue, useColor);
                await writer.WriteLineAsync(line).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Formats one issue.</summary>
    /// <param name="path">The file's display path.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="useColor">Whether to colour the severity.</param>
    /// <returns>The line, without a line end.</returns>
    public static string Format(string path, ReportedIssue issue, bool useColor = false)
    {
        var line = new StringBuilder();
        Format(line, path, issue, useColor);
        return line.ToString();
    }

    /// <summary>Formats the totals: <c>4 files, 4 articles, 6 errors, 0 warnings</c>, then any information, unreadable and failed counts.</summary>
    /// <param name="summary">The totals.</param>
    /// <returns>The summary line.</returns>
    public static string FormatSummary(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        Count(text, summary.Files, "file", "files");
        Count(text, summary.Articles, "article", "articles");
        Count(text, summary.Errors, "error", "errors");
        Count(text, summary.Warnings, "warning", "warnings");
        if (summary.Information > 0)
        {
            Count(text, summary.Information, "information", "information");
        }

        if (summary.Unreadable > 0)
        {
            Count(text, summary.Unreadable, "unreadable", "unreadable");
        }

        if (summary.Failed > 0)
        {
            Count(text, summary.Failed, "failed", "failed");
        }

        return text.ToString();
    }

    /// <summary>The lower-case word for a severity, as shown in text.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c>, <c>warning</c> or <c>info</c>.</returns>
    public static string SeverityWord(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "info",
    };

    private static void Format(StringBuilder line, string path, ReportedIssue issue, bool useColor)
    {
        line.Append(path);
        if (issue.Line is { } lineNumber)
        {
            line.Append(CultureInfo.InvariantCulture, $":{lineNumber}");
            if (issue.Column is { } column)
            {
                line.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        line.Append(": ");
        var word = SeverityWord(issue.Severity);
        if (useColor)
        {
            var color = issue.Severity switch
            {
                IssueSeverity.Error => "\u001b[1;31m",
                IssueSeverity.Warning => "\u001b[1;33m",
                _ => "\u001b[1;36m",
            };
            line.Append(color).Append(word).Append(Reset);
        }
        else
        {
            line.Append(word);
        }

        line.Append(' ').Append(issue.Code).Append(": ").Append(issue.Message);
        if (issue.Pointer is { } pointer)
        {
            line.Append(" [").Append(pointer).Append(']');
        }
    }

    private static void Count(StringBuilder text, int count, string one, string many)
    {
        if (text.Length > 0)
        {
            text.Append(", ");
        }

        text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(count == 1 ? one : many);
    }
}
