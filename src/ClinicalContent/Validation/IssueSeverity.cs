namespace ClinicalContent.Validation;

/// <summary>How much an issue matters.</summary>
public enum IssueSeverity
{
    /// <summary>The document is invalid; a pipeline must stop it.</summary>
    Error,

    /// <summary>The document is usable but something is probably wrong.</summary>
    Warning,

    /// <summary>Worth knowing; nothing is wrong.</summary>
    Information,
}
