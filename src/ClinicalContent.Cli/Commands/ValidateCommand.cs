using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClinicalContent.Cli.Inputs;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Commands;

/// <summary>
/// <c>clinical-content validate &lt;paths…&gt;</c>: validates articles with <see cref="ArticleValidator"/> and reports
/// every issue. The command adds no rules of its own: it finds inputs, runs the library, and formats what it returns.
/// </summary>
internal sealed class ValidateCommand : Command
{
    private const string HelpText = """
        Validates clinical articles: syntax, the published schema, content rules, references and citations.

        Each path is a file, a directory (searched recursively for *.json and *.ndjson), a glob pattern such as
        'samples/**/*.json' (quote it so the shell leaves it alone; '*' and '**' are supported), or '-' for
        standard input. .ndjson files hold one article per line and are reported as path:LINE:COLUMN.
        Files are validated in parallel; output is sorted by path, then line.

        Exit codes: 0 all valid (warnings allowed unless --strict), 1 usage error, 2 content invalid,
        3 input unreadable (missing path, I/O failure, or a directory or pattern with no files),
        4 internal error. When several apply, the highest wins (4 over 3 over 2): a run with unreadable
        input has not checked everything, so it must not look like a plain content failure.
        """;

    private readonly CliConsole _console;

    /// <summary>Creates the command, reading and writing through <paramref name="console"/>.</summary>
    /// <param name="console">Where inputs are read from and reports written to.</param>
    public ValidateCommand(CliConsole console)
        : base("validate", HelpText)
    {
        _console = console;
        Arguments.Add(PathsArgument);
        Options.Add(FormatOption);
        Options.Add(StrictOption);
        Options.Add(SeverityOption);
        Options.Add(NoColorOption);
        Options.Add(StdinFormatOption);
        Options.Add(JobsOption);
        FormatOption.AcceptOnlyFromAmong("text", "json", "sarif");
        StdinFormatOption.AcceptOnlyFromAmong("auto", "json", "ndjson");
        SeverityOption.Validators.Add(ValidateSeverityTokens);
        PathsArgument.Validators.Add(static result =>
        {
            // An unknown option would otherwise be taken for a path and reported as a missing file (exit 3, not 1).
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'. To name a file that starts with '-', write ./{token.Value}.");
                }
            }
        });
        JobsOption.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        SetAction(RunAsync);
    }

    /// <summary>The inputs.</summary>
    public Argument<string[]> PathsArgument { get; } = new("paths")
    {
        Description = "Files, directories, glob patterns, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format text|json|sarif</c>.</summary>
    public Option<string> FormatOption { get; } = new("--format", "-f")
    {
        Description = "Output format: text (diagnostics on standard error), json or sarif (on standard output).",
        DefaultValueFactory = static _ => "text",
        HelpName = "text|json|sarif",
    };

    /// <summary><c>--strict</c>.</summary>
    public Option<bool> StrictOption { get; } = new("--strict")
    {
        Description = "Promote warnings to errors, so that they fail the run.",
    };

    /// <summary><c>--severity CODE=LEVEL</c>, repeatable.</summary>
    public Option<string[]> SeverityOption { get; } = new("--severity")
    {
        Description = "Override the severity of one issue code, e.g. CC4002=error; 'none' suppresses the code. Repeatable.",
        HelpName = "CODE=error|warning|information|none",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--no-color</c>.</summary>
    public Option<bool> NoColorOption { get; } = new("--no-color")
    {
        Description = "Never colour text output (it is only coloured when standard error is a terminal).",
    };

    /// <summary><c>--stdin-format auto|json|ndjson</c>.</summary>
    public Option<string> StdinFormatOption { get; } = new("--stdin-format")
    {
        Description = "How '-' is read: one JSON article, NDJSON (one per line), or auto (NDJSON when the first non-blank line is a whole object and more lines follow).",
        DefaultValueFactory = static _ => "auto",
        HelpName = "auto|json|ndjson",
    };

    /// <summary><c>--jobs N</c>.</summary>
    public Option<int> JobsOption { get; } = new("--jobs", "-j")
    {
        Description = "How many files (and NDJSON lines) to validate at once. Default: the number of processors.",
        DefaultValueFactory = static _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    /// <summary>Binds a parse result of this command into its immutable settings.</summary>
    /// <param name="parseResult">A parse result without errors.</param>
    /// <returns>The settings.</returns>
    public ValidateCommandOptions Bind(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var overrides = ImmutableSortedDictionary.CreateBuilder<string, IssueSeverity>(StringComparer.Ordinal);
        var suppressed = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var token in parseResult.GetValue(SeverityOption) ?? [])
        {
            // Validated while parsing; a later setting for the same code wins.
            _ = TryParseSeverityOverride(token, out var code, out var severity, out _);
            overrides.Remove(code);
            suppressed.Remove(code);
            if (severity is { } level)
            {
                overrides[code] = level;
            }
            else
            {
                suppressed.Add(code);
            }
        }

        return new ValidateCommandOptions
        {
            Paths = [.. parseResult.GetValue(PathsArgument) ?? []],
            Format = parseResult.GetValue(FormatOption) switch
            {
                "json" => OutputFormat.Json,
                "sarif" => OutputFormat.Sarif,
                _ => OutputFormat.Text,
            },
            Strict = parseResult.GetValue(StrictOption),
            SeverityOverrides = overrides.ToImmutable(),
            SuppressedCodes = suppressed.ToImmutable(),
            NoColor = parseResult.GetValue(NoColorOption),
            StdinFormat = parseResult.GetValue(StdinFormatOption) switch
            {
                "json" => StdinFormat.Json,
                "ndjson" => StdinFormat.Ndjson,
                _ => StdinFormat.Auto,
            },
            Jobs = parseResult.GetValue(JobsOption),
        };
    }

    /// <summary>Reads one <c>CODE=LEVEL</c> token; a null <paramref name="severity"/> means <c>none</c> (suppressed).</summary>
    /// <param name="token">The token, such as <c>CC4002=warning</c>.</param>
    /// <param name="code">The issue code, upper-cased.</param>
    /// <param name="severity">The severity, or null for <c>none</c>.</param>
    /// <param name="error">Why the token is wrong, when it is.</param>
    /// <returns>Whether the token is well-formed.</returns>
    internal static bool TryParseSeverityOverride(string token, out string code, out IssueSeverity? severity, out string error)
    {
        code = string.Empty;
        severity = null;
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            error = $"'{token}' is not CODE=LEVEL; expected for example CC4002=warning.";
            return false;
        }

        code = token[..equals].Trim().ToUpperInvariant();
        if (code.Length != 6 || !code.StartsWith("CC", StringComparison.Ordinal) || code.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            error = $"'{token[..equals]}' is not an issue code; expected CC and four digits, such as CC4002.";
            return false;
        }

        var level = token[(equals + 1)..].Trim().ToLowerInvariant();
        switch (level)
        {
            case "error":
                severity = IssueSeverity.Error;
                break;
            case "warning":
                severity = IssueSeverity.Warning;
                break;
            case "information":
                severity = IssueSeverity.Information;
                break;
            case "none":
                break;
            default:
                error = $"'{token[(equals + 1)..]}' is not a severity; expected error, warning, information or none.";
                return false;
        }

        if (IssueDescriptions.IsCommandLineCode(code))
        {
            error = $"'{code}' is about the inputs, not the content; its severity cannot be changed.";
            return false;
        }

        if (!IssueDescriptions.IsLibraryCode(code))
        {
            error = $"'{code}' is not an issue code this version reports; see docs/issue-codes.md.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static void ValidateSeverityTokens(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (!TryParseSeverityOverride(token.Value, out _, out _, out var error))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--severity: {error}"));
            }
        }
    }

    private Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
        => RunAsync(Bind(parseResult), _console, cancellationToken);

    /// <summary>Validates every input of <paramref name="options"/> and writes the report.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="console">Where inputs are read from and the report written to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code; see <see cref="ExitCodes"/>.</returns>
    internal static async Task<int> RunAsync(ValidateCommandOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        var validatorOptions = ArticleValidatorOptions.Default with
        {
            SeverityOverrides = options.SeverityOverrides,
            SuppressedCodes = options.SuppressedCodes.ToImmutableHashSet(StringComparer.Ordinal),
        };
        ArticleValidator validator;
        try
        {
            validator = new ArticleValidator(validatorOptions);
        }
        catch (ArgumentException exception)
        {
            // A backstop: codes are checked while parsing, and the library refuses any it does not know.
            await console.Error.WriteLineAsync($"--severity: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var inputs = InputResolver.Resolve(options.Paths, console.WorkingDirectory);
        var checker = new InputChecker(validator, validatorOptions.JsonOptions.MaxDocumentLength, options, console);

        var reports = new FileReport[inputs.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Length),
            parallel,
            async (index, token) => reports[index] = await checker.CheckAsync(inputs[index], token).ConfigureAwait(false)).ConfigureAwait(false);

        var summary = RunSummary.From(reports);
        switch (options.Format)
        {
            case OutputFormat.Json:
                await console.Out.WriteAsync(JsonReportWriter.Write(reports, summary)).ConfigureAwait(false);
                break;
            case OutputFormat.Sarif:
                await console.Out.WriteAsync(SarifReportWriter.Write(reports, summary, console.WorkingDirectory)).ConfigureAwait(false);
                break;
            default:
                await TextReportWriter.WriteAsync(console.Error, reports, useColor: console.ErrorSupportsColor && !options.NoColor).ConfigureAwait(false);
                break;
        }

        await console.Error.WriteLineAsync(TextReportWriter.FormatSummary(summary)).ConfigureAwait(false);
        return summary.ExitCode;
    }
}
