using System.Globalization;

namespace ClinicalContent.Model;

/// <summary>A calendar date known to the year, the month or the day, as references are usually dated.</summary>
/// <remarks>Written as <c>2004</c>, <c>2004-10</c> or <c>2004-10-17</c> (ISO 8601), like CSL-JSON's date parts.</remarks>
public readonly record struct PartialDate
{
    /// <summary>Creates a date from its known parts.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12, or null when only the year is known.</param>
    /// <param name="day">The day of the month, or null; requires <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m && (m < 1 || m > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day must exist in the given month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The calendar year, 1 to 9999; 0 only for <c>default(PartialDate)</c>, which has no JSON form.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or null when the date is known only to the year.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when the date is known only to the month or year.</summary>
    public int? Day { get; }

    /// <summary>Reads <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10)
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The ISO 8601 form: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
