using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Import;

/// <summary>
/// Reads a dose instruction as written, such as <c>0.5-1 mg at bedtime</c>, into a structured <see cref="Dosage"/>,
/// filling only what the text says with certainty.
/// </summary>
/// <remarks>
/// <para>The result's <see cref="Dosage.Text"/> is always the input, trimmed. The structured members are filled only
/// when every part of the text was recognised; a part that cannot be read makes the whole instruction text-only, with
/// a warning — the parser never guesses. Parts the model cannot carry but that leave the rest unambiguous (a
/// separate titration step, a repeat instruction, a duration, a condition, a frequency range) are reported and kept
/// in the text only, and the rest is read. Matching ignores case and culture; all issues are at pointer <c>""</c>.</para>
/// <para>Supported phrases (the text is split into clauses at <c>,</c> <c>;</c> parentheses and full stops; every clause
/// must be read):</para>
/// <list type="table">
/// <listheader><term>Written</term><description>Read as</description></listheader>
/// <item><term><c>Typical dosage:</c>, <c>Usual adult dose:</c>, <c>take</c>, <c>give</c>, <c>may be taken</c>, <c>and</c></term>
/// <description>Ignored: labels and words that carry no dosing information.</description></item>
/// <item><term><c>500 mg</c>, <c>.5 mg</c>, <c>0.5-1 mg</c>, <c>0.5–1 mg</c>, <c>0.5 to 1 mg</c>, <c>1 mg to 2 mg</c>, <c>1 or 2 tablets</c></term>
/// <description><see cref="DoseQuantity"/> or <see cref="DoseRange"/>. Units: mg, g, mcg/µg/ug → <c>ug</c>, mL → <c>mL</c>,
/// units/IU → <c>[iU]</c>, tablets → <c>{tbl}</c>, capsules → <c>{cap}</c>, puffs → <c>{puff}</c>, drops → <c>{drop}</c>,
/// sprays → <c>{spray}</c>, patches → <c>{patch}</c>, %; each optionally per kg or m2 (<c>mg/kg</c>, <c>mg/m2</c>) and per day,
/// hour or minute (<c>mg/kg/day</c> → <c>mg/kg/d</c>); <c>/dose</c> is dropped. A unit not in <see cref="ClinicalUnits"/>
/// is not read.</description></item>
/// <item><term><c>once daily</c>, <c>daily</c>, <c>QD</c>, <c>twice daily</c>, <c>BID</c>, <c>three times daily</c>, <c>TID</c>,
/// <c>four times a day</c>, <c>QID</c>, <c>N times per day</c></term>
/// <description><see cref="Timing.Frequency"/> N per <see cref="Timing.Period"/> 1 <see cref="TimeUnit.Day"/>.</description></item>
/// <item><term><c>every 8 hours</c>, <c>q8h</c>, <c>every 3 days</c>, <c>every 2 weeks</c>, <c>every other day</c>, <c>weekly</c>,
/// <c>once a week</c>, <c>twice weekly</c>, <c>monthly</c>, <c>hourly</c></term>
/// <description>Frequency and period (every other day: 1 per 2 d).</description></item>
/// <item><term><c>every 4 to 6 hours</c>, <c>q4-6h</c>, <c>up to 4 times daily</c>, <c>1-2 times daily</c></term>
/// <description>Not read: the model has no period or frequency range. The frequency is left out with
/// <see cref="IssueCodes.DoseFrequencyRangeNotRead"/>; the rest is read.</description></item>
/// <item><term><c>at bedtime</c>, <c>at night</c>, <c>before bed</c>, <c>HS</c>; <c>nightly</c>; <c>in the morning</c>;
/// <c>in the afternoon</c>; <c>in the evening</c>; <c>with meals</c>, <c>with food</c>; <c>before meals</c>; <c>after meals</c>;
/// <c>on waking</c></term>
/// <description><see cref="Timing.When"/>: bedtime; night; morning; afternoon; evening; with-meals; before-meals;
/// after-meals; waking. <c>once nightly</c> adds 1 per day.</description></item>
/// <item><term><c>1-2 hours before bedtime</c>, <c>30 minutes before meals</c>, <c>2 hours after meals</c></term>
/// <description><see cref="Timing.Offset"/> (low, high, unit, relation) and the event in <see cref="Timing.When"/>:
/// bedtime, or with-meals for meals (the relation says before or after).</description></item>
/// <item><term><c>as needed</c>, <c>PRN</c>, <c>as needed for pain</c></term>
/// <description><see cref="Dosage.AsNeeded"/>, and <see cref="Dosage.AsNeededFor"/> as written.</description></item>
/// <item><term><c>max 4 g/day</c>, <c>maximum 4 g per day</c>, <c>maximum daily dose 4 g</c>, <c>not to exceed 40 mg in 24 hours</c></term>
/// <description><see cref="Dosage.MaximumDose"/>: the amount per the period as written (1 d, 24 h).</description></item>
/// <item><term><c>orally</c>, <c>by mouth</c>, <c>PO</c>; <c>IV</c>, <c>intravenously</c>; <c>IM</c>; <c>subcutaneously</c>,
/// <c>SC</c>, <c>SQ</c>; <c>inhaled</c>; <c>topically</c></term>
/// <description><see cref="Dosage.Route"/> with SNOMED CT codes (oral 26643006, intravenous 47625008,
/// intramuscular 78421000, subcutaneous 34206005, topical 6064005); inhaled as text only.</description></item>
/// <item><term>A clause starting with <c>titrate</c>, <c>increase</c>, <c>taper</c>, <c>then</c>, <c>up to</c> …</term>
/// <description>Kept as text (<see cref="IssueCodes.DoseTitrationNotRead"/>); the other clauses are read. A titration
/// word inside a clause makes the whole instruction text-only.</description></item>
/// <item><term><c>may repeat after 2 hours</c>, <c>for 7 days</c></term>
/// <description>Kept as text (<see cref="IssueCodes.DosePartNotRead"/>); the rest is read.</description></item>
/// <item><term><c>if …</c>, <c>when …</c>, <c>unless …</c> to the end of the clause</term>
/// <description>Kept as text (<see cref="IssueCodes.DoseConditionNotRead"/>, information); the rest is read.</description></item>
/// <item><term><c>2,5 mg</c>, <c>1,000 mg</c></term>
/// <description>Not read: a decimal comma and a thousands separator cannot be told apart
/// (<see cref="IssueCodes.DoseNumberAmbiguous"/>).</description></item>
/// </list>
/// <para>Anything else — a second dose, two frequencies, words the table does not list, a zero dose, a range that
/// runs backwards — leaves the instruction text-only with <see cref="IssueCodes.DoseTextNotUnderstood"/>.</para>
/// <para>The parser is stateless and thread-safe; it uses no reflection and its patterns are source-generated.</para>
/// </remarks>
public static partial class DosageParser
{
    // Longer texts are not single dose instructions; refusing them also bounds the work done.
    private const int MaxLength = 500;

    private const string Snomed = "http://snomed.info/sct";

    private static readonly CodedConcept s_oral = RouteConcept("oral", "26643006", "Oral route");
    private static readonly CodedConcept s_intravenous = RouteConcept("intravenous", "47625008", "Intravenous route");
    private static readonly CodedConcept s_intramuscular = RouteConcept("intramuscular", "78421000", "Intramuscular route");
    private static readonly CodedConcept s_subcutaneous = RouteConcept("subcutaneous", "34206005", "Subcutaneous route");
    private static readonly CodedConcept s_topical = RouteConcept("topical", "6064005", "Topical route");

    // No code: the SNOMED CT concept for inhalation differs between editions, and a wrong code is worse than none.
    private static readonly CodedConcept s_inhaled = new() { Text = "inhaled" };

    /// <summary>Reads a dose instruction into a <see cref="Dosage"/>, filling only what the text says with certainty.</summary>
    /// <param name="text">The instruction as written, such as <c>500 mg three times daily</c>.</param>
    /// <returns>A result whose <see cref="ReadResult{T}.Value"/> is never null: a <see cref="Dosage"/> whose
    /// <see cref="Dosage.Text"/> is <paramref name="text"/> trimmed, with the structured members read; and warnings
    /// (CC5101–CC5106) for whatever stayed text-only. The result never has errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReadResult<Dosage> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var trimmed = text.Trim();
        var issues = new List<ValidationIssue>();
        Dosage dosage;
        try
        {
            dosage = Read(trimmed, issues);
        }
        catch (RegexMatchTimeoutException)
        {
            // The patterns cannot backtrack badly; a timeout means a pathological text, which is no dose.
            issues.Clear();
            dosage = TextOnly(trimmed, issues);
        }

        return new ReadResult<Dosage> { Value = dosage, Issues = issues.ToEquatableArray() };
    }

    private static Dosage Read(string text, List<ValidationIssue> issues)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return TextOnly(text, issues);
        }

        var normalized = Normalize(text);
        if (CommaNumber().Match(normalized) is { Success: true } comma)
        {
            issues.Add(Warning(IssueCodes.DoseNumberAmbiguous, IssueMessages.DoseNumberAmbiguous(NumberAround(normalized, comma.Index + 1))));
            return new Dosage { Text = text };
        }

        var draft = new DosageDraft();
        var understood = true;
        var partial = new List<ValidationIssue>();
        foreach (var clause in Clauses(normalized))
        {
            if (TitrationAnywhere().IsMatch(clause))
            {
                partial.Add(Warning(IssueCodes.DoseTitrationNotRead, IssueMessages.DoseTitrationNotRead(clause)));
                if (!TitrationFirst().IsMatch(clause))
                {
                    // Titration inside a clause: which dose is the one to give cannot be told.
                    issues.AddRange(partial.Where(static i => i.Code == IssueCodes.DoseTitrationNotRead));
                    return new Dosage { Text = text };
                }

                continue;
            }

            understood &= ReadClause(clause, draft, partial);
        }

        understood &= draft.Offset is null || draft.EventCount == 1;
        if (!understood)
        {
            issues.Add(Warning(IssueCodes.DoseTextNotUnderstood, IssueMessages.DoseTextNotUnderstood(text)));
            issues.AddRange(partial.Where(static i => i.Code == IssueCodes.DoseTitrationNotRead));
            return new Dosage { Text = text };
        }

        issues.AddRange(partial);
        if (draft.IsEmpty && !issues.Any(static i => i.Severity == IssueSeverity.Warning))
        {
            return TextOnly(text, issues);
        }

        return draft.ToDosage(text);
    }

    /// <summary>Reads one clause phrase by phrase; false when some part of it matches no phrase or contradicts another.</summary>
    private static bool ReadClause(string clause, DosageDraft draft, List<ValidationIssue> issues)
    {
        var position = 0;
        var first = true;
        while (true)
        {
            while (position < clause.Length && char.IsWhiteSpace(clause[position]))
            {
                position++;
            }

            if (position >= clause.Length)
            {
                return true;
            }

            Match match;
            bool read;
            if (first && (match = Label().Match(clause, position)).Success)
            {
                read = true;
            }
            else if ((match = Filler().Match(clause, position)).Success)
            {
                read = true;
            }
            else if ((match = Repeat().Match(clause, position)).Success || (match = Duration().Match(clause, position)).Success)
            {
                issues.Add(Warning(IssueCodes.DosePartNotRead, IssueMessages.DosePartNotRead(match.Value.Trim())));
                read = true;
            }
            else if ((match = AsNeeded().Match(clause, position)).Success)
            {
                var reason = match.Groups["reason"];
                read = draft.SetAsNeeded(reason.Success ? reason.Value.Trim() : null);
            }
            else if ((match = Condition().Match(clause, position)).Success)
            {
                issues.Add(new ValidationIssue
                {
                    Code = IssueCodes.DoseConditionNotRead,
                    Severity = IssueSeverity.Information,
                    Message = IssueMessages.DoseConditionNotRead(match.Value.Trim()),
                    Pointer = string.Empty,
                });
                read = true;
            }
            else if ((match = Maximum().Match(clause, position)).Success)
            {
                read = ReadMaximum(match, draft);
            }
            else if ((match = Offset().Match(clause, position)).Success)
            {
                read = ReadOffset(match, draft);
            }
            else if ((match = DoseAmount().Match(clause, position)).Success)
            {
                read = ReadDose(match, draft);
            }
            else if ((match = FrequencyRange().Match(clause, position)).Success)
            {
                read = draft.SetFrequencyUnreadable();
                issues.Add(Warning(IssueCodes.DoseFrequencyRangeNotRead, IssueMessages.DoseFrequencyRangeNotRead(match.Value)));
            }
            else if ((match = Frequency().Match(clause, position)).Success)
            {
                read = ReadFrequency(match, draft);
            }
            else if ((match = Event().Match(clause, position)).Success)
            {
                draft.AddEvent(EventOf(match));
                read = true;
            }
            else if ((match = Route().Match(clause, position)).Success)
            {
                read = draft.SetRoute(RouteOf(match));
            }
            else
            {
                return false;
            }

            if (!read || match.Length == 0)
            {
                return false;
            }

            position = match.Index + match.Length;
            first = false;
        }
    }

    private static bool ReadDose(Match match, DosageDraft draft)
    {
        var unit = UcumUnit(match.Groups["unit"].Value);
        if (unit is null || !TryNumber(match.Groups["low"].Value, out var low))
        {
            return false;
        }

        var lowUnit = match.Groups["lowUnit"];
        if (lowUnit.Success && !string.Equals(UcumUnit(lowUnit.Value), unit, StringComparison.Ordinal))
        {
            return false;
        }

        var high = match.Groups["high"];
        if (!high.Success)
        {
            return draft.SetDose(new DoseQuantity { Value = low, Unit = unit });
        }

        return TryNumber(high.Value, out var highValue) && low <= highValue
            && draft.SetDose(new DoseRange { Low = low, High = highValue, Unit = unit });
    }

    private static bool ReadMaximum(Match match, DosageDraft draft)
    {
        var unit = UcumUnit(match.Groups["unit"].Value);
        if (unit is null || !TryNumber(match.Groups["amount"].Value, out var amount))
        {
            return false;
        }

        var daily = match.Groups["daily"].Success || match.Groups["perDay"].Success;
        var periodUnit = match.Groups["periodUnit"];
        Duration period;
        if (periodUnit.Success && !daily)
        {
            var periodValue = 1m;
            var valueGroup = match.Groups["periodValue"];
            if ((valueGroup.Success && !TryNumber(valueGroup.Value, out periodValue)) || TimeUnitOf(periodUnit.Value) is not { } timeUnit)
            {
                return false;
            }

            period = new Duration { Value = periodValue, Unit = timeUnit };
        }
        else if (daily && !periodUnit.Success)
        {
            period = new Duration { Value = 1, Unit = TimeUnit.Day };
        }
        else
        {
            // No period ("max 200 mg"), or two ("maximum daily dose 4 g per day"): not a maximum per period.
            return false;
        }

        return draft.SetMaximum(new MaximumDose { Amount = new Quantity { Value = amount, Unit = unit }, Period = period });
    }

    private static bool ReadOffset(Match match, DosageDraft draft)
    {
        if (!TryNumber(match.Groups["low"].Value, out var low) || TimeUnitOf(match.Groups["unit"].Value) is not { } unit)
        {
            return false;
        }

        var high = low;
        var highGroup = match.Groups["high"];
        if ((highGroup.Success && !TryNumber(highGroup.Value, out high)) || high < low)
        {
            return false;
        }

        var relation = match.Groups["relation"].Value.StartsWith("after", StringComparison.OrdinalIgnoreCase)
            ? OffsetRelation.After
            : OffsetRelation.Before;
        var eventText = match.Groups["event"].Value;

        // The event is the meal or the bedtime itself; the relation says on which side of it the dose falls.
        var timingEvent = eventText.Contains("bed", StringComparison.OrdinalIgnoreCase) || eventText.Contains("sleep", StringComparison.OrdinalIgnoreCase)
            ? TimingEvent.Bedtime
            : TimingEvent.WithMeals;
        draft.AddEvent(timingEvent);
        return draft.SetOffset(new TimeOffset { Low = low, High = high, Unit = unit, Relation = relation });
    }

    private static bool ReadFrequency(Match match, DosageDraft draft)
    {
        var groups = match.Groups;
        if (groups["once"].Success)
        {
            return draft.SetFrequency(1, 1, TimeUnit.Day);
        }

        if (groups["onceNightly"].Success)
        {
            draft.AddEvent(TimingEvent.Night);
            return draft.SetFrequency(1, 1, TimeUnit.Day);
        }

        if (groups["twice"].Success)
        {
            return draft.SetFrequency(2, 1, TimeUnit.Day);
        }

        if (groups["thrice"].Success)
        {
            return draft.SetFrequency(3, 1, TimeUnit.Day);
        }

        if (groups["four"].Success)
        {
            return draft.SetFrequency(4, 1, TimeUnit.Day);
        }

        if (groups["count"].Success)
        {
            return TryCount(groups["count"].Value, out var count) && draft.SetFrequency(count, 1, TimeUnit.Day);
        }

        if (groups["weekly"].Success)
        {
            return draft.SetFrequency(1, 1, TimeUnit.Week);
        }

        if (groups["twiceWeekly"].Success)
        {
            return draft.SetFrequency(2, 1, TimeUnit.Week);
        }

        if (groups["countWeekly"].Success)
        {
            return TryCount(groups["countWeekly"].Value, out var count) && draft.SetFrequency(count, 1, TimeUnit.Week);
        }

        if (groups["monthly"].Success)
        {
            return draft.SetFrequency(1, 1, TimeUnit.Month);
        }

        if (groups["otherDay"].Success)
        {
            return draft.SetFrequency(1, 2, TimeUnit.Day);
        }

        if (groups["otherWeek"].Success)
        {
            return draft.SetFrequency(1, 2, TimeUnit.Week);
        }

        if (groups["hourly"].Success)
        {
            return draft.SetFrequency(1, 1, TimeUnit.Hour);
        }

        return TryNumber(groups["every"].Value, out var period)
            && TimeUnitOf(groups["everyUnit"].Value) is { } unit
            && draft.SetFrequency(1, period, unit);
    }

    private static TimingEvent EventOf(Match match)
    {
        var groups = match.Groups;
        return groups["bedtime"].Success ? TimingEvent.Bedtime
            : groups["night"].Success ? TimingEvent.Night
            : groups["morning"].Success ? TimingEvent.Morning
            : groups["afternoon"].Success ? TimingEvent.Afternoon
            : groups["evening"].Success ? TimingEvent.Evening
            : groups["withMeals"].Success ? TimingEvent.WithMeals
            : groups["beforeMeals"].Success ? TimingEvent.BeforeMeals
            : groups["afterMeals"].Success ? TimingEvent.AfterMeals
            : TimingEvent.Waking;
    }

    private static CodedConcept RouteOf(Match match)
    {
        var groups = match.Groups;
        return groups["oral"].Success ? s_oral
            : groups["intravenous"].Success ? s_intravenous
            : groups["intramuscular"].Success ? s_intramuscular
            : groups["subcutaneous"].Success ? s_subcutaneous
            : groups["inhaled"].Success ? s_inhaled
            : s_topical;
    }

    /// <summary>The UCUM code for a unit as written, or null when the table of clinical units lacks it.</summary>
    internal static string? UcumUnit(string written)
    {
        var parts = UnitParts().Match(written);
        if (!parts.Success)
        {
            return null;
        }

        var baseUnit = parts.Groups["base"].Value.ToLowerInvariant() switch
        {
            "mg" or "milligram" or "milligrams" => "mg",
            "mcg" or "ug" or "microgram" or "micrograms" => "ug",
            "g" or "gm" or "gram" or "grams" => "g",
            "ml" or "milliliter" or "milliliters" or "millilitre" or "millilitres" => "mL",
            "unit" or "units" or "iu" => "[iU]",
            var s when s.StartsWith("international", StringComparison.Ordinal) => "[iU]",
            "%" => "%",
            "tablet" or "tablets" or "tab" or "tabs" => "{tbl}",
            "capsule" or "capsules" or "cap" or "caps" => "{cap}",
            "puff" or "puffs" or "inhalation" or "inhalations" => "{puff}",
            "drop" or "drops" or "gtt" or "gtts" => "{drop}",
            "spray" or "sprays" => "{spray}",
            "patch" or "patches" => "{patch}",
            "suppository" or "suppositories" => "{supp}",
            "sachet" or "sachets" => "{sachet}",
            _ => null,
        };
        if (baseUnit is null)
        {
            return null;
        }

        var unit = new StringBuilder(baseUnit);
        if (parts.Groups["body"].Success)
        {
            unit.Append('/').Append(parts.Groups["body"].Value.ToLowerInvariant());
        }

        if (parts.Groups["time"].Success)
        {
            var time = parts.Groups["time"].Value.ToLowerInvariant() switch
            {
                "day" or "d" => "/d",
                "hour" or "hr" or "h" => "/h",
                "minute" or "min" => "/min",
                _ => string.Empty, // "/dose": per administration, which a dose already is.
            };
            unit.Append(time);
        }

        var code = unit.ToString();
        return ClinicalUnits.IsKnown(code) ? code : null;
    }

    private static TimeUnit? TimeUnitOf(string written)
    {
        var word = written.ToLowerInvariant();
        return word switch
        {
            _ when word.StartsWith("min", StringComparison.Ordinal) => TimeUnit.Minute,
            _ when word.StartsWith('h') => TimeUnit.Hour,
            _ when word.StartsWith('d') => TimeUnit.Day,
            _ when word.StartsWith('w') => TimeUnit.Week,
            _ when word.StartsWith("mo", StringComparison.Ordinal) => TimeUnit.Month,
            _ => null,
        };
    }

    private static bool TryNumber(string written, out decimal value)
    {
        if (TryWord(written, out var word))
        {
            value = word;
            return true;
        }

        var digits = written.StartsWith('.') ? "0" + written : written;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static bool TryCount(string written, out int value)
    {
        if (TryWord(written, out value))
        {
            return true;
        }

        return int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static bool TryWord(string written, out int value)
    {
        value = written.ToLowerInvariant() switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "twelve" => 12,
            _ => 0,
        };
        return value > 0;
    }

    /// <summary>The text with dashes, micro signs, superscript two and white space made plain; the length is kept.</summary>
    private static string Normalize(string text)
        => string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    '\u00B5' or '\u03BC' => 'u',
                    '\u00B2' => '2',
                    _ when char.IsWhiteSpace(c) => ' ',
                    _ => c,
                };
            }
        });

    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var start = 0;
        foreach (var split in ClauseBreak().EnumerateMatches(text))
        {
            Add(text[start..split.Index]);
            start = split.Index + split.Length;
        }

        Add(text[start..]);
        return clauses;

        void Add(string clause)
        {
            clause = clause.Trim().TrimEnd('.').TrimEnd();
            if (clause.Length > 0)
            {
                clauses.Add(clause);
            }
        }
    }

    private static string NumberAround(string text, int comma)
    {
        var start = comma;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is ',' or '.'))
        {
            start--;
        }

        var end = comma;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.'))
        {
            end++;
        }

        return text[start..end];
    }

    private static Dosage TextOnly(string text, List<ValidationIssue> issues)
    {
        issues.Add(Warning(IssueCodes.DoseTextNotUnderstood, IssueMessages.DoseTextNotUnderstood(text)));
        return new Dosage { Text = text };
    }

    private static ValidationIssue Warning(string code, string message)
        => new() { Code = code, Severity = IssueSeverity.Warning, Message = message, Pointer = string.Empty };

    private static CodedConcept RouteConcept(string text, string code, string display)
        => new() { Text = text, Codings = [new Coding { System = Snomed, Code = code, Display = display }] };
}
