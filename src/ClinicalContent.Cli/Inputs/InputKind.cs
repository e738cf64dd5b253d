namespace ClinicalContent.Cli.Inputs;

/// <summary>What an input is and so how it is read.</summary>
internal enum InputKind
{
    /// <summary>A file holding one JSON article.</summary>
    Json,

    /// <summary>A file holding one article per line (<c>.ndjson</c>).</summary>
    Ndjson,

    /// <summary>Standard input (the path <c>-</c>).</summary>
    StandardInput,

    /// <summary>A path that named nothing readable; <see cref="InputTarget.Problem"/> says why.</summary>
    Unresolved,
}
