using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Validation;
using FsCheck.Xunit;

namespace ClinicalContent.Tests.Import;

public sealed class DosageParserTests
{
    private const string Snomed = "http://snomed.info/sct";

    private static readonly CodedConcept s_oral = Route("oral", "26643006", "Oral route");
    private static readonly CodedConcept s_iv = Route("intravenous", "47625008", "Intravenous route");
    private static readonly CodedConcept s_im = Route("intramuscular", "78421000", "Intramuscular route");
    private static readonly CodedConcept s_sc = Route("subcutaneous", "34206005", "Subcutaneous route");
    private static readonly CodedConcept s_topical = Route("topical", "6064005", "Topical route");

    /// <summary>Real-world dose phrases (drug labels, guidelines), the dosage expected, and the codes expected.</summary>
    public static TheoryData<string, Dosage, string[]> Phrases => new()
    {
        // Seed article (clonazepam, melatonin).
        { "0.5-1 mg at bedtime", D("0.5-1 mg at bedtime") with { Dose = R(0.5m, 1, "mg"), Timing = When(TimingEvent.Bedtime) }, [] },
        { "Typical dosage: 0.5-1 mg at bedtime", D("Typical dosage: 0.5-1 mg at bedtime") with { Dose = R(0.5m, 1, "mg"), Timing = When(TimingEvent.Bedtime) }, [] },
        {
            "May be taken 1-2 hours before bedtime if sleep onset insomnia or morning drowsiness occurs",
            D("May be taken 1-2 hours before bedtime if sleep onset insomnia or morning drowsiness occurs") with
            {
                Timing = When(TimingEvent.Bedtime) with { Offset = new TimeOffset { Low = 1, High = 2, Unit = TimeUnit.Hour, Relation = OffsetRelation.Before } },
            },
            [IssueCodes.DoseConditionNotRead]
        },
        { "0.5–1 mg at bedtime", D("0.5–1 mg at bedtime") with { Dose = R(0.5m, 1, "mg"), Timing = When(TimingEvent.Bedtime) }, [] },
        { "0.5 to 1 mg at night", D("0.5 to 1 mg at night") with { Dose = R(0.5m, 1, "mg"), Timing = When(TimingEvent.Bedtime) }, [] },
        { "0.5-1mg before bed", D("0.5-1mg before bed") with { Dose = R(0.5m, 1, "mg"), Timing = When(TimingEvent.Bedtime) }, [] },
        { ".5 mg nightly", D(".5 mg nightly") with { Dose = Q(0.5m, "mg"), Timing = When(TimingEvent.Night) }, [] },
        // Acetaminophen.
        {
            "500-1000 mg every 4-6 hours as needed, max 4 g/day",
            D("500-1000 mg every 4-6 hours as needed, max 4 g/day") with { Dose = R(500, 1000, "mg"), AsNeeded = true, MaximumDose = Max(4, "g", 1, TimeUnit.Day) },
            [IssueCodes.DoseFrequencyRangeNotRead]
        },
        {
            "650 mg orally every 4 to 6 hours as needed for pain; maximum 4 g per day",
            D("650 mg orally every 4 to 6 hours as needed for pain; maximum 4 g per day") with
            {
                Dose = Q(650, "mg"), Route = s_oral, AsNeeded = true, AsNeededFor = "pain", MaximumDose = Max(4, "g", 1, TimeUnit.Day),
            },
            [IssueCodes.DoseFrequencyRangeNotRead]
        },
        { "1 g every 6 hours", D("1 g every 6 hours") with { Dose = Q(1, "g"), Timing = Every(6, TimeUnit.Hour) }, [] },
        { "15 mg/kg every 6 hours", D("15 mg/kg every 6 hours") with { Dose = Q(15, "mg/kg"), Timing = Every(6, TimeUnit.Hour) }, [] },
        // Antibiotics.
        { "500 mg three times daily", D("500 mg three times daily") with { Dose = Q(500, "mg"), Timing = Freq(3) }, [] },
        { "875 mg twice daily", D("875 mg twice daily") with { Dose = Q(875, "mg"), Timing = Freq(2) }, [] },
        { "500 mg PO TID", D("500 mg PO TID") with { Dose = Q(500, "mg"), Route = s_oral, Timing = Freq(3) }, [] },
        { "250 mg four times a day", D("250 mg four times a day") with { Dose = Q(250, "mg"), Timing = Freq(4) }, [] },
        { "500 mg QID", D("500 mg QID") with { Dose = Q(500, "mg"), Timing = Freq(4) }, [] },
        { "100 mg bid", D("100 mg bid") with { Dose = Q(100, "mg"), Timing = Freq(2) }, [] },
        { "1 g IV every 8 hours", D("1 g IV every 8 hours") with { Dose = Q(1, "g"), Route = s_iv, Timing = Every(8, TimeUnit.Hour) }, [] },
        { "2 g IV q8h", D("2 g IV q8h") with { Dose = Q(2, "g"), Route = s_iv, Timing = Every(8, TimeUnit.Hour) }, [] },
        { "1 g intravenously every 12 hours", D("1 g intravenously every 12 hours") with { Dose = Q(1, "g"), Route = s_iv, Timing = Every(12, TimeUnit.Hour) }, [] },
        { "250 mg IM once", D("250 mg IM once"), [IssueCodes.DoseTextNotUnderstood] },
        { "1.2 million units IM", D("1.2 million units IM"), [IssueCodes.DoseTextNotUnderstood] },
        {
            "15-20 mg/kg every 8-12 hours",
            D("15-20 mg/kg every 8-12 hours") with { Dose = R(15, 20, "mg/kg") },
            [IssueCodes.DoseFrequencyRangeNotRead]
        },
        {
            "500 mg three times daily for 7 days",
            D("500 mg three times daily for 7 days") with { Dose = Q(500, "mg"), Timing = Freq(3) },
            [IssueCodes.DosePartNotRead]
        },
        { "40 mg/kg/day", D("40 mg/kg/day") with { Dose = Q(40, "mg/kg/d") }, [] },
        { "40 mg/kg/day in 3 divided doses", D("40 mg/kg/day in 3 divided doses"), [IssueCodes.DoseTextNotUnderstood] },
        // NSAIDs.
        { "400 mg every 6 to 8 hours", D("400 mg every 6 to 8 hours") with { Dose = Q(400, "mg") }, [IssueCodes.DoseFrequencyRangeNotRead] },
        { "400 mg every 4-6 hours as needed for pain", D("400 mg every 4-6 hours as needed for pain") with { Dose = Q(400, "mg"), AsNeeded = true, AsNeededFor = "pain" }, [IssueCodes.DoseFrequencyRangeNotRead] },
        { "500 mg twice daily with food", D("500 mg twice daily with food") with { Dose = Q(500, "mg"), Timing = Freq(2) with { When = [TimingEvent.WithMeals] } }, [] },
        // Metformin, levothyroxine, statins.
        { "500 mg twice daily with meals", D("500 mg twice daily with meals") with { Dose = Q(500, "mg"), Timing = Freq(2) with { When = [TimingEvent.WithMeals] } }, [] },
        { "50 mcg once daily in the morning", D("50 mcg once daily in the morning") with { Dose = Q(50, "ug"), Timing = Freq(1) with { When = [TimingEvent.Morning] } }, [] },
        { "25 µg daily", D("25 µg daily") with { Dose = Q(25, "ug"), Timing = Freq(1) }, [] },
        { "100 ug QD", D("100 ug QD") with { Dose = Q(100, "ug"), Timing = Freq(1) }, [] },
        {
            "50 mcg once daily, 30 minutes before meals",
            D("50 mcg once daily, 30 minutes before meals") with
            {
                Dose = Q(50, "ug"),
                Timing = Freq(1) with { When = [TimingEvent.WithMeals], Offset = new TimeOffset { Low = 30, High = 30, Unit = TimeUnit.Minute, Relation = OffsetRelation.Before } },
            },
            []
        },
        { "20 mg once daily in the evening", D("20 mg once daily in the evening") with { Dose = Q(20, "mg"), Timing = Freq(1) with { When = [TimingEvent.Evening] } }, [] },
        { "40 mg orally once a day", D("40 mg orally once a day") with { Dose = Q(40, "mg"), Route = s_oral, Timing = Freq(1) }, [] },
        { "10 mg by mouth daily", D("10 mg by mouth daily") with { Dose = Q(10, "mg"), Route = s_oral, Timing = Freq(1) }, [] },
        // Insulin, anticoagulants.
        { "10 units at bedtime", D("10 units at bedtime") with { Dose = Q(10, "[iU]"), Timing = When(TimingEvent.Bedtime) }, [] },
        { "10 units subcutaneously once daily", D("10 units subcutaneously once daily") with { Dose = Q(10, "[iU]"), Route = s_sc, Timing = Freq(1) }, [] },
        { "0.5 units/kg/day", D("0.5 units/kg/day") with { Dose = Q(0.5m, "[iU]/kg/d") }, [] },
        { "1 mg/kg every 12 hours", D("1 mg/kg every 12 hours") with { Dose = Q(1, "mg/kg"), Timing = Every(12, TimeUnit.Hour) }, [] },
        { "1 mg/kg SC every 12 hours", D("1 mg/kg SC every 12 hours") with { Dose = Q(1, "mg/kg"), Route = s_sc, Timing = Every(12, TimeUnit.Hour) }, [] },
        { "40 mg SQ daily", D("40 mg SQ daily") with { Dose = Q(40, "mg"), Route = s_sc, Timing = Freq(1) }, [] },
        { "5000 IU every 8 hours", D("5000 IU every 8 hours") with { Dose = Q(5000, "[iU]"), Timing = Every(8, TimeUnit.Hour) }, [] },
        { "80 units/kg IV bolus", D("80 units/kg IV bolus"), [IssueCodes.DoseTextNotUnderstood] },
        // Inhalers and drops.
        { "2 puffs every 4 hours as needed", D("2 puffs every 4 hours as needed") with { Dose = Q(2, "{puff}"), Timing = Every(4, TimeUnit.Hour), AsNeeded = true }, [] },
        { "1-2 puffs inhaled every 4-6 hours PRN", D("1-2 puffs inhaled every 4-6 hours PRN") with { Dose = R(1, 2, "{puff}"), Route = new CodedConcept { Text = "inhaled" }, AsNeeded = true }, [IssueCodes.DoseFrequencyRangeNotRead] },
        { "two puffs twice daily", D("two puffs twice daily") with { Dose = Q(2, "{puff}"), Timing = Freq(2) }, [] },
        { "1 drop in each eye twice daily", D("1 drop in each eye twice daily"), [IssueCodes.DoseTextNotUnderstood] },
        { "2 drops four times daily", D("2 drops four times daily") with { Dose = Q(2, "{drop}"), Timing = Freq(4) }, [] },
        // Antiemetics, triptans.
        { "4 mg IV", D("4 mg IV") with { Dose = Q(4, "mg"), Route = s_iv }, [] },
        { "4 mg IM every 8 hours as needed for nausea", D("4 mg IM every 8 hours as needed for nausea") with { Dose = Q(4, "mg"), Route = s_im, Timing = Every(8, TimeUnit.Hour), AsNeeded = true, AsNeededFor = "nausea" }, [] },
        {
            "50-100 mg, may repeat after 2 hours, max 200 mg/day",
            D("50-100 mg, may repeat after 2 hours, max 200 mg/day") with { Dose = R(50, 100, "mg"), MaximumDose = Max(200, "mg", 1, TimeUnit.Day) },
            [IssueCodes.DosePartNotRead]
        },
        {
            "6 mg subcutaneously; not to exceed 12 mg in 24 hours",
            D("6 mg subcutaneously; not to exceed 12 mg in 24 hours") with { Dose = Q(6, "mg"), Route = s_sc, MaximumDose = Max(12, "mg", 24, TimeUnit.Hour) },
            []
        },
        { "40 mg, not to exceed 40 mg in 24 hours", D("40 mg, not to exceed 40 mg in 24 hours") with { Dose = Q(40, "mg"), MaximumDose = Max(40, "mg", 24, TimeUnit.Hour) }, [] },
        { "maximum daily dose 4 g", D("maximum daily dose 4 g") with { MaximumDose = Max(4, "g", 1, TimeUnit.Day) }, [] },
        // Psychiatry and neurology.
        { "1 tablet at bedtime", D("1 tablet at bedtime") with { Dose = Q(1, "{tbl}"), Timing = When(TimingEvent.Bedtime) }, [] },
        { "1-2 tablets every 4 hours as needed", D("1-2 tablets every 4 hours as needed") with { Dose = R(1, 2, "{tbl}"), Timing = Every(4, TimeUnit.Hour), AsNeeded = true }, [] },
        { "1 capsule daily", D("1 capsule daily") with { Dose = Q(1, "{cap}"), Timing = Freq(1) }, [] },
        { "300 mg three times a day", D("300 mg three times a day") with { Dose = Q(300, "mg"), Timing = Freq(3) }, [] },
        { "2.5 mg every other day", D("2.5 mg every other day") with { Dose = Q(2.5m, "mg"), Timing = Every(2, TimeUnit.Day) }, [] },
        { "70 mg once weekly", D("70 mg once weekly") with { Dose = Q(70, "mg"), Timing = Every(1, TimeUnit.Week) }, [] },
        { "15 mg once a week", D("15 mg once a week") with { Dose = Q(15, "mg"), Timing = Every(1, TimeUnit.Week) }, [] },
        { "40 mg every 2 weeks", D("40 mg every 2 weeks") with { Dose = Q(40, "mg"), Timing = Every(2, TimeUnit.Week) }, [] },
        { "150 mg monthly", D("150 mg monthly") with { Dose = Q(150, "mg"), Timing = Every(1, TimeUnit.Month) }, [] },
        { "25 mg on waking", D("25 mg on waking") with { Dose = Q(25, "mg"), Timing = When(TimingEvent.Waking) }, [] },
        { "5 mg before meals", D("5 mg before meals") with { Dose = Q(5, "mg"), Timing = When(TimingEvent.BeforeMeals) }, [] },
        { "10 mg after meals", D("10 mg after meals") with { Dose = Q(10, "mg"), Timing = When(TimingEvent.AfterMeals) }, [] },
        {
            "10 mg 2 hours after meals",
            D("10 mg 2 hours after meals") with
            {
                Dose = Q(10, "mg"),
                Timing = When(TimingEvent.WithMeals) with { Offset = new TimeOffset { Low = 2, High = 2, Unit = TimeUnit.Hour, Relation = OffsetRelation.After } },
            },
            []
        },
        { "5 mg in the morning and at bedtime", D("5 mg in the morning and at bedtime") with { Dose = Q(5, "mg"), Timing = When(TimingEvent.Morning, TimingEvent.Bedtime) }, [] },
        { "Apply 1% topically twice daily", D("Apply 1% topically twice daily"), [IssueCodes.DoseTextNotUnderstood] },
        { "1% topically twice daily", D("1% topically twice daily") with { Dose = Q(1, "%"), Route = s_topical, Timing = Freq(2) }, [] },
        { "10 mL every 6 hours", D("10 mL every 6 hours") with { Dose = Q(10, "mL"), Timing = Every(6, TimeUnit.Hour) }, [] },
        { "5 ml twice daily", D("5 ml twice daily") with { Dose = Q(5, "mL"), Timing = Freq(2) }, [] },
        { "75 mg/m2 every 3 weeks", D("75 mg/m2 every 3 weeks") with { Dose = Q(75, "mg/m2"), Timing = Every(3, TimeUnit.Week) }, [] },
        { "1 to 2 g daily", D("1 to 2 g daily") with { Dose = R(1, 2, "g"), Timing = Freq(1) }, [] },
        { "1-2 tablets up to 4 times daily", D("1-2 tablets up to 4 times daily") with { Dose = R(1, 2, "{tbl}") }, [IssueCodes.DoseFrequencyRangeNotRead] },
        // Titration, ambiguity and text that is not a dose instruction.
        {
            "0.5 mg at bedtime; titrate by 0.5 mg every 3 days",
            D("0.5 mg at bedtime; titrate by 0.5 mg every 3 days") with { Dose = Q(0.5m, "mg"), Timing = When(TimingEvent.Bedtime) },
            [IssueCodes.DoseTitrationNotRead]
        },
        { "0.5 mg at bedtime increased up to 2 mg", D("0.5 mg at bedtime increased up to 2 mg"), [IssueCodes.DoseTitrationNotRead] },
        { "Taper over 2 weeks", D("Taper over 2 weeks"), [IssueCodes.DoseTitrationNotRead] },
        { "Start 25 mg daily, then increase to 50 mg", D("Start 25 mg daily, then increase to 50 mg"), [IssueCodes.DoseTextNotUnderstood, IssueCodes.DoseTitrationNotRead] },
        { "2,5 mg twice daily", D("2,5 mg twice daily"), [IssueCodes.DoseNumberAmbiguous] },
        { "1,000 mg daily", D("1,000 mg daily"), [IssueCodes.DoseNumberAmbiguous] },
        { "Clonazepam 0.5 mg at bedtime", D("Clonazepam 0.5 mg at bedtime"), [IssueCodes.DoseTextNotUnderstood] },
        { "500 mg and 250 mg", D("500 mg and 250 mg"), [IssueCodes.DoseTextNotUnderstood] },
        { "500 mg daily every 8 hours", D("500 mg daily every 8 hours"), [IssueCodes.DoseTextNotUnderstood] },
        { "0 mg daily", D("0 mg daily"), [IssueCodes.DoseTextNotUnderstood] },
        { "2-1 mg daily", D("2-1 mg daily"), [IssueCodes.DoseTextNotUnderstood] },
        { "2 tablets per day", D("2 tablets per day"), [IssueCodes.DoseTextNotUnderstood] },
        { "As directed by physician", D("As directed by physician"), [IssueCodes.DoseTextNotUnderstood] },
        { "  500 mg BID  ", D("500 mg BID") with { Dose = Q(500, "mg"), Timing = Freq(2) }, [] },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parse_RealWorldPhrase_ReadsExactlyWhatIsCertain(string text, Dosage expected, string[] codes)
    {
        var result = DosageParser.Parse(text);

        result.Value.Should().NotBeNull();
        result.Value.Should().Be(expected);
        result.Issues.Select(static i => i.Code).Should().Equal(codes);
        result.Issues.Where(static i => i.Pointer.Length != 0 || i.Severity == IssueSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Parse_Phrases_AreAtLeastSixty()
    {
        var count = Phrases.Count;

        count.Should().BeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void Parse_ReadUnits_AreAllKnownClinicalUnits()
    {
        var units = Phrases.Select(static row => DosageParser.Parse((string)row[0]).Value!.Dose?.Unit).OfType<string>();

        units.Should().OnlyContain(static u => ClinicalUnits.IsKnown(u));
    }

    [Fact]
    public void Parse_TextOnly_EchoesTheTextBriefly()
    {
        var result = DosageParser.Parse(new string('x', 400));

        result.Issues.Should().ContainSingle().Which.Message.Should().Contain(new string('x', 60) + "…").And.NotContain(new string('x', 61));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = static () => DosageParser.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Property(MaxTest = 1000)]
    public bool Parse_AnyString_NeverThrowsAndKeepsTheText(string? text)
    {
        text ??= string.Empty;

        var result = DosageParser.Parse(text);

        return result.Value is not null && result.Value.Text == text.Trim() && !result.HasErrors;
    }

    [Property(MaxTest = 500)]
    public bool Parse_DoseLikeWordSoup_NeverThrowsAndKeepsTheText(byte[] picks)
    {
        string[] words = ["0.5", "-", "1", "mg", "to", "every", "4", "hours", "as", "needed", "for", "max", "g/day", ",", ";", "at", "bedtime", "twice", "daily", "(", ")", ".", "up", "if", "–", "µg", "2,5", "q8h", "PRN"];
        var text = string.Join(' ', (picks ?? []).Take(30).Select(b => words[b % words.Length]));

        var result = DosageParser.Parse(text);

        return result.Value is not null && result.Value.Text == text.Trim();
    }

    private static Dosage D(string text) => new() { Text = text.Trim() };

    private static DoseQuantity Q(decimal value, string unit) => new() { Value = value, Unit = unit };

    private static DoseRange R(decimal low, decimal high, string unit) => new() { Low = low, High = high, Unit = unit };

    private static Timing Freq(int perDay) => new() { Frequency = perDay, Period = 1, PeriodUnit = TimeUnit.Day };

    private static Timing Every(decimal period, TimeUnit unit) => new() { Frequency = 1, Period = period, PeriodUnit = unit };

    private static Timing When(params TimingEvent[] events) => new() { When = EquatableArray.Create<TimingEvent>(events) };

    private static MaximumDose Max(decimal amount, string unit, decimal period, TimeUnit periodUnit)
        => new() { Amount = new Quantity { Value = amount, Unit = unit }, Period = new Duration { Value = period, Unit = periodUnit } };

    private static CodedConcept Route(string text, string code, string display)
        => new() { Text = text, Codings = [new Coding { System = Snomed, Code = code, Display = display }] };
}
