using System.Text.RegularExpressions;

namespace ClinicalContent.Schema;

/// <summary>A <c>pattern</c> or <c>patternProperties</c> regular expression: ECMA-262 syntax translated to .NET once at
/// load, matched without anchoring, with a time limit.</summary>
internal sealed class SchemaPattern
{
    /// <summary>How long one match may run before the value is treated as invalid.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;
    private readonly PositionAutomaton? _automaton;

    private SchemaPattern(string source, Regex regex)
    {
        Source = source;
        _regex = regex;

        // Simple patterns (most of those schemas use) run on a linear-time automaton without the regex engine's
        // per-match set-up and time limit; the regex stays for everything else.
        _automaton = PositionAutomaton.TryCreate(source);
    }

    /// <summary>The pattern as written in the schema.</summary>
    public string Source { get; }

    /// <summary>Compiles an ECMA-262 pattern; null with a reason when it is invalid or uses a construct the translation
    /// does not support.</summary>
    public static SchemaPattern? TryCreate(string source, out string? error)
    {
        if (!EcmaRegexTranslator.TryTranslate(source, out var translated, out error))
        {
            return null;
        }

        // The linear-time engine rules out catastrophic backtracking; patterns it cannot run (backreferences,
        // lookarounds) use the backtracking interpreter, bounded by the timeout. Neither needs dynamic code.
        try
        {
            return new SchemaPattern(source, new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, MatchTimeout));
        }
        catch (NotSupportedException)
        {
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return new SchemaPattern(source, new Regex(translated, RegexOptions.CultureInvariant, MatchTimeout));
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    /// <summary>True when the pattern matches anywhere in <paramref name="text"/>; false, with
    /// <paramref name="timedOut"/> set, when matching took too long.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, out bool timedOut)
    {
        if (_automaton is not null)
        {
            timedOut = false;
            return _automaton.IsMatch(text);
        }

        try
        {
            timedOut = false;
            return _regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            timedOut = true;
            return false;
        }
    }
}
