using System.Text;

namespace ClinicalContent.Fhir.Internal;

/// <summary>What FHIR R4's primitive types can hold, checked before a value is written so that nothing is written that the
/// strict parser would reject or that the serializer would alter.</summary>
internal static class FhirText
{
    /// <summary>
    /// Whether <paramref name="value"/> is a valid FHIR <c>string</c>: not empty, no unpaired surrogate (the serializer would
    /// replace it), and no control character other than tab, carriage return and line feed (FHIR §2.1.28.0.1 forbids them).
    /// </summary>
    public static bool IsString(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c < 0x20 && c is not ('\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return !HasUnpairedSurrogate(value);
    }

    /// <summary>Whether <paramref name="value"/> is a valid FHIR <c>code</c>: non-whitespace runs separated by single spaces.</summary>
    public static bool IsCode(string value)
    {
        if (!IsString(value) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || value[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> is a usable FHIR <c>uri</c>: a valid string with no whitespace.</summary>
    public static bool IsUri(string value) => IsString(value) && !value.Any(char.IsWhiteSpace);

    /// <summary>Text for XHTML narrative: characters XML cannot hold become U+FFFD (narrative is for people; the exact text rides elsewhere).</summary>
    public static string ForXml(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                || (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]));
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))
            {
                ok = true;
            }

            if (!ok)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
