namespace ClinicalContent.Cli.Inputs;

/// <summary>One input of a <c>validate</c> run: a file, standard input, or a path that could not be resolved.</summary>
internal sealed record InputTarget
{
    /// <summary>The display name for standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The path as reported: as typed, or the typed directory or pattern base joined with <c>/</c> to the file found.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The absolute path of the file; null for standard input and unresolved paths.</summary>
    public string? FullPath { get; init; }

    /// <summary>How the input is read.</summary>
    public required InputKind Kind { get; init; }

    /// <summary>For <see cref="InputKind.Unresolved"/>: the CC9xxx code.</summary>
    public string? ProblemCode { get; init; }

    /// <summary>For <see cref="InputKind.Unresolved"/>: why nothing could be read.</summary>
    public string? Problem { get; init; }

    /// <summary>A file, read as NDJSON when its extension is <c>.ndjson</c> and as one JSON article otherwise.</summary>
    /// <param name="displayPath">The path as reported.</param>
    /// <param name="fullPath">The absolute path.</param>
    /// <returns>The input.</returns>
    public static InputTarget File(string displayPath, string fullPath) => new()
    {
        DisplayPath = displayPath,
        FullPath = fullPath,
        Kind = Path.GetExtension(fullPath).Equals(".ndjson", StringComparison.OrdinalIgnoreCase) ? InputKind.Ndjson : InputKind.Json,
    };

    /// <summary>A path that named nothing readable.</summary>
    /// <param name="displayPath">The path as typed.</param>
    /// <param name="code">The CC9xxx code.</param>
    /// <param name="problem">Why nothing could be read.</param>
    /// <returns>The input.</returns>
    public static InputTarget Unresolved(string displayPath, string code, string problem) => new()
    {
        DisplayPath = displayPath,
        Kind = InputKind.Unresolved,
        ProblemCode = code,
        Problem = problem,
    };
}
