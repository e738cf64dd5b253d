using System.CommandLine;

namespace ClinicalContent.Cli.Commands;

/// <summary>The arguments and options the commands that read one article and write one output share.</summary>
internal static class ConversionOptions
{
    /// <summary>The input argument: a file, or <c>-</c> for standard input.</summary>
    /// <param name="formats">The extensions read, such as <c>.json, .md or .txt</c>.</param>
    /// <returns>A new argument.</returns>
    public static Argument<string> Input(string formats) => new("input")
    {
        Description = $"A {formats} article, or - for standard input (then give --from).",
    };

    /// <summary><c>-o, --output</c>: a file instead of standard output.</summary>
    /// <param name="helpName">What the file is, as help shows it.</param>
    /// <param name="description">The option's description.</param>
    /// <returns>A new option.</returns>
    public static Option<string?> Output(string helpName = "file", string description = "Write to this file instead of standard output.") => new("--output", "-o")
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary><c>--from</c>: the input format when the extension does not tell it.</summary>
    /// <param name="formats">The format names accepted.</param>
    /// <returns>A new option that accepts only those names.</returns>
    public static Option<string?> From(params string[] formats)
    {
        var option = new Option<string?>("--from")
        {
            Description = "The input format, when the file extension does not tell it (always for standard input).",
            HelpName = string.Join('|', formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
