using System.Text;

namespace ClinicalContent.Internal;

/// <summary>Makes UTF-16 text safe to encode: JSON writers and URI escaping refuse unpaired surrogates.</summary>
internal static class Utf16Text
{
    /// <summary>The text with every unpaired surrogate replaced by U+FFFD, which JSON can carry; the same instance when
    /// there is none.</summary>
    public static string WellFormed(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
