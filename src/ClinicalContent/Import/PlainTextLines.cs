using System.Globalization;
using System.Text.RegularExpressions;
using ClinicalContent.Model;

namespace ClinicalContent.Import;

/// <summary>A bullet of page text with its nested bullets, before it becomes a <see cref="Statement"/>.</summary>
internal sealed class PlainTextBullet
{
    public required int Line { get; init; }

    public required int Indent { get; init; }

    /// <summary>The text without its citation numbers and without a trailing colon.</summary>
    public required string Text { get; init; }

    /// <summary>Whether the text ended with a colon: a lead-in to its nested bullets.</summary>
    public required bool IsLeadIn { get; init; }

    public required EquatableArray<Citation> Citations { get; init; }

    public List<PlainTextBullet> Children { get; } = [];

    public Statement ToStatement() => new()
    {
        Text = Text,
        Citations = Citations,
        Points = Children.Count == 0 ? default : Children.Select(static c => c.ToStatement()).ToEquatableArray(),
    };

    /// <summary>This bullet and every bullet under it, in page order.</summary>
    public IEnumerable<PlainTextBullet> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children.SelectMany(static c => c.SelfAndDescendants()))
        {
            yield return child;
        }
    }
}

/// <summary>One block of a section: a paragraph, a sub-heading or a bullet tree.</summary>
internal abstract record PlainTextBlock(int Line);

internal sealed record PlainTextParagraph(int Line, string Text) : PlainTextBlock(Line);

internal sealed record PlainTextSubHeading(int Line, string Text) : PlainTextBlock(Line);

internal sealed record PlainTextBulletBlock(PlainTextBullet Bullet) : PlainTextBlock(Bullet.Line);

/// <summary>A section of page text: its heading and its blocks.</summary>
internal sealed class PlainTextSection
{
    public required HeadingKind Kind { get; init; }

    public required string Title { get; init; }

    public required int Line { get; init; }

    public List<PlainTextBlock> Blocks { get; } = [];
}

/// <summary>Reading single lines of page text: bullets, citation numbers, dates, headings.</summary>
internal static partial class PlainTextLines
{
    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Splits trailing citation numbers ("… inhibitions 1, 2") from a text.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="citations">Citations of <c>ref-N</c> for each number, in order, each once.</param>
    /// <returns>The text without the numbers.</returns>
    public static string SplitCitations(string text, out EquatableArray<Citation> citations)
    {
        var m = TrailingCitations().Match(text);
        if (!m.Success)
        {
            citations = default;
            return text.Trim();
        }

        var ids = m.Groups["numbers"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(static n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture))
            .Where(static n => n > 0)
            .Distinct()
            .Select(static n => new Citation { ReferenceId = new ReferenceId(ReferenceIdFor(n)) })
            .ToEquatableArray();
        citations = ids;
        return text[..m.Index].Trim();
    }

    /// <summary>The reference id of the page's reference number <paramref name="number"/>: <c>ref-N</c> (decision 0003).</summary>
    public static string ReferenceIdFor(int number) => string.Create(CultureInfo.InvariantCulture, $"ref-{number}");

    /// <summary>Whether a line is a bullet ("•" after any indentation), and its indentation and text.</summary>
    public static bool TryReadBullet(string line, out int indent, out string content)
    {
        indent = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else
            {
                break;
            }
        }

        var rest = line.AsSpan().TrimStart();
        if (rest.Length > 0 && rest[0] is '•' or '◦' or '▪' or '‣')
        {
            content = rest[1..].Trim().ToString();
            return true;
        }

        content = string.Empty;
        return false;
    }

    /// <summary>Whether a line has the shape of a heading: short, starting with a capital, without closing
    /// punctuation or citation numbers.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || !(char.IsUpper(t[0]) || char.IsDigit(t[0])) || t[^1] is '.' or ':' or ';' or ',' or '!' or '?')
        {
            return false;
        }

        return t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= HeadingClassifier.MaxHeadingWords
            && !TrailingCitations().IsMatch(t);
    }

    /// <summary>Reads a date such as "October 9, 2025", "Oct 9, 2025", "9 October 2025" or "2025-10-09" at the start
    /// of a text; <paramref name="rest"/> is what follows it, glued or not.</summary>
    public static bool TryReadDate(string text, out DateOnly date, out string rest)
    {
        date = default;
        rest = string.Empty;
        var m = DateAtStart().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        int year, month, day;
        if (m.Groups["iso"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var name = (m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value).ToLowerInvariant();
            month = Array.IndexOf(s_months, name[..3]) + 1;
            var full = new DateTime(2000, Math.Max(month, 1), 1).ToString("MMMM", CultureInfo.InvariantCulture).ToLowerInvariant();
            if (month == 0 || !(full.StartsWith(name, StringComparison.Ordinal) || name == "sept"))
            {
                return false;
            }

            day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        rest = text.Trim()[m.Length..].Trim();
        return true;
    }

    /// <summary>Title case to sentence case, keeping the first word and acronyms: "REM Sleep Behavior Disorder" →
    /// "REM sleep behavior disorder"; a trailing abbreviation in parentheses is dropped.</summary>
    public static string SentenceCase(string title)
    {
        var t = TrailingParenthesis().Replace(title.Trim(), string.Empty).Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            // "Kidney" and "Community-Acquired" are title case; "REM" and "CURB-65" are not.
            if (w.Length > 1 && w.Split('-').All(static part => part.Length > 0 && char.IsUpper(part[0]) && part.Skip(1).All(static c => !char.IsUpper(c))))
            {
                words[i] = w.ToLowerInvariant();
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Removes a trailing parenthesis: "Post-hypoxic myoclonus (after cardiac arrest)" → "Post-hypoxic myoclonus".</summary>
    public static string WithoutTrailingParenthesis(string text) => TrailingParenthesis().Replace(text, string.Empty).Trim();

    // " 1", " 1, 6", " 2,3" at the end, after white space.
    [GeneratedRegex(@"(?<=\S)\s+(?<numbers>\d{1,3}(?:\s*,\s*\d{1,3})*)\s*$")]
    private static partial Regex TrailingCitations();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(
        @"^(?:(?<m1>[A-Za-z]{3,9})\.?\s+(?<d1>\d{1,2}),?\s+(?<y1>\d{4})|(?<d2>\d{1,2})\s+(?<m2>[A-Za-z]{3,9})\.?,?\s+(?<y2>\d{4})|(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})))",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateAtStart();
}
