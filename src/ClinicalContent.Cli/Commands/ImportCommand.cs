using System.CommandLine;
using ClinicalContent.Cli.Conversion;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Commands;

/// <summary>
/// <c>clinical-content import &lt;file.md|file.txt&gt; [-o out.json]</c>: turns an authored Markdown article or exported
/// page text into article JSON, reports every line the importer could not place, then validates the result.
/// </summary>
internal sealed class ImportCommand : Command
{
    private const string HelpText = """
        Imports an article from the Markdown authoring format (.md) or from exported page text (.txt) and writes it
        as article JSON, to standard output or, with -o, to a file (written whole or not at all).

        Import issues (lines that could not be placed, dose text that could not be read) are reported on standard
        error as path:LINE:COLUMN. An import with errors writes nothing. The imported article is then validated
        like 'validate' does, and its issues are reported against the JSON written (path:LINE:COLUMN of the output):
        the JSON is still written, because it is a faithful copy of the source, defects included.

        Exit codes: 0 imported and valid (warnings allowed unless --strict), 1 usage error, 2 the import failed or
        the article is invalid, 3 the input could not be read or the output could not be written, 4 internal error.
        """;

    private static readonly DocumentFormat[] s_accepted = [DocumentFormat.Markdown, DocumentFormat.PageText];

    private readonly CliConsole _console;

    /// <summary>Creates the command, reading and writing through <paramref name="console"/>.</summary>
    /// <param name="console">Where the input is read from and the output and issues written to.</param>
    public ImportCommand(CliConsole console)
        : base("import", HelpText)
    {
        _console = console;
        Arguments.Add(InputArgument);
        Options.Add(OutputOption);
        Options.Add(FromOption);
        Options.Add(IdOption);
        Options.Add(StrictOption);
        Options.Add(NoValidateOption);
        IdOption.Validators.Add(static result =>
        {
            var id = result.GetValueOrDefault<string?>();
            if (id is not null && !DocumentFormats.IsSlug(id))
            {
                result.AddError($"--id '{id}' is not a slug; expected lower-case letters and digits joined by single hyphens, such as myoclonus-treatment.");
            }
        });
        SetAction(RunAsync);
    }

    /// <summary>The input file, or <c>-</c> for standard input.</summary>
    public Argument<string> InputArgument { get; } = ConversionOptions.Input(".md or .txt");

    /// <summary><c>-o, --output</c>.</summary>
    public Option<string?> OutputOption { get; } = ConversionOptions.Output("file.json", "Write the article JSON to this file instead of standard output.");

    /// <summary><c>--from md|txt</c>.</summary>
    public Option<string?> FromOption { get; } = ConversionOptions.From("md", "txt");

    /// <summary><c>--id</c>.</summary>
    public Option<string?> IdOption { get; } = new("--id")
    {
        Description = "The article id for page text, which has none (default: a slug of its title). Markdown carries its id in its front matter.",
        HelpName = "slug",
    };

    /// <summary><c>--strict</c>.</summary>
    public Option<bool> StrictOption { get; } = new("--strict")
    {
        Description = "Treat warnings as errors: an import with warnings writes nothing.",
    };

    /// <summary><c>--no-validate</c>.</summary>
    public Option<bool> NoValidateOption { get; } = new("--no-validate")
    {
        Description = "Do not validate the imported article.",
    };

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var input = parseResult.GetRequiredValue(InputArgument);
        var output = parseResult.GetValue(OutputOption);
        var strict = parseResult.GetValue(StrictOption);
        var id = parseResult.GetValue(IdOption);
        var pageText = id is null ? PlainTextImportOptions.Default : PlainTextImportOptions.Default with { ArticleId = new ArticleId(id) };

        var loaded = await ArticleDocuments.LoadAsync(
            input, DocumentFormats.FromName(parseResult.GetValue(FromOption)), s_accepted, strict, pageText, jsonOptions: null, _console, cancellationToken).ConfigureAwait(false);
        await ArticleDocuments.ReportAsync(_console, loaded.DisplayPath, loaded.Issues).ConfigureAwait(false);
        if (loaded.Article is not { } article)
        {
            return loaded.ExitCode;
        }

        // Exactly the canonical form, so an import can be compared byte for byte with a stored article.
        var json = ClinicalArticleJson.Write(article);
        if (await ArticleDocuments.WriteOutputAsync(output, json, _console, cancellationToken).ConfigureAwait(false) is { } failure)
        {
            await ArticleDocuments.ReportAsync(_console, loaded.DisplayPath, [failure]).ConfigureAwait(false);
            return ExitCodes.InputUnreadable;
        }

        if (parseResult.GetValue(NoValidateOption))
        {
            return ExitCodes.Ok;
        }

        // Validating the JSON written, not the model, gives positions a reader of the output can go to.
        var report = ArticleValidator.Default.Validate(json);
        var issues = report.Issues.Select(issue => ReportedIssue.From(issue, null, strict)).ToList();
        await ArticleDocuments.ReportAsync(_console, output is null or "-" ? "<stdout>" : output, issues).ConfigureAwait(false);
        return issues.Exists(static issue => issue.Severity == IssueSeverity.Error) ? ExitCodes.ContentInvalid : ExitCodes.Ok;
    }
}
