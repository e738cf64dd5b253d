using System.Buffers;
using System.Text;
using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3011 (warning): no statement repeats an earlier one. Texts are compared after trimming, collapsing runs of
/// white space, ignoring case and dropping trailing punctuation (<c>.</c>, <c>:</c>, <c>;</c>); the later statement
/// is reported, naming the first.
/// </summary>
/// <remarks>Blank texts are CC3010's concern and are not compared. Text outside statements (a dosage's instruction,
/// a therapy option's description) is not compared: repeating a dose instruction as a point is how the structured
/// reading sits beside the text.</remarks>
internal sealed class DuplicateStatementRule : IArticleRule
{
    /// <summary>The ASCII characters <see cref="char.IsWhiteSpace(char)"/> accepts, other than the space itself.</summary>
    private static readonly SearchValues<char> s_asciiWhiteSpaceButSpace =
        SearchValues.Create([.. Enumerable.Range(0, 128).Select(static c => (char)c).Where(static c => c != ' ' && char.IsWhiteSpace(c))]);

    public IEnumerable<string> Codes => [IssueCodes.DuplicateStatement];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var first = new Dictionary<Key, string>(context.Statements.Count);
        char[]? buffer = null;
        try
        {
            foreach (var (statement, pointer) in context.Statements)
            {
                var text = statement.Text;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var key = Key.Of(text, ref buffer);
                if (key.Length > 0 && !first.TryAdd(key, pointer))
                {
                    context.Report(IssueCodes.DuplicateStatement, IssueSeverity.Warning, pointer, IssueMessages.DuplicateStatement(first[key]));
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var buffer = new char[text.Length];
        return new string(buffer, 0, Normalize(text, buffer));
    }

    /// <summary>Writes the comparison key of a text that is not blank into <paramref name="destination"/> (at least
    /// as long as the text) and returns its length.</summary>
    private static int Normalize(string text, Span<char> destination)
    {
        var trimmed = text.AsSpan().Trim();
        int length;
        if (IsPlain(trimmed))
        {
            // The common case, a vector at a time: ASCII text whose white space is already single spaces, where
            // upper-casing is all there is to do.
            length = Ascii.ToUpper(trimmed, destination, out var written) == OperationStatus.Done ? written : Collapse(trimmed, destination);
        }
        else
        {
            length = Collapse(trimmed, destination);
        }

        while (length > 0 && destination[length - 1] is '.' or ':' or ';')
        {
            length--;
        }

        return destination[..length].TrimEnd().Length;
    }

    /// <summary>True for ASCII text whose only white space is single spaces: its key needs no more than upper-casing.</summary>
    private static bool IsPlain(ReadOnlySpan<char> trimmed)
        => Ascii.IsValid(trimmed) && trimmed.IndexOfAny(s_asciiWhiteSpaceButSpace) < 0 && !trimmed.Contains("  ", StringComparison.Ordinal);

    /// <summary>Upper-cases <paramref name="trimmed"/> into <paramref name="destination"/>, each run of white space
    /// becoming one space; returns the length written.</summary>
    private static int Collapse(ReadOnlySpan<char> trimmed, Span<char> destination)
    {
        var length = 0;
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                destination[length++] = ' ';
                space = false;
            }

            destination[length++] = char.ToUpperInvariant(c);
        }

        return length;
    }

    /// <summary>
    /// A statement's text standing for its comparison key (see <see cref="Normalize(string)"/>): the key's length and
    /// hash, taken from a scratch buffer, with the keys themselves rebuilt and compared only when those agree, so that
    /// no key string is ever allocated.
    /// </summary>
    private readonly struct Key : IEquatable<Key>
    {
        private readonly string _text;
        private readonly int _hash;

        private Key(string text, int length, int hash)
        {
            _text = text;
            Length = length;
            _hash = hash;
        }

        /// <summary>The length of the comparison key; 0 when there is nothing to compare.</summary>
        public int Length { get; }

        /// <summary>Describes a text that is not blank; <paramref name="buffer"/> is a reused scratch buffer.</summary>
        public static Key Of(string text, ref char[]? buffer)
        {
            if (buffer is null || buffer.Length < text.Length)
            {
                if (buffer is not null)
                {
                    ArrayPool<char>.Shared.Return(buffer);
                }

                buffer = ArrayPool<char>.Shared.Rent(text.Length);
            }

            var key = buffer.AsSpan(0, Normalize(text, buffer));
            return new Key(text, key.Length, string.GetHashCode(key, StringComparison.Ordinal));
        }

        public bool Equals(Key other)
        {
            if (Length != other.Length || _hash != other._hash)
            {
                return false;
            }

            var left = ArrayPool<char>.Shared.Rent(_text.Length);
            var right = ArrayPool<char>.Shared.Rent(other._text.Length);
            try
            {
                return left.AsSpan(0, Normalize(_text, left)).SequenceEqual(right.AsSpan(0, Normalize(other._text, right)));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(left);
                ArrayPool<char>.Shared.Return(right);
            }
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
