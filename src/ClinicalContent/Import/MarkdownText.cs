using System.Globalization;
using System.Text;

namespace ClinicalContent.Import;

/// <summary>
/// Escapes model text into one line of Markdown and reads it back; shared by <see cref="MarkdownImporter"/> and
/// <see cref="Rendering.Markdown.MarkdownRenderer"/> so both sides apply the same rules (docs/markdown-format.md).
/// </summary>
internal static class MarkdownText
{
    /// <summary>The marker for an empty text: an empty HTML comment, which Markdown shows as nothing.</summary>
    public const string EmptyMarker = "<!---->";

    private const string AlwaysEscaped = "\\`*_[]{}<>&|~#";

    /// <summary>Escapes <paramref name="text"/> so that it reads back unchanged and changes no Markdown meaning.</summary>
    /// <param name="text">The text to escape.</param>
    /// <param name="extra">Further characters to escape, for contexts such as locators and ids.</param>
    public static string Escape(string text, string extra = "")
    {
        if (text.Length == 0)
        {
            return EmptyMarker;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var edge = i == 0 || i == text.Length - 1;
            if (NeedsReference(c) || (c == ' ' && edge))
            {
                builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
            }
            else if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || extra.Contains(c, StringComparison.Ordinal)
                || (i == 0 && "+-=>!:".Contains(c, StringComparison.Ordinal))
                || ((c == '.' || c == ')') && IsDigitsBefore(text, i)))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsDigitsBefore(string text, int index)
    {
        if (index == 0)
        {
            return false;
        }

        for (var j = 0; j < index; j++)
        {
            if (!char.IsAsciiDigit(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsReference(char c) =>
        char.IsSurrogate(c) || (char.IsWhiteSpace(c) && c != ' ') || char.IsControl(c)
        || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200D')
        || c is '\uFFFE' or '\uFFFF' or '\uFFFD';

    /// <summary>Reads escaped text back: backslash escapes, numeric and a few named character references, and the empty marker.</summary>
    public static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual(EmptyMarker))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
            {
                builder.Append(text[i + 1]);
                i++;
            }
            else if (c == '&' && TryReadReference(text[i..], out var value, out var length))
            {
                builder.Append(value);
                i += length - 1;
            }
            else if (c == '<' && text[i..].StartsWith(EmptyMarker))
            {
                i += EmptyMarker.Length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool TryReadReference(ReadOnlySpan<char> text, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var end = text.IndexOf(';');
        if (end < 2 || end > 10)
        {
            return false;
        }

        var body = text[1..end];
        length = end + 1;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && (body[1] == 'x' || body[1] == 'X');
            var digits = hex ? body[2..] : body[1..];
            if (digits.Length == 0 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
            {
                return false;
            }

            value = code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
            return true;
        }

        value = body switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => "\u00A0",
            _ => string.Empty,
        };
        return value.Length > 0;
    }

    /// <summary>Finds the next unescaped occurrence of <paramref name="target"/> at or after <paramref name="start"/>; -1 when none.</summary>
    public static int IndexOfUnescaped(ReadOnlySpan<char> text, char target, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == target)
            {
                return i;
            }
        }

        return -1;
    }
}
