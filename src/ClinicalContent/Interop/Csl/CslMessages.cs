using System.Globalization;

namespace ClinicalContent.Interop.Csl;

/// <summary>The one place where CSL-JSON import messages are worded: each says what is wrong, what was expected and
/// what became of the value. Values echoed from the input are shortened.</summary>
internal static class CslMessages
{
    private const int MaxEcho = 60;

    private const string DateForm = "{\"date-parts\": [[year, month, day]]} with one to three whole numbers, or {\"raw\": \"yyyy-MM-dd\"}";

    public static string EmptyDocument() => "The input holds no JSON value; expected an array of CSL items.";

    public static string NotAnArray(string found) => $"Expected an array of CSL items but found {found}; nothing was imported.";

    public static string ItemNotAnObject(string found) => $"Expected a CSL item (an object) but found {found}; no reference was built from it.";

    public static string RequiredVariableMissing(string name) =>
        $"The item has no '{name}'; every item needs 'id', 'type' and 'title'. No reference was built from it.";

    public static string RequiredWrongType(string name, string expected, string found) =>
        $"'{name}' is {found}; expected {expected}. No reference was built from the item.";

    public static string WrongTypeKept(string name, string expected, string found) =>
        $"'{Echo(name)}' is {found}; expected {expected}. The value was kept as an unknown member.";

    public static string NameWrongType(string found) =>
        $"An author is {found}; expected a name object such as {{\"family\": \"Doe\", \"given\": \"J.\"}} or {{\"literal\": \"WHO\"}}. The author was left out.";

    public static string TypeUnknown(string type) =>
        $"'{Echo(type)}' is not a CSL 1.0 item type; the kind was classified from the genre, or as 'other', and the type was kept.";

    public static string DateMemberWrongType(string name, string found) =>
        $"The date's '{name}' is {found}; expected {(name == "circa" ? "a string, a number or a boolean" : name == "season" ? "a string or a number" : "a string")}. The date was kept as an unknown member.";

    public static string DateMemberUnknown(string name) =>
        $"A date has no member '{Echo(name)}'; expected {DateForm}. The date was kept as an unknown member.";

    public static string DatePartsShape() =>
        $"'date-parts' must hold one date (or two, for a range) of one to three parts; expected {DateForm}. The date was kept as an unknown member.";

    public static string DatePartNotInteger(string part) =>
        $"The date part '{Echo(part)}' is not a whole number; expected {DateForm}. The date was kept as an unknown member.";

    public static string DateMonthOutOfRange(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"The month {month} is not between 1 and 12; the date was kept as an unknown member.");

    public static string DateDayOutOfRange(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"The day {day} does not exist in {year:D4}-{month:D2}; the date was kept as an unknown member.");

    public static string DateEmpty() => $"The date is empty; expected {DateForm}. It was kept as an unknown member.";

    public static string DateNotCarried(string what) =>
        $"The date is {what}, which a reference's issued date (a year, month and day) cannot carry; it was kept as an unknown member and the reference has no issued date.";

    public static string CustomUnreadable(string problem) =>
        $"custom.clinicalContent cannot be read: {problem}. It was kept unchanged among the unknown members, and the kind was classified from the CSL type and genre.";

    // Reasons why custom.clinicalContent cannot be read, completing CustomUnreadable.

    public static string CustomNotAnObject(string found) => $"it is {found}, not an object";

    public static string CustomKindMissing() => "it has no 'kind'";

    public static string CustomKindUnknown() => $"its 'kind' is not one of {CslKinds.Expected}";

    public static string CustomMemberNotAnObject(string name) => $"its '{name}' is not an object";

    public static string CustomAuthorIndexInvalid(string key) =>
        $"its 'authorUnknownMembers' has '{Echo(key)}', which is not the index of an author paired with an object of members";

    public static string CustomMemberUnknown(string name) => $"it has a member '{Echo(name)}' this version does not know";

    public static string CustomMembersRepeated() => "its unknown members repeat members the item or an author already has";

    private static string Echo(string value) => value.Length <= MaxEcho ? value : string.Concat(value.AsSpan(0, MaxEcho), "…");
}
