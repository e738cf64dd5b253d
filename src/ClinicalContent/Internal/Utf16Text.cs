using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClinicalContent.Internal;

/// <summary>Reads UTF-8 bytes with some state.</summary>
/// <typeparam name="TState">What the reader needs besides the bytes.</typeparam>
/// <typeparam name="TResult">What it gives.</typeparam>
/// <param name="utf8">The bytes.</param>
/// <param name="state">The state.</param>
/// <returns>The result.</returns>
internal delegate TResult Utf8Reader<in TState, out TResult>(ReadOnlySpan<byte> utf8, TState state);

/// <summary>Gives the result for text that is not well-formed UTF-16.</summary>
/// <typeparam name="TResult">What it gives.</typeparam>
/// <param name="validPrefix">The text up to the first unpaired surrogate.</param>
/// <returns>The result.</returns>
internal delegate TResult InvalidTextReader<out TResult>(ReadOnlySpan<char> validPrefix);

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

    /// <summary>Reads JSON text as the UTF-8 bytes the readers take, transcoded into a pooled buffer without
    /// replacement, so an unpaired surrogate is reported by <paramref name="invalid"/>, never silently replaced.</summary>
    /// <typeparam name="TState">What <paramref name="read"/> needs besides the bytes.</typeparam>
    /// <typeparam name="TResult">What reading gives.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="state">Passed to <paramref name="read"/>.</param>
    /// <param name="read">Reads the bytes; they are valid only during the call.</param>
    /// <param name="invalid">Gives the result for text with an unpaired surrogate, from the text before it.</param>
    /// <returns>What <paramref name="read"/> or <paramref name="invalid"/> gave.</returns>
    public static TResult ReadAsUtf8<TState, TResult>(string text, TState state, Utf8Reader<TState, TResult> read, InvalidTextReader<TResult> invalid)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var status = Utf8.FromUtf16(text, rented, out var charsRead, out var bytesWritten, replaceInvalidSequences: false);
            return status == OperationStatus.Done
                ? read(rented.AsSpan(0, bytesWritten), state)
                : invalid(text.AsSpan(0, charsRead));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
