using System.Collections.Immutable;
using System.CommandLine;
using System.Runtime.CompilerServices;
using ClinicalContent.Cli.Conversion;
using ClinicalContent.Cli.Output;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Rendering.Markdown;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Commands;

/// <summary>
/// <c>clinical-content convert &lt;inputs…&gt; -o &lt;out&gt;</c>: moves articles between JSON, NDJSON and Markdown, the
/// formats chosen by file extension, with nothing lost (unknown members included).
/// </summary>
internal sealed class ConvertCommand : Command
{
    private const string HelpText = """
        Converts articles between JSON (.json, one article), NDJSON (.ndjson, one article per line) and the Markdown
        authoring format (.md, one article); page text (.txt) is read too. Formats follow the file extensions.

        Several inputs, or an NDJSON input with several articles, go to one .ndjson file, or to a directory (an
        existing one, or a path ending in '/') with --to json|md: one file per article, named by its id.
        Members this version does not know are carried over unchanged.

        Every issue is reported on standard error as path:LINE:COLUMN (NDJSON issues at their line). A file output is
        written whole or not at all: if any article has an error, nothing is written. In a directory, each article is
        written on its own, and articles with errors are reported and not written.

        Exit codes: 0 converted, 1 usage error, 2 an article has errors, 3 an input could not be read or an output
        could not be written, 4 internal error.
        """;

    private static readonly DocumentFormat[] s_singleArticleInputs = [DocumentFormat.Json, DocumentFormat.Markdown, DocumentFormat.PageText];
    private static readonly ClinicalArticleJsonOptions s_readOptions = ClinicalArticleJsonOptions.Tolerant;
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private readonly CliConsole _console;

    /// <summary>Creates the command, reading and writing through <paramref name="console"/>.</summary>
    /// <param name="console">Where inputs are read from and issues written to.</param>
    public ConvertCommand(CliConsole console)
        : base("convert", HelpText)
    {
        _console = console;
        Arguments.Add(InputsArgument);
        Options.Add(OutputOption);
        Options.Add(ToOption);
        Options.Add(FromOption);
        Options.Add(StrictOption);
        ToOption.AcceptOnlyFromAmong("json", "ndjson", "md");
        FromOption.AcceptOnlyFromAmong("json", "ndjson", "md", "txt");
        SetAction(RunAsync);
    }

    /// <summary>The input files, or <c>-</c> for standard input.</summary>
    public Argument<string[]> InputsArgument { get; } = new("inputs")
    {
        Description = "Article files (.json, .ndjson, .md, .txt), or - for standard input (then give --from).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>-o, --output</c>.</summary>
    public Option<string> OutputOption { get; } = new("--output", "-o")
    {
        Description = "The output: a .json, .ndjson or .md file, or a directory (existing, or ending in '/') for one file per article.",
        HelpName = "file|directory/",
        Required = true,
    };

    /// <summary><c>--to json|ndjson|md</c>.</summary>
    public Option<string?> ToOption { get; } = new("--to", "-t")
    {
        Description = "The output format; needed for a directory, otherwise taken from the output's extension.",
        HelpName = "json|ndjson|md",
    };

    /// <summary><c>--from json|ndjson|md|txt</c>.</summary>
    public Option<string?> FromOption { get; } = new("--from")
    {
        Description = "The input format, when an extension does not tell it (always for standard input).",
        HelpName = "json|ndjson|md|txt",
    };

    /// <summary><c>--strict</c>.</summary>
    public Option<bool> StrictOption { get; } = new("--strict")
    {
        Description = "Treat warnings (such as dose text an importer could not read) as errors.",
    };

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.GetRequiredValue(OutputOption);
        var to = DocumentFormats.FromName(parseResult.GetValue(ToOption));
        var from = DocumentFormats.FromName(parseResult.GetValue(FromOption));
        var run = new Run(parseResult.GetRequiredValue(InputsArgument), from, parseResult.GetValue(StrictOption), _console);

        var outputPath = Path.GetFullPath(output, _console.WorkingDirectory);
        if (output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(outputPath))
        {
            if (to is not (DocumentFormat.Json or DocumentFormat.Markdown))
            {
                return await UsageErrorAsync("A directory output holds one file per article: name their format with --to json|md.").ConfigureAwait(false);
            }

            return await run.ToDirectoryAsync(outputPath, to.Value, cancellationToken).ConfigureAwait(false);
        }

        var target = to ?? DocumentFormats.FromExtension(output);
        return target switch
        {
            DocumentFormat.Ndjson => await run.ToNdjsonAsync(output, cancellationToken).ConfigureAwait(false),
            DocumentFormat.Json or DocumentFormat.Markdown => await run.ToSingleFileAsync(output, target.Value, cancellationToken).ConfigureAwait(false),
            DocumentFormat.Html => await UsageErrorAsync("HTML is a rendering, not an article format: use 'clinical-content render --to html'.").ConfigureAwait(false),
            _ => await UsageErrorAsync($"The format of '{output}' cannot be told from its extension; use .json, .ndjson or .md, or name it with --to.").ConfigureAwait(false),
        };
    }

    private async Task<int> UsageErrorAsync(string message)
    {
        await _console.Error.WriteLineAsync($"clinical-content convert: {message}").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }

    private static string Serialize(ClinicalArticle article, DocumentFormat format) => format == DocumentFormat.Markdown
        ? new MarkdownRenderer().Render(article)
        : ClinicalArticleJson.Write(article);

    /// <summary>Thrown inside an atomic write to abandon it: the temporary file is removed and the target left as it was.</summary>
    private sealed class AbandonWriteException : Exception
    {
    }

    /// <summary>One conversion run: reads the inputs in order, reports every issue, and tracks the exit code.</summary>
    private sealed class Run(IReadOnlyList<string> inputs, DocumentFormat? from, bool strict, CliConsole console)
    {
        private int _exitCode = ExitCodes.Ok;

        public async Task<int> ToNdjsonAsync(string output, CancellationToken cancellationToken)
        {
            // Lines go straight into the temporary file, so memory stays flat however many articles there are; an
            // error anywhere abandons the file, so the output is all the articles or untouched.
            var errors = false;
            try
            {
                await AtomicFile.WriteAsync(
                    Path.GetFullPath(output, console.WorkingDirectory),
                    async (stream, token) =>
                    {
                        await foreach (var article in ReadAsync(token).ConfigureAwait(false))
                        {
                            if (article is null)
                            {
                                errors = true;
                            }
                            else if (!errors)
                            {
                                ClinicalArticleJson.Write(article, stream, s_compact);
                                stream.WriteByte((byte)'\n');
                            }
                        }

                        if (errors)
                        {
                            throw new AbandonWriteException();
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (AbandonWriteException)
            {
                await console.Error.WriteLineAsync($"clinical-content convert: nothing was written to '{output}' because of the errors above.").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                await ReportWriteFailureAsync(output, exception).ConfigureAwait(false);
            }

            return _exitCode;
        }

        public async Task<int> ToSingleFileAsync(string output, DocumentFormat format, CancellationToken cancellationToken)
        {
            ClinicalArticle? single = null;
            var count = 0;
            await foreach (var article in ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                count++;
                single = article;
            }

            if (count != 1)
            {
                await console.Error.WriteLineAsync(
                    $"clinical-content convert: the inputs hold {count} articles, and a .{ArticleDocuments.Name(format)} file holds one; write a .ndjson file or a directory instead.").ConfigureAwait(false);
                return Math.Max(_exitCode, ExitCodes.UsageError);
            }

            if (single is null || _exitCode != ExitCodes.Ok)
            {
                return _exitCode;
            }

            if (await ArticleDocuments.WriteOutputAsync(output, Serialize(single, format), console, cancellationToken).ConfigureAwait(false) is { } failure)
            {
                await ArticleDocuments.ReportAsync(console, inputs[0], [failure]).ConfigureAwait(false);
                return ExitCodes.InputUnreadable;
            }

            return _exitCode;
        }

        public async Task<int> ToDirectoryAsync(string directory, DocumentFormat format, CancellationToken cancellationToken)
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await ReportWriteFailureAsync(directory, exception).ConfigureAwait(false);
                return _exitCode;
            }

            var written = new HashSet<string>(StringComparer.Ordinal);
            var extension = format == DocumentFormat.Markdown ? ".md" : ".json";
            await foreach (var article in ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (article is null)
                {
                    continue;
                }

                var id = article.Id.Value;
                if (!DocumentFormats.IsSlug(id) || !written.Add(id))
                {
                    var why = written.Contains(id) ? "an earlier article has the same id" : "its id is not a slug, so it cannot name a file";
                    await Report(ArticleDocuments.Issue(IssueCodes.OutputUnwritable, $"The article '{id}' was not written: {why}."), ExitCodes.ContentInvalid).ConfigureAwait(false);
                    continue;
                }

                var path = Path.Combine(directory, id + extension);
                if (await ArticleDocuments.WriteOutputAsync(path, Serialize(article, format), console, cancellationToken).ConfigureAwait(false) is { } failure)
                {
                    await Report(failure, ExitCodes.InputUnreadable).ConfigureAwait(false);
                }
            }

            await console.Error.WriteLineAsync(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"clinical-content convert: {written.Count} articles written to '{directory}'.")).ConfigureAwait(false);
            return _exitCode;

            Task Report(ReportedIssue issue, int exitCode)
            {
                _exitCode = Math.Max(_exitCode, exitCode);
                return ArticleDocuments.ReportAsync(console, directory, [issue]);
            }
        }

        /// <summary>Every article of every input in order; null for one that has errors (already reported).</summary>
        private async IAsyncEnumerable<ClinicalArticle?> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var input in inputs)
            {
                var format = from ?? (input == "-" ? null : DocumentFormats.FromExtension(input));
                if (format == DocumentFormat.Ndjson)
                {
                    await foreach (var article in ReadNdjsonAsync(input, cancellationToken).ConfigureAwait(false))
                    {
                        yield return article;
                    }

                    continue;
                }

                var loaded = await ArticleDocuments.LoadAsync(
                    input, format, s_singleArticleInputs, strict, PlainTextImportOptions.Default, s_readOptions, console, cancellationToken).ConfigureAwait(false);
                await ArticleDocuments.ReportAsync(console, loaded.DisplayPath, loaded.Issues).ConfigureAwait(false);
                _exitCode = Math.Max(_exitCode, loaded.ExitCode);
                if (loaded.ExitCode is ExitCodes.Ok or ExitCodes.ContentInvalid)
                {
                    yield return loaded.Article;
                }
            }
        }

        private async IAsyncEnumerable<ClinicalArticle?> ReadNdjsonAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Stream stream;
            try
            {
                stream = input == "-"
                    ? console.OpenStandardInput()
                    : new FileStream(Path.GetFullPath(input, console.WorkingDirectory), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _exitCode = Math.Max(_exitCode, ExitCodes.InputUnreadable);
                await ArticleDocuments.ReportAsync(console, input, [ArticleDocuments.Issue(IssueCodes.InputUnreadable, $"The input could not be read: {exception.Message}")]).ConfigureAwait(false);
                yield break;
            }

            await using (stream.ConfigureAwait(false))
            {
                var lines = 0;
                await foreach (var record in ClinicalArticleNdjson.ReadAsync(stream, s_readOptions, cancellationToken).ConfigureAwait(false))
                {
                    lines++;
                    var line = checked((int)record.LineNumber);
                    // The library's NDJSON positions are already lines of the whole stream; only issues without one take the record's line.
                    var issues = record.Result.Issues
                        .Select(issue => ReportedIssue.From(issue, null, strict))
                        .Select(issue => issue.Line is null ? issue with { Line = line } : issue)
                        .ToImmutableArray();
                    await ArticleDocuments.ReportAsync(console, input, issues).ConfigureAwait(false);
                    var usable = record.Result.Value is not null && !issues.Any(static issue => issue.Severity == IssueSeverity.Error);
                    if (!usable)
                    {
                        _exitCode = Math.Max(_exitCode, ExitCodes.ContentInvalid);
                    }

                    yield return usable ? record.Result.Value : null;
                }

                if (lines == 0)
                {
                    await console.Error.WriteLineAsync($"{input}: the NDJSON input holds no article.").ConfigureAwait(false);
                }
            }
        }

        private Task ReportWriteFailureAsync(string output, Exception exception)
        {
            _exitCode = Math.Max(_exitCode, ExitCodes.InputUnreadable);
            return ArticleDocuments.ReportAsync(
                console, output, [ArticleDocuments.Issue(IssueCodes.OutputUnwritable, $"The output could not be written; '{output}' is unchanged: {exception.Message}")]);
        }
    }
}
