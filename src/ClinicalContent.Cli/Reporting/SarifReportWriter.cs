using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>
/// Writes the <c>--format sarif</c> report: a SARIF 2.1.0 log with one run, one rule per issue code found, one
/// result per content issue (with its file, line, column and JSON Pointer), and inputs that could not be read or
/// validated as tool execution notifications.
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>The SARIF schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private const string ToolName = "clinical-content";
    private const string InformationUri = "https://github.com/clinicalcontent/clinicalcontent";
    private const string SourceRoot = "SRCROOT";

    /// <summary>Writes the log.</summary>
    /// <param name="reports">The reports, sorted.</param>
    /// <param name="summary">The totals.</param>
    /// <param name="workingDirectory">The directory relative paths are relative to; it becomes the <c>SRCROOT</c> base.</param>
    /// <returns>The SARIF JSON, ending with a line end.</returns>
    public static string Write(IReadOnlyList<FileReport> reports, RunSummary summary, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(summary);
        var rules = reports
            .Where(static r => r.Status == FileStatus.Checked)
            .SelectMany(static r => r.Issues)
            .Select(static i => i.Code)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select(static (code, index) => (code, index)).ToDictionary(static p => p.code, static p => p.index, StringComparer.Ordinal);

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", ToolVersion);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var code in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                if (IssueDescriptions.Name(code) is { } name)
                {
                    json.WriteString("name", name);
                }

                json.WriteStartObject("shortDescription");
                json.WriteString("text", IssueDescriptions.Describe(code));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", DirectoryUri(workingDirectory));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", summary.Failed == 0 && summary.Unreadable == 0);
            json.WriteNumber("exitCode", summary.ExitCode);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var report in reports.Where(static r => r.Status != FileStatus.Checked))
            {
                foreach (var issue in report.Issues)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("descriptor");
                    json.WriteString("id", issue.Code);
                    json.WriteEndObject();
                    json.WriteString("level", "error");
                    WriteMessage(json, issue.Message);
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    WritePhysicalLocation(json, report.Path, issue);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in reports.Where(static r => r.Status == FileStatus.Checked))
            {
                foreach (var issue in report.Issues)
                {
                    WriteResult(json, report.Path, issue, ruleIndex[issue.Code]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The tool's version without build metadata, such as <c>0.1.0</c>.</summary>
    internal static string ToolVersion { get; } = ReadToolVersion();

    /// <summary>The SARIF level of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c>, <c>warning</c> or <c>note</c>.</returns>
    public static string Level(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The artifact URI of a display path: relative paths stay relative (segments escaped), absolute ones become <c>file:</c> URIs.</summary>
    /// <param name="path">The display path.</param>
    /// <returns>The URI text and whether it is relative to <c>SRCROOT</c>.</returns>
    internal static (string Uri, bool Relative) ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return (new Uri(path).AbsoluteUri, false);
        }

        var segments = path.Split('/').Select(static s => s is "." or ".." ? s : Uri.EscapeDataString(s));
        return (string.Join('/', segments), true);
    }

    private static void WriteResult(Utf8JsonWriter json, string path, ReportedIssue issue, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", issue.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(issue.Severity));
        WriteMessage(json, issue.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, path, issue);
        if (issue.Pointer is { } pointer)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", pointer);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        if (issue.Pointer is { } jsonPointer)
        {
            json.WriteStartObject("properties");
            json.WriteString("pointer", jsonPointer);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, ReportedIssue issue)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(path);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        if (issue.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (issue.Column is { } column)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string DirectoryUri(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!full.EndsWith(Path.DirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(full).AbsoluteUri;
    }

    private static string ReadToolVersion()
    {
        var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
