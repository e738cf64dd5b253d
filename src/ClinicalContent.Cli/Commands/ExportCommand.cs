using System.CommandLine;
using ClinicalContent.Cli.Conversion;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Fhir;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Commands;

/// <summary>
/// <c>clinical-content export &lt;article&gt; --to jsonld|csl|fhir [-o out]</c>: hands an article to the systems that
/// already exist around it — search engines (schema.org JSON-LD), reference managers (CSL-JSON), FHIR servers.
/// </summary>
internal sealed class ExportCommand : Command
{
    private const string HelpText = """
        Exports an article (.json, .md or page text .txt) for other systems: schema.org JSON-LD (jsonld), its
        references as CSL-JSON items (csl), or a FHIR R4 document Bundle (fhir). Output goes to standard output or,
        with -o, to a file (written whole or not at all).

        CSL-JSON carries every member of every reference. For FHIR, what R4 cannot carry is reported on standard
        error, one line per member with the JSON Pointer of what was left out (codes CC7xxx). JSON-LD is the summary
        search engines read, not a copy of the article; docs/interop-jsonld.md lists what it leaves out.

        Exit codes: 0 exported, 1 usage error, 2 the input has errors, 3 the input could not be read or the output
        could not be written, 4 internal error.
        """;

    private static readonly DocumentFormat[] s_accepted = [DocumentFormat.Json, DocumentFormat.Markdown, DocumentFormat.PageText];

    private readonly CliConsole _console;

    /// <summary>Creates the command, reading and writing through <paramref name="console"/>.</summary>
    /// <param name="console">Where the input is read from and the output and issues written to.</param>
    public ExportCommand(CliConsole console)
        : base("export", HelpText)
    {
        _console = console;
        Arguments.Add(InputArgument);
        Options.Add(ToOption);
        Options.Add(OutputOption);
        Options.Add(FromOption);
        Options.Add(BaseUrlOption);
        ToOption.AcceptOnlyFromAmong([.. ArticleExporters.Names]);
        BaseUrlOption.Validators.Add(static result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !ArticleExporters.IsBaseUrl(value))
            {
                result.AddError($"--base-url '{value}' is not an absolute http or https URL without query or fragment.");
            }
        });
        SetAction(RunAsync);
    }

    /// <summary>The input file, or <c>-</c> for standard input.</summary>
    public Argument<string> InputArgument { get; } = ConversionOptions.Input(".json, .md or .txt");

    /// <summary><c>--to jsonld|csl|fhir</c>.</summary>
    public Option<string> ToOption { get; } = new("--to", "-t")
    {
        Description = "The export format: jsonld (schema.org), csl (CSL-JSON references) or fhir (FHIR R4 document Bundle).",
        HelpName = string.Join('|', ArticleExporters.Names),
        Required = true,
    };

    /// <summary><c>-o, --output</c>.</summary>
    public Option<string?> OutputOption { get; } = ConversionOptions.Output();

    /// <summary><c>--from json|md|txt</c>.</summary>
    public Option<string?> FromOption { get; } = ConversionOptions.From("json", "md", "txt");

    /// <summary><c>--base-url</c>.</summary>
    public Option<string?> BaseUrlOption { get; } = new("--base-url")
    {
        Description = "For jsonld: where articles are published, so the page gets an @id and url of BASE/ID.",
        HelpName = "url",
    };

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var exporter = ArticleExporters.Find(parseResult.GetRequiredValue(ToOption));
        var settings = new ExportSettings(parseResult.GetValue(BaseUrlOption));
        return await ArticleDocuments.TransformOneAsync(
            parseResult.GetRequiredValue(InputArgument),
            DocumentFormats.FromName(parseResult.GetValue(FromOption)),
            s_accepted,
            parseResult.GetValue(OutputOption),
            _console,
            article => exporter.Export(article, settings),
            cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What an export run was asked for beyond the format.</summary>
/// <param name="BaseUrl">The base URL for JSON-LD identifiers, or null.</param>
internal sealed record ExportSettings(string? BaseUrl);

/// <summary>One export format of the command line.</summary>
/// <param name="Name">Its name after <c>--to</c>.</param>
/// <param name="Export">Turns an article into the format.</param>
internal sealed record ArticleExporter(string Name, Func<ClinicalArticle, ExportSettings, ArticleOutput> Export);

/// <summary>The export formats: the one place to add one.</summary>
internal static class ArticleExporters
{
    /// <summary>Every format, by name.</summary>
    public static IReadOnlyList<ArticleExporter> All { get; } =
    [
        new("jsonld", static (article, settings) => new ArticleOutput(
            JsonLdExporter.Export(article, JsonLdOptions.Default with { Indented = true, BaseUrl = settings.BaseUrl is { } url ? new Uri(url) : null }), [])),
        new("csl", static (article, _) => new ArticleOutput(CslJson.Export(article), [])),
        new("fhir", static (article, _) => ExportFhir(article)),
    ];

    /// <summary>The names, as <c>--to</c> accepts them.</summary>
    public static IEnumerable<string> Names => All.Select(static exporter => exporter.Name);

    /// <summary>The exporter of a name <c>--to</c> has accepted.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The exporter.</returns>
    public static ArticleExporter Find(string name) => All.First(exporter => exporter.Name == name);

    private static ArticleOutput ExportFhir(ClinicalArticle article)
    {
        var export = FhirArticleConverter.ToBundle(article);
        var losses = export.Losses.Entries
            .Select(static loss => new ReportedIssue { Code = loss.Code, Severity = IssueSeverity.Warning, Message = loss.Message, Pointer = loss.Pointer })
            .ToList();
        return new ArticleOutput(export.ToJson(writeIndented: true), losses);
    }

    /// <summary>Whether a text is a base URL JSON-LD accepts: absolute http or https, no query, no fragment.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it is usable.</returns>
    public static bool IsBaseUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0;
}
