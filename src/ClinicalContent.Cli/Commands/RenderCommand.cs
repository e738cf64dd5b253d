using System.CommandLine;
using ClinicalContent.Cli.Conversion;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Rendering.Markdown;

namespace ClinicalContent.Cli.Commands;

/// <summary>
/// <c>clinical-content render &lt;article.json|.md&gt; --to md|html [-o out]</c>: shows an article to people, as the
/// Markdown authoring format or as one self-contained HTML page.
/// </summary>
internal sealed class RenderCommand : Command
{
    private const string HelpText = """
        Renders an article (.json, .md, or page text .txt) as Markdown in the authoring format or as a self-contained
        HTML page, to standard output or, with -o, to a file (written whole or not at all).

        An input that cannot be read without errors renders nothing; its issues are reported on standard error as
        path:LINE:COLUMN. Content defects such as citations to missing references do not stop rendering: use
        'validate' to check content.

        Exit codes: 0 rendered, 1 usage error, 2 the input has errors, 3 the input could not be read or the output
        could not be written, 4 internal error.
        """;

    private static readonly DocumentFormat[] s_accepted = [DocumentFormat.Json, DocumentFormat.Markdown, DocumentFormat.PageText];

    private readonly CliConsole _console;

    /// <summary>Creates the command, reading and writing through <paramref name="console"/>.</summary>
    /// <param name="console">Where the input is read from and the output and issues written to.</param>
    public RenderCommand(CliConsole console)
        : base("render", HelpText)
    {
        _console = console;
        Arguments.Add(InputArgument);
        Options.Add(ToOption);
        Options.Add(OutputOption);
        Options.Add(FromOption);
        Options.Add(LanguageOption);
        ToOption.AcceptOnlyFromAmong("md", "html");
        Validators.Add(result =>
        {
            if (result.GetResult(ToOption) is null && TargetFromOutput(result.GetValue(OutputOption)) is null)
            {
                result.AddError("Name the output format with --to md|html (or give -o a .md or .html file).");
            }
        });
        SetAction(RunAsync);
    }

    /// <summary>The input file, or <c>-</c> for standard input.</summary>
    public Argument<string> InputArgument { get; } = ConversionOptions.Input(".json, .md or .txt");

    /// <summary><c>--to md|html</c>.</summary>
    public Option<string?> ToOption { get; } = new("--to", "-t")
    {
        Description = "The output format; optional when -o names a .md or .html file.",
        HelpName = "md|html",
    };

    /// <summary><c>-o, --output</c>.</summary>
    public Option<string?> OutputOption { get; } = ConversionOptions.Output();

    /// <summary><c>--from json|md|txt</c>.</summary>
    public Option<string?> FromOption { get; } = ConversionOptions.From("json", "md", "txt");

    /// <summary><c>--lang</c>.</summary>
    public Option<string?> LanguageOption { get; } = new("--lang")
    {
        Description = "The HTML page's language tag (default: the article's language).",
        HelpName = "tag",
    };

    private static DocumentFormat? TargetFromOutput(string? output)
        => output is null or "-" ? null : DocumentFormats.FromExtension(output) switch
        {
            DocumentFormat.Markdown => DocumentFormat.Markdown,
            DocumentFormat.Html => DocumentFormat.Html,
            _ => null,
        };

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.GetValue(OutputOption);
        var target = DocumentFormats.FromName(parseResult.GetValue(ToOption)) ?? TargetFromOutput(output) ?? DocumentFormat.Html;
        var language = parseResult.GetValue(LanguageOption);
        return await ArticleDocuments.TransformOneAsync(
            parseResult.GetRequiredValue(InputArgument),
            DocumentFormats.FromName(parseResult.GetValue(FromOption)),
            s_accepted,
            output,
            _console,
            article => new ArticleOutput(
                target == DocumentFormat.Markdown
                    ? new MarkdownRenderer().Render(article)
                    : new HtmlRenderer(HtmlRendererOptions.Default with { Language = language }).Render(article),
                []),
            cancellationToken).ConfigureAwait(false);
    }
}
