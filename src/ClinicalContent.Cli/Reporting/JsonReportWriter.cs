using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>
/// Writes the <c>--format json</c> report: <c>{"files":[{"path","valid","articles","issues":[…]}],"summary":{…}}</c>.
/// Deterministic (same input, same bytes), indented with <c>\n</c> line ends, written with
/// <see cref="Utf8JsonWriter"/> (no reflection).
/// </summary>
internal static class JsonReportWriter
{
    /// <summary>The writer settings shared by the JSON and SARIF reports.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // The report is data for pipelines, never embedded in HTML: keep quotes and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report.</summary>
    /// <param name="reports">The reports, sorted.</param>
    /// <param name="summary">The totals.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    public static string Write(IReadOnlyList<FileReport> reports, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(summary);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                json.WriteBoolean("valid", report.IsValid);
                json.WriteString("status", StatusName(report.Status));
                json.WriteNumber("articles", report.Articles);
                json.WriteStartArray("issues");
                foreach (var issue in report.Issues)
                {
                    json.WriteStartObject();
                    json.WriteString("code", issue.Code);
                    json.WriteString("severity", SeverityName(issue.Severity));
                    json.WriteString("message", issue.Message);
                    WriteNullable(json, "pointer", issue.Pointer);
                    WriteNullable(json, "line", issue.Line);
                    WriteNullable(json, "column", issue.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("validFiles", summary.ValidFiles);
            json.WriteNumber("articles", summary.Articles);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("information", summary.Information);
            json.WriteNumber("unreadable", summary.Unreadable);
            json.WriteNumber("failed", summary.Failed);
            json.WriteNumber("exitCode", summary.ExitCode);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The wire name of a severity: <c>error</c>, <c>warning</c> or <c>information</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string SeverityName(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "information",
    };

    private static string StatusName(FileStatus status) => status switch
    {
        FileStatus.Unreadable => "unreadable",
        FileStatus.Failed => "failed",
        _ => "checked",
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
