using System.Text.RegularExpressions;

namespace ClinicalContent.Import;

// The phrases DosageParser reads. Every pattern is anchored with \G (it matches only where the reader stands), runs
// on text whose dashes, micro signs and white space were normalised, ignores case, and cannot backtrack badly; the
// timeout guards against the unforeseen.
public static partial class DosageParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const int TimeoutMilliseconds = 250;

    // A number as labels write it: 2, 0.5, .5, or a small number word. Comma decimals are refused before matching.
    private const string Number = @"(?:\d{1,9}(?:\.\d{1,9})?|\.\d{1,9}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)";

    // Whole-number words for counts such as "three times daily".
    private const string Count = @"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)";

    // Nothing may follow a phrase directly but a non-letter, non-digit.
    private const string End = @"(?![\p{L}\p{N}])";

    private const string UnitBase =
        @"(?:mg|milligrams?|mcg|micrograms?|ug|gtts?|grams?|gm|g|ml|millilit(?:er|re)s?|international\s+units?|units?|iu"
        + @"|%|tablets?|tabs?|capsules?|caps?|puffs?|inhalations?|drops?|sprays?|patch(?:es)?|suppositor(?:y|ies)|sachets?)";

    private const string UnitPerBody = @"(?:\s*(?:/|per\s)\s*(?:kg|m2))?";

    private const string UnitPerTime = @"(?:\s*(?:/|per\s)\s*(?:day|d|hour|hr|h|minute|min|dose))?";

    private const string DoseUnit = UnitBase + UnitPerBody + UnitPerTime;

    private const string TimeWord = @"(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?)";

    private const string PerDay = @"(?:daily|a\s+day|per\s+day|each\s+day|every\s+day)";

    private const string PerWeek = @"(?:weekly|a\s+week|per\s+week|each\s+week|every\s+week)";

    private const string Titration = @"(?:titrat|increas|decreas|taper|reduc|wean|escalat|adjust|doubl)\w*|(?<!for\s+)up\s+to(?!\s+a\s+max)(?!\s+" + Count + @"\s+times?\b)|then";

    /// <summary>Any titration word anywhere in a clause.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:" + Titration + ")" + End, Options, TimeoutMilliseconds)]
    private static partial Regex TitrationAnywhere();

    /// <summary>A clause that starts with a titration word: a separate instruction.</summary>
    [GeneratedRegex(@"^\s*(?:(?:may|can|and|then)\s+)*(?:" + Titration + ")" + End, Options, TimeoutMilliseconds)]
    private static partial Regex TitrationFirst();

    /// <summary>A comma between digits: a decimal comma or a thousands separator, which cannot be told apart.</summary>
    [GeneratedRegex(@"\d,\d", Options, TimeoutMilliseconds)]
    private static partial Regex CommaNumber();

    /// <summary>A label before the dose, such as "Typical dosage:".</summary>
    [GeneratedRegex(
        @"\G(?:(?:typical|usual|recommended|standard|adult|common|suggested|maintenance)\s+){0,3}(?:dose|dosage|dosing|regimen)\s*:",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Label();

    /// <summary>Words that carry no dosing information.</summary>
    [GeneratedRegex(
        @"\G(?:(?:may|can|should|to)\s+be\s+(?:taken|given|used|administered)|take|give|administer|use|and|(?:a\s+)?dose\s+of)" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Filler();

    /// <summary>A repeat instruction such as "may repeat after 2 hours": read to the end of the clause.</summary>
    [GeneratedRegex(@"\G(?:(?:may|can)\s+(?:be\s+)?)?repeat(?:ed)?" + End + ".*", Options, TimeoutMilliseconds)]
    private static partial Regex Repeat();

    /// <summary>A condition such as "if sleep onset insomnia occurs": read to the end of the clause.</summary>
    [GeneratedRegex(@"\G(?:if|when|unless|in\s+case\s+of)" + End + ".*", Options, TimeoutMilliseconds)]
    private static partial Regex Condition();

    /// <summary>A treatment duration such as "for 7 days".</summary>
    [GeneratedRegex(@"\Gfor\s+" + Number + @"(?:\s*(?:-|to)\s*" + Number + @")?\s*(?:days?|weeks?|months?)" + End, Options, TimeoutMilliseconds)]
    private static partial Regex Duration();

    /// <summary>A maximum per period: "max 4 g/day", "maximum daily dose 4 g", "not to exceed 40 mg in 24 hours".</summary>
    [GeneratedRegex(
        @"\G(?:max(?:imum)?\.?|not\s+to\s+exceed|do\s+not\s+exceed|no\s+more\s+than|not\s+more\s+than|up\s+to\s+a\s+max(?:imum)?\.?(?:\s+of)?)"
        + @"(?:\s+(?<daily>daily|total\s+daily))?(?:\s+dose)?(?:\s+(?:of|is))?\s*:?\s*"
        + @"(?<amount>" + Number + @")\s*(?<unit>" + UnitBase + UnitPerBody + ")"
        + @"(?:\s*(?:/|per\s|in\s|every\s|each\s|a\s)\s*(?:(?<periodValue>" + Number + @")\s*)?(?<periodUnit>days?|d|hours?|hrs?|h|weeks?|wks?)|\s+(?<perDay>daily))?"
        + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Maximum();

    /// <summary>An offset from an event: "1-2 hours before bedtime", "30 minutes before meals".</summary>
    [GeneratedRegex(
        @"\G(?<low>" + Number + @")\s*(?:(?:-|to)\s*(?<high>" + Number + @")\s*)?(?<unit>hours?|hrs?|h|minutes?|mins?)\s+"
        + @"(?<relation>before|after|prior\s+to)\s+(?<event>bed\s*time|bed|sleep|going\s+to\s+bed|meals|food|a\s+meal|each\s+meal)"
        + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Offset();

    /// <summary>A dose: "500 mg", "0.5-1 mg", "0.5 to 1 mg", "1 mg to 2 mg", "1 or 2 tablets", "15 mg/kg".</summary>
    [GeneratedRegex(
        @"\G(?<low>" + Number + @")\s*(?:(?<lowUnit>" + DoseUnit + @")\s*(?:-|to|or)\s*(?<high>" + Number + @")|(?:(?:-|to|or)\s*(?<high>" + Number + @"))?)"
        + @"\s*(?<unit>" + DoseUnit + ")" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex DoseAmount();

    /// <summary>The parts of a unit the dose pattern matched.</summary>
    [GeneratedRegex(
        @"^(?<base>[^/\s]+(?:\s+units?)?)(?:\s*(?:/|per\s)\s*(?<body>kg|m2))?(?:\s*(?:/|per\s)\s*(?<time>day|d|hour|hr|h|minute|min|dose))?$",
        Options,
        TimeoutMilliseconds)]
    private static partial Regex UnitParts();

    /// <summary>A frequency the model cannot carry: "every 4 to 6 hours", "q4-6h", "up to 4 times daily", "1-2 times daily".</summary>
    [GeneratedRegex(
        @"\G(?:(?:every\s+|q\s*)" + Number + @"\s*(?:-|to)\s*" + Number + @"\s*" + TimeWord
        + @"|up\s+to\s+" + Count + @"\s+times?\s+(?:" + PerDay + "|" + PerWeek + ")"
        + @"|" + Count + @"\s*(?:-|to|or)\s*" + Count + @"\s+times?\s+(?:" + PerDay + "|" + PerWeek + "))" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex FrequencyRange();

    /// <summary>A frequency: "twice daily", "BID", "every 8 hours", "q8h", "every other day", "weekly".</summary>
    [GeneratedRegex(
        @"\G(?:(?<once>q\.?d\.?|once\s+" + PerDay + @"|daily|every\s+day|each\s+day)"
        + @"|(?<onceNightly>once\s+(?:nightly|at\s+night))"
        + @"|(?<twice>b\.?i\.?d\.?|twice\s+" + PerDay + ")"
        + @"|(?<thrice>t\.?i\.?d\.?)"
        + @"|(?<four>q\.?i\.?d\.?)"
        + @"|(?<count>" + Count + @")\s+times?\s+" + PerDay
        + @"|(?<weekly>weekly|once\s+" + PerWeek + @"|every\s+week)"
        + @"|(?<twiceWeekly>twice\s+" + PerWeek + ")"
        + @"|(?<countWeekly>" + Count + @")\s+times?\s+" + PerWeek
        + @"|(?<monthly>monthly|once\s+(?:monthly|a\s+month|per\s+month)|every\s+month)"
        + @"|(?<otherDay>every\s+other\s+day|on\s+alternate\s+days|alternate\s+days)"
        + @"|(?<otherWeek>every\s+other\s+week)"
        + @"|(?<hourly>hourly|every\s+hour)"
        + @"|(?:every\s+|q\s*)(?<every>" + Number + @")\s*(?<everyUnit>" + TimeWord + "))" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Frequency();

    /// <summary>A daily event: "at bedtime", "in the morning", "with meals", "nightly".</summary>
    [GeneratedRegex(
        @"\G(?:(?<bedtime>at\s+bed\s*time|before\s+bed(?:\s*time)?|at\s+night|q\.?h\.?s\.?|h\.?s\.?)"
        + @"|(?<night>nightly|every\s+night|each\s+night)"
        + @"|(?<morning>in\s+the\s+morning|every\s+morning|each\s+morning|q\.?a\.?m\.?)"
        + @"|(?<afternoon>in\s+the\s+afternoon|every\s+afternoon|each\s+afternoon)"
        + @"|(?<evening>in\s+the\s+evening|every\s+evening|each\s+evening|q\.?p\.?m\.?)"
        + @"|(?<withMeals>with\s+(?:meals|food|a\s+meal|each\s+meal|every\s+meal))"
        + @"|(?<beforeMeals>before\s+(?:meals|food|a\s+meal|each\s+meal)|a\.c\.?)"
        + @"|(?<afterMeals>after\s+(?:meals|food|a\s+meal|each\s+meal)|p\.c\.?)"
        + @"|(?<waking>(?:on|upon)\s+(?:waking|awakening|rising)))" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Event();

    /// <summary>A route: "orally", "by mouth", "PO", "IV", "IM", "subcutaneously", "inhaled", "topically".</summary>
    [GeneratedRegex(
        @"\G(?:(?<oral>orally|by\s+mouth|p\.?o\.?|per\s+os|oral)"
        + @"|(?<intravenous>intravenously|intravenous|i\.?v\.?)"
        + @"|(?<intramuscular>intramuscularly|intramuscular|i\.?m\.?)"
        + @"|(?<subcutaneous>subcutaneously|subcutaneous|subcut|subq|s\.?c\.?|s\.?q\.?)"
        + @"|(?<inhaled>inhaled|by\s+inhalation)"
        + @"|(?<topical>topically|topical))" + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex Route();

    /// <summary>As needed, with an optional reason: "as needed for pain", "PRN".</summary>
    [GeneratedRegex(
        @"\G(?:as\s+needed|as\s+required|when\s+needed|when\s+required|if\s+needed|if\s+required|on\s+demand|p\.?r\.?n\.?)"
        + @"(?:\s+for\s+(?<reason>\p{L}[\p{L}' -]{0,79}?)(?=\s*$|\s+(?:every|q\d|max|maximum|not\s+to|do\s+not|no\s+more|orally|by\s+mouth|at|in\s+the|with|before|after|up\s+to)" + End + "))?"
        + End,
        Options,
        TimeoutMilliseconds)]
    private static partial Regex AsNeeded();

    /// <summary>Where one clause ends: semicolons, commas, parentheses, and a full stop before white space or the end,
    /// unless it ends an abbreviation ("max.", "p.o.", "b.i.d.").</summary>
    [GeneratedRegex(@"[;,()]|(?<!(?<![\p{L}])max)(?<!(?<![\p{L}])\p{L})\.(?=\s|$)", Options, TimeoutMilliseconds)]
    private static partial Regex ClauseBreak();
}
