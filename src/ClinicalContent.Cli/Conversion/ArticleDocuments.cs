using System.Collections.Immutable;
using System.Text;
using ClinicalContent.Cli.Output;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Conversion;

/// <summary>What reading one input gave: the article, when it could be read without errors, and every issue.</summary>
/// <param name="DisplayPath">The input as named on the command line (<c>-</c> for standard input).</param>
/// <param name="Article">The article, or null when it could not be read.</param>
/// <param name="Issues">Every issue found while reading, in the order found.</param>
/// <param name="ExitCode">What the command exits with if it stops here: 0 when <paramref name="Article"/> is set.</param>
internal sealed record LoadedArticle(string DisplayPath, ClinicalArticle? Article, ImmutableArray<ReportedIssue> Issues, int ExitCode);

/// <summary>What a command makes of one article: the output text, and what it could not carry.</summary>
/// <param name="Text">The whole output.</param>
/// <param name="Losses">One issue per member left out, with its JSON Pointer in the article; empty when nothing was.</param>
internal sealed record ArticleOutput(string Text, IReadOnlyList<ReportedIssue> Losses);

/// <summary>
/// Reads an article from a file or standard input in any format the library imports, and writes command output to
/// standard output or, atomically, to a file. Shared by the commands that turn one article into another form.
/// </summary>
internal static class ArticleDocuments
{
    /// <summary>The largest input read, in bytes; larger files are refused rather than loaded whole.</summary>
    public const int MaxInputBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one article.</summary>
    /// <param name="path">A file path, relative to the console's working directory, or <c>-</c> for standard input.</param>
    /// <param name="format">The input format; null to take it from the file's extension.</param>
    /// <param name="accepted">The formats the command reads; others are a usage error.</param>
    /// <param name="strict">Whether warnings count as errors.</param>
    /// <param name="pageText">How page text is imported.</param>
    /// <param name="jsonOptions">How JSON is read; null for the strict default, which reports unknown members as warnings.</param>
    /// <param name="console">Gives the working directory and standard input.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article and issues, or the exit code and issue that explain why there is none.</returns>
    public static async Task<LoadedArticle> LoadAsync(
        string path,
        DocumentFormat? format,
        IReadOnlyCollection<DocumentFormat> accepted,
        bool strict,
        PlainTextImportOptions pageText,
        ClinicalArticleJsonOptions? jsonOptions,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(console);
        var fromStandardInput = path == "-";
        var effective = format ?? (fromStandardInput ? null : DocumentFormats.FromExtension(path));
        if (effective is not { } kind)
        {
            var problem = fromStandardInput
                ? $"Standard input has no file extension; name its format with --from ({Names(accepted)})."
                : $"The format of '{path}' cannot be told from its extension; name it with --from ({Names(accepted)}).";
            return Failed(path, ExitCodes.UsageError, IssueCodes.InputUnreadable, problem);
        }

        if (!accepted.Contains(kind))
        {
            return Failed(path, ExitCodes.UsageError, IssueCodes.InputUnreadable, $"This command does not read {Name(kind)}; it reads {Names(accepted)}.");
        }

        byte[] bytes;
        try
        {
            bytes = fromStandardInput
                ? await ReadAllAsync(console.OpenStandardInput(), cancellationToken).ConfigureAwait(false)
                : await ReadFileAsync(Path.GetFullPath(path, console.WorkingDirectory), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, ExitCodes.InputUnreadable, IssueCodes.InputUnreadable, $"The input could not be read: {exception.Message}");
        }

        ReadResult<ClinicalArticle> read;
        if (kind == DocumentFormat.Json)
        {
            read = ClinicalArticleJson.Read(bytes, jsonOptions);
        }
        else
        {
            string text;
            try
            {
                text = s_strictUtf8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
            }
            catch (DecoderFallbackException exception)
            {
                return Failed(path, ExitCodes.ContentInvalid, IssueCodes.InputUnreadable, $"The input is not valid UTF-8 (byte offset {exception.Index}).");
            }

            read = kind switch
            {
                DocumentFormat.Markdown => MarkdownImporter.Import(text),
                DocumentFormat.PageText => PlainTextImporter.Import(text, pageText),
                _ => throw new ArgumentException($"{Name(kind)} holds no single article to load.", nameof(accepted)),
            };
        }

        var issues = read.Issues.Select(issue => ReportedIssue.From(issue, null, strict)).ToImmutableArray();
        var usable = read.Value is not null && !issues.Any(static issue => issue.Severity == IssueSeverity.Error);
        return new LoadedArticle(path, usable ? read.Value : null, issues, usable ? ExitCodes.Ok : ExitCodes.ContentInvalid);
    }

    /// <summary>
    /// The whole run of a command that reads one article and writes one output: reads it leniently, reports its
    /// issues, turns it into the output, reports what the output left out, and writes it.
    /// </summary>
    /// <param name="input">The input path, or <c>-</c>.</param>
    /// <param name="format">The input format; null to take it from the extension.</param>
    /// <param name="accepted">The formats the command reads.</param>
    /// <param name="outputPath">The output file; null or <c>-</c> for standard output.</param>
    /// <param name="console">The console.</param>
    /// <param name="transform">Makes the output text, and issues about what it could not carry.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> TransformOneAsync(
        string input,
        DocumentFormat? format,
        IReadOnlyCollection<DocumentFormat> accepted,
        string? outputPath,
        CliConsole console,
        Func<ClinicalArticle, ArticleOutput> transform,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var loaded = await LoadAsync(input, format, accepted, strict: false, PlainTextImportOptions.Default, jsonOptions: null, console, cancellationToken)
            .ConfigureAwait(false);
        await ReportAsync(console, loaded.DisplayPath, loaded.Issues).ConfigureAwait(false);
        if (loaded.Article is not { } article)
        {
            return loaded.ExitCode;
        }

        var (text, losses) = transform(article);
        await ReportAsync(console, loaded.DisplayPath, losses).ConfigureAwait(false);
        if (await WriteOutputAsync(outputPath, text, console, cancellationToken).ConfigureAwait(false) is { } failure)
        {
            await ReportAsync(console, loaded.DisplayPath, [failure]).ConfigureAwait(false);
            return ExitCodes.InputUnreadable;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes a command's output to standard output, or atomically to a file.</summary>
    /// <param name="outputPath">The file, relative to the console's working directory; null or <c>-</c> for standard output.</param>
    /// <param name="content">The whole output.</param>
    /// <param name="console">Gives standard output and the working directory.</param>
    /// <param name="cancellationToken">Stops the write; a file is then left as it was.</param>
    /// <returns>Null when written; otherwise the issue that says why not.</returns>
    public static async Task<ReportedIssue?> WriteOutputAsync(string? outputPath, string content, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(console);
        if (outputPath is null or "-")
        {
            await console.Out.WriteAsync(content.AsMemory(), cancellationToken).ConfigureAwait(false);
            return null;
        }

        try
        {
            var bytes = s_strictUtf8.GetBytes(content);
            await AtomicFile.WriteAsync(
                Path.GetFullPath(outputPath, console.WorkingDirectory),
                async (stream, token) => await stream.WriteAsync(bytes, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Issue(IssueCodes.OutputUnwritable, $"The output could not be written; '{outputPath}' is unchanged: {exception.Message}");
        }
    }

    /// <summary>Writes issues one per line to standard error.</summary>
    /// <param name="console">Gives standard error.</param>
    /// <param name="displayPath">The file the issues are about.</param>
    /// <param name="issues">The issues.</param>
    /// <returns>A task that completes when they are written.</returns>
    public static async Task ReportAsync(CliConsole console, string displayPath, IEnumerable<ReportedIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            await console.Error.WriteLineAsync(TextReportWriter.Format(displayPath, issue, console.ErrorSupportsColor)).ConfigureAwait(false);
        }
    }

    /// <summary>An error issue without a position.</summary>
    /// <param name="code">The issue code.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns>The issue.</returns>
    public static ReportedIssue Issue(string code, string message) => new() { Code = code, Severity = IssueSeverity.Error, Message = message };

    /// <summary>The command-line name of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>json, md, txt or html.</returns>
    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Json => "json",
        DocumentFormat.Ndjson => "ndjson",
        DocumentFormat.Markdown => "md",
        DocumentFormat.PageText => "txt",
        _ => "html",
    };

    private static string Names(IEnumerable<DocumentFormat> formats) => string.Join(", ", formats.Select(Name));

    private static LoadedArticle Failed(string path, int exitCode, string code, string message) => new(path, null, [Issue(code, message)], exitCode);

    private static async Task<byte[]> ReadFileAsync(string fullPath, CancellationToken cancellationToken)
    {
        var length = new FileInfo(fullPath).Length;
        if (length > MaxInputBytes)
        {
            throw new IOException($"the file holds {length} bytes; at most {MaxInputBytes} are read.");
        }

        return await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadAllAsync(Stream input, CancellationToken cancellationToken)
    {
        await using (input.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxInputBytes)
                {
                    throw new IOException($"standard input holds more than {MaxInputBytes} bytes, the most that is read.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
