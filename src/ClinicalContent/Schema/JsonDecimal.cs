using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// A JSON number read exactly from its text as sign, significant digits and decimal exponent, so that comparisons,
/// equality (1 == 1.0 == 1e0), the integer test and <c>multipleOf</c> never suffer binary rounding or overflow.
/// </summary>
/// <remarks>The value is <c>(-1)^Negative × 0.D1D2…Dn × 10^Exponent</c>; the digits have no leading or trailing
/// zeros; zero has no digits and is never negative. Exponents beyond ±10^9 saturate.</remarks>
internal readonly ref struct DecimalView
{
    private const long ExponentLimit = 1_000_000_000;

    public DecimalView(bool negative, ReadOnlySpan<byte> digits, int exponent)
    {
        Negative = negative && !digits.IsEmpty;
        Digits = digits;
        Exponent = digits.IsEmpty ? 0 : exponent;
    }

    public bool Negative { get; }

    public ReadOnlySpan<byte> Digits { get; }

    public int Exponent { get; }

    public bool IsZero => Digits.IsEmpty;

    /// <summary>True when the value has no fractional part (1.0 and 1e2 are integers).</summary>
    public bool IsInteger => Digits.Length <= Exponent || Digits.IsEmpty;

    /// <summary>Reads the raw text of a JSON number (already validated by the parser).</summary>
    /// <param name="raw">The number's UTF-8 text.</param>
    /// <param name="buffer">Scratch space at least as long as <paramref name="raw"/>; the digits are kept in it.</param>
    public static DecimalView Parse(ReadOnlySpan<byte> raw, Span<byte> buffer)
    {
        var i = 0;
        var negative = false;
        if (i < raw.Length && raw[i] == (byte)'-')
        {
            negative = true;
            i++;
        }

        var count = 0;
        var integerDigits = 0;
        while (i < raw.Length && IsDigit(raw[i]))
        {
            buffer[count++] = raw[i++];
            integerDigits++;
        }

        if (i < raw.Length && raw[i] == (byte)'.')
        {
            i++;
            while (i < raw.Length && IsDigit(raw[i]))
            {
                buffer[count++] = raw[i++];
            }
        }

        long exponent = 0;
        if (i < raw.Length && (raw[i] == (byte)'e' || raw[i] == (byte)'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < raw.Length && (raw[i] == (byte)'+' || raw[i] == (byte)'-'))
            {
                exponentNegative = raw[i] == (byte)'-';
                i++;
            }

            while (i < raw.Length && IsDigit(raw[i]))
            {
                if (exponent < ExponentLimit)
                {
                    exponent = (exponent * 10) + (raw[i] - (byte)'0');
                }

                i++;
            }

            if (exponentNegative)
            {
                exponent = -exponent;
            }
        }

        var start = 0;
        while (start < count && buffer[start] == (byte)'0')
        {
            start++;
        }

        var end = count;
        while (end > start && buffer[end - 1] == (byte)'0')
        {
            end--;
        }

        var point = integerDigits - start + exponent;
        point = Math.Clamp(point, -ExponentLimit * 2, ExponentLimit * 2);
        return new DecimalView(negative, buffer[start..end], (int)point);
    }

    /// <summary>Compares two numbers by value.</summary>
    public static int Compare(DecimalView left, DecimalView right)
    {
        var leftSign = left.IsZero ? 0 : left.Negative ? -1 : 1;
        var rightSign = right.IsZero ? 0 : right.Negative ? -1 : 1;
        if (leftSign != rightSign)
        {
            return leftSign.CompareTo(rightSign);
        }

        if (leftSign == 0)
        {
            return 0;
        }

        var magnitude = CompareMagnitude(left, right);
        return leftSign > 0 ? magnitude : -magnitude;
    }

    /// <summary>True when both numbers have the same value.</summary>
    public static bool ValueEquals(DecimalView left, DecimalView right) =>
        left.Negative == right.Negative && left.Exponent == right.Exponent && left.Digits.SequenceEqual(right.Digits);

    /// <summary>True when <paramref name="value"/> divided by <paramref name="divisor"/> (positive) is an integer, exactly.</summary>
    public static bool IsMultipleOf(DecimalView value, DecimalView divisor)
    {
        if (value.IsZero)
        {
            return true;
        }

        // value = A × 10^ea and divisor = B × 10^eb with integers A, B: the quotient is an integer when
        // A × 10^(ea - eb) is divisible by B (ea ≥ eb), or A by B × 10^(eb - ea) (ea < eb).
        var shift = (long)(value.Exponent - value.Digits.Length) - (divisor.Exponent - divisor.Digits.Length);
        if (value.Digits.Length <= 18 && divisor.Digits.Length <= 18 && Math.Abs(shift) <= 19)
        {
            UInt128 a = ParseUInt64(value.Digits);
            UInt128 b = ParseUInt64(divisor.Digits);
            return shift >= 0 ? (a * Pow10((int)shift)) % b == 0 : a % (b * Pow10((int)-shift)) == 0;
        }

        var bigA = ParseBig(value.Digits);
        var bigB = ParseBig(divisor.Digits);
        if (shift >= 0)
        {
            return bigA * BigInteger.ModPow(10, shift, bigB) % bigB == 0;
        }

        if (-shift > value.Digits.Length)
        {
            // A < 10^digits ≤ B × 10^(eb - ea), and A is not zero.
            return false;
        }

        return bigA % (bigB * BigInteger.Pow(10, (int)-shift)) == 0;
    }

    /// <summary>A hash consistent with <see cref="ValueEquals"/>.</summary>
    public int GetValueHashCode()
    {
        var hash = new HashCode();
        hash.Add(Negative);
        hash.Add(Exponent);
        hash.AddBytes(Digits);
        return hash.ToHashCode();
    }

    /// <summary>Reads a number element of a parsed document.</summary>
    public static DecimalView FromElement(JsonElement element, Span<byte> buffer) =>
        Parse(JsonMarshal.GetRawUtf8Value(element), buffer);

    /// <summary>Formats the number for messages, in plain or scientific notation.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        var digits = Encoding.ASCII.GetString(Digits);
        var sign = Negative ? "-" : string.Empty;
        if (Exponent >= Digits.Length && Exponent <= 21)
        {
            return sign + digits + new string('0', Exponent - Digits.Length);
        }

        if (Exponent > 0 && Exponent < Digits.Length)
        {
            return sign + digits[..Exponent] + "." + digits[Exponent..];
        }

        if (Exponent <= 0 && Exponent > -6)
        {
            return sign + "0." + new string('0', -Exponent) + digits;
        }

        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (Exponent - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static int CompareMagnitude(DecimalView left, DecimalView right)
    {
        if (left.Exponent != right.Exponent)
        {
            return left.Exponent.CompareTo(right.Exponent);
        }

        return Math.Sign(left.Digits.SequenceCompareTo(right.Digits));
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static ulong ParseUInt64(ReadOnlySpan<byte> digits)
    {
        ulong result = 0;
        foreach (var digit in digits)
        {
            result = (result * 10) + (ulong)(digit - (byte)'0');
        }

        return result;
    }

    private static UInt128 Pow10(int exponent)
    {
        UInt128 result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static BigInteger ParseBig(ReadOnlySpan<byte> digits) =>
        BigInteger.Parse(Encoding.ASCII.GetString(digits), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>A number of the schema (a limit, a divisor, a value of <c>enum</c>) kept in the exact form of <see cref="DecimalView"/>.</summary>
internal sealed class JsonDecimal
{
    private readonly byte[] _digits;

    private JsonDecimal(bool negative, byte[] digits, int exponent)
    {
        Negative = negative;
        _digits = digits;
        Exponent = exponent;
    }

    public bool Negative { get; }

    public int Exponent { get; }

    public DecimalView View => new(Negative, _digits, Exponent);

    public static JsonDecimal FromElement(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var buffer = new byte[raw.Length];
        var view = DecimalView.Parse(raw, buffer);
        return new JsonDecimal(view.Negative, view.Digits.ToArray(), view.Exponent);
    }

    public override string ToString() => View.ToString();
}
