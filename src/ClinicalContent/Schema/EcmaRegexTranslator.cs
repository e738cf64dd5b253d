using System.Globalization;
using System.Text;

namespace ClinicalContent.Schema;

/// <summary>
/// Translates an ECMA-262 regular expression (the dialect of JSON Schema's <c>pattern</c>, in Unicode mode) into an
/// equivalent .NET one, or refuses it.
/// </summary>
/// <remarks>
/// <para>.NET and ECMA-262 disagree on details that change verdicts: <c>\d</c>, <c>\w</c>, <c>\b</c> are ASCII-only
/// in ECMA-262; <c>\s</c> has a different set; <c>.</c> excludes all line terminators; <c>$</c> matches only at the
/// very end; long property names such as <c>\p{Letter}</c> do not exist in .NET. Each is rewritten explicitly.</para>
/// <para>Refused (the schema is refused at load): escapes ECMA-262 does not define (such as <c>\A</c> or <c>\z</c>),
/// .NET-only group syntax (inline options, atomic groups, conditionals), astral characters inside character classes,
/// and Unicode properties other than general categories, <c>Any</c>, <c>ASCII</c> and <c>ASCII_Hex_Digit</c>.
/// Known approximation: general-category escapes match only characters of the Basic Multilingual Plane.</para>
/// </remarks>
internal static class EcmaRegexTranslator
{
    private const string Astral = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
    private const string Surrogates = @"\uD800-\uDFFF";
    private const string Word = "a-zA-Z0-9_";
    private const string NotWordRanges = @"\u0000-\u002F\u003A-\u0040\u005B-\u005E\u0060\u007B-\uFFFF";
    private const string NotDigitRanges = @"\u0000-\u002F\u003A-\uFFFF";
    private const string Space = @"\t\n\u000B\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string NotSpaceRanges =
        @"\u0000-\u0008\u000E-\u001F\u0021-\u009F\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uFEFE\uFF00-\uFFFF";
    private const string WordBoundary = "(?:(?<=[" + Word + "])(?![" + Word + "])|(?<![" + Word + "])(?=[" + Word + "]))";
    private const string NotWordBoundary = "(?:(?<=[" + Word + "])(?=[" + Word + "])|(?<![" + Word + "])(?![" + Word + "]))";

    private static readonly Dictionary<string, string> s_categories = new(StringComparer.Ordinal)
    {
        ["L"] = "L",
        ["Letter"] = "L",
        ["LC"] = "LC",
        ["Cased_Letter"] = "LC",
        ["Lu"] = "Lu",
        ["Uppercase_Letter"] = "Lu",
        ["Ll"] = "Ll",
        ["Lowercase_Letter"] = "Ll",
        ["Lt"] = "Lt",
        ["Titlecase_Letter"] = "Lt",
        ["Lm"] = "Lm",
        ["Modifier_Letter"] = "Lm",
        ["Lo"] = "Lo",
        ["Other_Letter"] = "Lo",
        ["M"] = "M",
        ["Mark"] = "M",
        ["Combining_Mark"] = "M",
        ["Mn"] = "Mn",
        ["Nonspacing_Mark"] = "Mn",
        ["Mc"] = "Mc",
        ["Spacing_Mark"] = "Mc",
        ["Me"] = "Me",
        ["Enclosing_Mark"] = "Me",
        ["N"] = "N",
        ["Number"] = "N",
        ["Nd"] = "Nd",
        ["Decimal_Number"] = "Nd",
        ["digit"] = "Nd",
        ["Nl"] = "Nl",
        ["Letter_Number"] = "Nl",
        ["No"] = "No",
        ["Other_Number"] = "No",
        ["P"] = "P",
        ["Punctuation"] = "P",
        ["punct"] = "P",
        ["Pc"] = "Pc",
        ["Connector_Punctuation"] = "Pc",
        ["Pd"] = "Pd",
        ["Dash_Punctuation"] = "Pd",
        ["Ps"] = "Ps",
        ["Open_Punctuation"] = "Ps",
        ["Pe"] = "Pe",
        ["Close_Punctuation"] = "Pe",
        ["Pi"] = "Pi",
        ["Initial_Punctuation"] = "Pi",
        ["Pf"] = "Pf",
        ["Final_Punctuation"] = "Pf",
        ["Po"] = "Po",
        ["Other_Punctuation"] = "Po",
        ["S"] = "S",
        ["Symbol"] = "S",
        ["Sm"] = "Sm",
        ["Math_Symbol"] = "Sm",
        ["Sc"] = "Sc",
        ["Currency_Symbol"] = "Sc",
        ["Sk"] = "Sk",
        ["Modifier_Symbol"] = "Sk",
        ["So"] = "So",
        ["Other_Symbol"] = "So",
        ["Z"] = "Z",
        ["Separator"] = "Z",
        ["Zs"] = "Zs",
        ["Space_Separator"] = "Zs",
        ["Zl"] = "Zl",
        ["Line_Separator"] = "Zl",
        ["Zp"] = "Zp",
        ["Paragraph_Separator"] = "Zp",
        ["C"] = "C",
        ["Other"] = "C",
        ["Cc"] = "Cc",
        ["Control"] = "Cc",
        ["cntrl"] = "Cc",
        ["Cf"] = "Cf",
        ["Format"] = "Cf",
        ["Cs"] = "Cs",
        ["Surrogate"] = "Cs",
        ["Co"] = "Co",
        ["Private_Use"] = "Co",
        ["Cn"] = "Cn",
        ["Unassigned"] = "Cn",
    };

    /// <summary>Translates <paramref name="pattern"/>; false with a reason when it cannot be translated faithfully.</summary>
    public static bool TryTranslate(string pattern, out string translated, out string? error)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var i = 0;
        error = null;
        while (i < pattern.Length && error is null)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    TranslateEscape(pattern, ref i, builder, inClass: false, ref error);
                    break;
                case '[':
                    TranslateClass(pattern, ref i, builder, ref error);
                    break;
                case '.':
                    builder.Append("(?:" + Astral + @"|[^\n\r\u2028\u2029" + Surrogates + "])");
                    i++;
                    break;
                case '$':
                    // ECMA-262 '$' (without the m flag) matches only at the very end; .NET's also before a final '\n'.
                    builder.Append(@"\z");
                    i++;
                    break;
                case '(':
                    TranslateGroupStart(pattern, ref i, builder, ref error);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
                    {
                        // One code point in Unicode mode: a quantifier after it applies to both halves.
                        builder.Append("(?:").Append(c).Append(pattern[i + 1]).Append(')');
                        i += 2;
                    }
                    else
                    {
                        builder.Append(c);
                        i++;
                    }

                    break;
            }
        }

        translated = builder.ToString();
        return error is null;
    }

    private static void TranslateGroupStart(string pattern, ref int i, StringBuilder builder, ref string? error)
    {
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            builder.Append('(');
            i++;
            return;
        }

        var rest = pattern.AsSpan(i + 2);
        if (rest.StartsWith(":") || rest.StartsWith("=") || rest.StartsWith("!"))
        {
            builder.Append(pattern, i, 3);
            i += 3;
        }
        else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
        {
            builder.Append(pattern, i, 4);
            i += 4;
        }
        else if (rest.StartsWith("<"))
        {
            var end = pattern.IndexOf('>', i + 3);
            var name = end < 0 ? string.Empty : pattern[(i + 3)..end];
            if (!IsGroupName(name))
            {
                error = "the group name is not supported";
                return;
            }

            builder.Append("(?<").Append(name).Append('>');
            i = end + 1;
        }
        else
        {
            error = "'(?' must be followed by ':', '=', '!', '<=', '<!' or a group name";
        }
    }

    private static void TranslateClass(string pattern, ref int i, StringBuilder builder, ref string? error)
    {
        i++;
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            // [] matches nothing and [^] matches any code point in ECMA-262; .NET would read ']' as a member.
            builder.Append(negated ? "(?:" + Astral + @"|[\s\S])" : "(?!)");
            i++;
            return;
        }

        var members = new StringBuilder();
        var hasProperty = false;
        while (true)
        {
            if (i >= pattern.Length)
            {
                error = "a character class is not closed";
                return;
            }

            var c = pattern[i];
            if (c == ']')
            {
                i++;
                break;
            }

            if (c == '\\')
            {
                hasProperty |= i + 1 < pattern.Length && pattern[i + 1] is 'p' or 'P';
                TranslateEscape(pattern, ref i, members, inClass: true, ref error);
                if (error is not null)
                {
                    return;
                }

                continue;
            }

            if (char.IsSurrogate(c))
            {
                error = "characters outside the Basic Multilingual Plane are not supported in character classes";
                return;
            }

            // '[' and '^' inside a class are literal in ECMA-262; .NET reads "-[" as class subtraction.
            members.Append(c is '[' or '^' ? "\\" + c : c.ToString());
            i++;
        }

        if (!negated)
        {
            builder.Append('[').Append(members).Append(']');
        }
        else if (hasProperty)
        {
            builder.Append("[^").Append(members).Append(']');
        }
        else
        {
            // A negated class matches a whole astral code point in Unicode mode, not half of one.
            builder.Append("(?:" + Astral + "|[^").Append(members).Append(Surrogates + "])");
        }
    }

    private static void TranslateEscape(string pattern, ref int i, StringBuilder builder, bool inClass, ref string? error)
    {
        if (i + 1 >= pattern.Length)
        {
            error = "the pattern ends with a backslash";
            return;
        }

        var e = pattern[i + 1];
        i += 2;
        switch (e)
        {
            case 'd':
                builder.Append(inClass ? "0-9" : "[0-9]");
                return;
            case 'D':
                builder.Append(inClass ? NotDigitRanges : "(?:" + Astral + "|[^0-9" + Surrogates + "])");
                return;
            case 'w':
                builder.Append(inClass ? Word : "[" + Word + "]");
                return;
            case 'W':
                builder.Append(inClass ? NotWordRanges : "(?:" + Astral + "|[^" + Word + Surrogates + "])");
                return;
            case 's':
                builder.Append(inClass ? Space : "[" + Space + "]");
                return;
            case 'S':
                builder.Append(inClass ? NotSpaceRanges : "(?:" + Astral + "|[^" + Space + Surrogates + "])");
                return;
            case 'b':
                builder.Append(inClass ? @"\u0008" : WordBoundary);
                return;
            case 'B':
                if (inClass)
                {
                    error = @"'\B' is not allowed in a character class";
                    return;
                }

                builder.Append(NotWordBoundary);
                return;
            case 'f' or 'n' or 'r' or 't':
                builder.Append('\\').Append(e);
                return;
            case 'v':
                builder.Append(@"\u000B");
                return;
            case '0':
                if (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    error = "octal escapes are not allowed";
                    return;
                }

                builder.Append(@"\u0000");
                return;
            case >= '1' and <= '9':
                if (inClass)
                {
                    error = "back-references are not allowed in a character class";
                    return;
                }

                var start = i - 1;
                while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    i++;
                }

                builder.Append(@"\k<").Append(pattern, start, i - start).Append('>');
                return;
            case 'c':
                if (i < pattern.Length && char.IsAsciiLetter(pattern[i]))
                {
                    builder.Append(@"\c").Append(pattern[i]);
                    i++;
                    return;
                }

                error = @"'\c' must be followed by a letter";
                return;
            case 'x':
                if (i + 2 <= pattern.Length && char.IsAsciiHexDigit(pattern[i]) && char.IsAsciiHexDigit(pattern[i + 1]))
                {
                    builder.Append(@"\x").Append(pattern, i, 2);
                    i += 2;
                    return;
                }

                error = @"'\x' must be followed by two hexadecimal digits";
                return;
            case 'u':
                TranslateUnicodeEscape(pattern, ref i, builder, inClass, ref error);
                return;
            case 'p' or 'P':
                TranslateProperty(pattern, ref i, builder, negated: e == 'P', inClass, ref error);
                return;
            case 'k':
                var end = i < pattern.Length && pattern[i] == '<' ? pattern.IndexOf('>', i) : -1;
                if (inClass || end < 0 || !IsGroupName(pattern[(i + 1)..end]))
                {
                    error = @"'\k' must name a group";
                    return;
                }

                builder.Append(@"\k").Append(pattern, i, end - i + 1);
                i = end + 1;
                return;
            case '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|':
                builder.Append('\\').Append(e);
                return;
            case '/':
                builder.Append('/');
                return;
            case '-' when inClass:
                builder.Append(@"\-");
                return;
            default:
                error = $"the escape '\\{e}' is not defined in ECMA-262 Unicode mode";
                return;
        }
    }

    private static void TranslateUnicodeEscape(string pattern, ref int i, StringBuilder builder, bool inClass, ref string? error)
    {
        int codePoint;
        if (i < pattern.Length && pattern[i] == '{')
        {
            var end = pattern.IndexOf('}', i);
            if (end < 0 || !int.TryParse(pattern.AsSpan(i + 1, end - i - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                || codePoint > 0x10FFFF)
            {
                error = @"'\u{…}' must hold a code point";
                return;
            }

            i = end + 1;
        }
        else if (TryHex4(pattern, i, out codePoint))
        {
            i += 4;
            if (char.IsHighSurrogate((char)codePoint) && i + 6 <= pattern.Length && pattern[i] == '\\' && pattern[i + 1] == 'u'
                && TryHex4(pattern, i + 2, out var low) && char.IsLowSurrogate((char)low))
            {
                codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
                i += 6;
            }
        }
        else
        {
            error = @"'\u' must be followed by four hexadecimal digits or a braced code point";
            return;
        }

        if (codePoint <= 0xFFFF)
        {
            builder.Append(CultureInfo.InvariantCulture, $@"\u{codePoint:X4}");
            return;
        }

        if (inClass)
        {
            error = "characters outside the Basic Multilingual Plane are not supported in character classes";
            return;
        }

        var pair = char.ConvertFromUtf32(codePoint);
        builder.Append(CultureInfo.InvariantCulture, $@"(?:\u{(int)pair[0]:X4}\u{(int)pair[1]:X4})");
    }

    private static void TranslateProperty(string pattern, ref int i, StringBuilder builder, bool negated, bool inClass, ref string? error)
    {
        var end = i < pattern.Length && pattern[i] == '{' ? pattern.IndexOf('}', i) : -1;
        if (end < 0)
        {
            error = @"'\p' must be followed by a braced property name";
            return;
        }

        var name = pattern[(i + 1)..end];
        i = end + 1;
        if (name.StartsWith("General_Category=", StringComparison.Ordinal))
        {
            name = name["General_Category=".Length..];
        }
        else if (name.StartsWith("gc=", StringComparison.Ordinal))
        {
            name = name["gc=".Length..];
        }

        string? members;
        if (s_categories.TryGetValue(name, out var category))
        {
            if (category != "LC")
            {
                builder.Append(negated ? @"\P{" : @"\p{").Append(category).Append('}');
                return;
            }

            members = @"\p{Lu}\p{Ll}\p{Lt}";
        }
        else
        {
            members = name switch
            {
                "Any" => @"\u0000-\uFFFF",
                "ASCII" => @"\u0000-\u007F",
                "ASCII_Hex_Digit" or "AHex" => "0-9A-Fa-f",
                _ => null,
            };
        }

        if (members is null)
        {
            error = $"the Unicode property '{name}' is not supported";
            return;
        }

        if (inClass)
        {
            if (negated)
            {
                error = $"'\\P{{{name}}}' is not supported in a character class";
                return;
            }

            builder.Append(members);
            return;
        }

        builder.Append(negated ? "[^" : "[").Append(members).Append(']');
    }

    private static bool TryHex4(string pattern, int start, out int value)
    {
        value = 0;
        return start + 4 <= pattern.Length
            && int.TryParse(pattern.AsSpan(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsGroupName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
