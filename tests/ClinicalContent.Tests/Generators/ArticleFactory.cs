using System.Text;
using System.Text.Json;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;

namespace ClinicalContent.Tests.Generators;

/// <summary>
/// Builds random but reproducible article graphs from a seed: every member of every model type, text in many
/// scripts with every character JSON must escape, decimals of many scales and magnitudes, both dose kinds, every
/// enum value, optional members present and absent, statements nested up to <see cref="MaxStatementNesting"/>
/// levels and unknown members on every kind of object. Generated text is always valid UTF-16.
/// </summary>
public sealed class ArticleFactory
{
    /// <summary>The deepest statement nesting generated (under the summary).</summary>
    public const int MaxStatementNesting = 10;

    /// <summary>Pieces of text; each is valid UTF-16 on its own, so any concatenation is too.</summary>
    private static readonly string[] s_textPieces =
    [
        // Plain words, so that most text looks like text.
        "Clonazepam", "0.5-1 mg", "at bedtime", "myoclonus", " ", "90%", "REM", "a", "",
        // Accented Latin.
        "é", "É", "ñ", "ç", "ü", "ß", "Å", "ø", "Pérez",
        // Greek.
        "αβγ", "Ω", "µ", "Μυόκλονος",
        // CJK.
        "中", "肌阵挛", "日本語",
        // Emoji and other surrogate pairs, including ZWJ sequences and flags.
        "😀", "🩺", "👩‍⚕️", "🇬🇧", "𝔘",
        // Right-to-left scripts and direction marks.
        "עברית", "العربية", "\u200F", "\u202E",
        // Characters JSON requires or allows to be escaped, and look-alikes.
        "\"", "\\", "\\\"", "\\u0041", "/", "'", "<", ">", "&", "+", "≥",
        // Control characters.
        "\u0000", "\u0001", "\b", "\f", "\n", "\r", "\r\n", "\t", "\u001B", "\u001F", "\u007F", "\u0085",
        // JSON Pointer's special characters.
        "~", "~0", "~1", "/~",
        // Other code points that encoders treat specially.
        "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF", "\u00A0",
    ];

    private static readonly decimal[] s_interestingDecimals =
    [
        0m, 0.5m, 1.250m, 1.50m, -3m, 90m, 100.000m, -0.000m,
        79228162514264337593543950335m, -79228162514264337593543950335m,
        0.0000000001m, 0.0000000000000000000000000001m, 1234567890.0987654321m, 7.9228162514264337593543950335m,
    ];

    private static readonly int[] s_interestingInts = [int.MinValue, int.MaxValue, -1, 0, 1, 2, 3];

    private static readonly DateOnly[] s_interestingDates = [DateOnly.MinValue, DateOnly.MaxValue, new(2024, 2, 29), new(2025, 10, 9)];

    private static readonly string[] s_unknownValueJson =
    [
        "1", "1.0", "-0.5e3", "0", "12345678901234567890123456789012345678901234567890", "\"text\"",
        "\"é\\u00e9\\\\\\\"/😀\"", "\"\\ud83d\\ude00\"", "true", "false", "null", "[]", "{}", "\"\"",
        "[1,\"a\",null,{\"b\":[true]}]", "{\"nested\":{\"kind\":\"x\",\"~/\":1,\"a\":[1,2,3]}}",
        "{\"text\":\"looks like a statement\",\"citations\":[{\"referenceId\":\"r\"}]}",
    ];

    private static readonly JsonElement[] s_unknownValues = [.. s_unknownValueJson.Select(Parse)];

    private readonly Random _random;
    private readonly int _listScale;

    /// <summary>Creates a factory; <paramref name="size"/> (FsCheck's size, usually 0 to 100) scales list lengths.</summary>
    public ArticleFactory(int seed, int size = 50)
    {
        _random = new Random(seed);
        _listScale = 1 + (Math.Clamp(size, 0, 100) / 100);
    }

    /// <summary>Tokens for byte soups: JSON punctuation and literals, member names, bad escapes, invalid UTF-8, a BOM.</summary>
    public static byte[][] SoupTokens { get; } =
    [
        .. new[]
        {
            "{", "}", "[", "]", ":", ",", "\"", " ", "\n", "\r\n", "\t", "null", "true", "false", "0", "-1", "1.50", "1e400",
            "0.1234567890123456789012345678901234567890", "\"title\"", "\"kind\"", "\"range\"", "\"quantity\"", "\"summary\"",
            "\"text\"", "\"points\"", "\"references\"", "\"firstLineTherapy\"", "\"options\"", "\"dose\"", "\"x\"", "\"\\ud800\"",
            "\"\\u0074itle\"", "\\", "/*", "*/", "'", "\"2025-02-30\"", "\"1.0\"", "\"2.0\"", "\"é😀\"",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00],
    ];

    public ClinicalArticle Article() => new()
    {
        SchemaVersion = Pick(ClinicalArticle.CurrentSchemaVersion, ClinicalArticle.CurrentSchemaVersion, "1.7", "1.12"),
        Id = new ArticleId(Text()),
        Language = Pick("en", "en-GB", "fr-CA", "zh-Hans", "ar"),
        Version = Optional(Text),
        Question = Text(),
        Title = Text(),
        Summary = Spine(_random.Next(MaxStatementNesting + 1)),
        Condition = CodedConcept(),
        Audience = Enum<Audience>(),
        Review = Review(),
        Diagnosis = Optional(Diagnosis),
        FirstLineTherapy = Optional(TherapySection),
        Alternatives = Optional(TherapySection),
        SpecialScenarios = List(Scenario, 2),
        Precautions = List(Precaution, 2),
        FollowUp = Optional(FollowUp),
        OtherSections = List(Section, 2),
        References = List(Reference, 3),
        Disclaimer = Optional(Text),
        UnknownMembers = Unknown(),
    };

    public string Text()
    {
        var roll = _random.Next(10);
        var count = roll == 0 ? 0 : roll < 9 ? _random.Next(1, 4) : _random.Next(4, 13);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(s_textPieces[_random.Next(s_textPieces.Length)]);
        }

        return builder.ToString();
    }

    public decimal Number() => _random.Next(7) switch
    {
        < 3 => s_interestingDecimals[_random.Next(s_interestingDecimals.Length)],
        < 5 => new decimal(_random.Next(100_000), 0, 0, _random.Next(2) == 0, (byte)_random.Next(7)),
        _ => new decimal(_random.Next(int.MinValue, int.MaxValue), _random.Next(int.MinValue, int.MaxValue), _random.Next(int.MinValue, int.MaxValue), _random.Next(2) == 0, (byte)_random.Next(29)),
    };

    public UnknownMembers NonEmptyUnknown() => UnknownMembers.Create(
        Enumerable.Range(0, _random.Next(1, 4))
            // The "x<i>-" prefix keeps names distinct and unlike any member the model defines.
            .Select(i => new KeyValuePair<string, JsonElement>($"x{i}-{Text()}", s_unknownValues[_random.Next(s_unknownValues.Length)]))
            .ToList());

    private UnknownMembers? Unknown() => _random.Next(8) == 0 ? NonEmptyUnknown() : null;

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

    private T Enum<T>()
        where T : struct, Enum
        => Pick(System.Enum.GetValues<T>());

    private T? Optional<T>(Func<T> make)
        where T : class
        => _random.Next(3) == 0 ? null : make();

    private T? OptionalValue<T>(Func<T> make)
        where T : struct
        => _random.Next(3) == 0 ? null : make();

    private EquatableArray<T> List<T>(Func<T> make, int max)
    {
        var roll = _random.Next(10);
        var count = roll < 5 ? 0 : roll < 8 ? 1 : _random.Next(2, (max * _listScale) + 1);
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = make();
        }

        return items.ToEquatableArray();
    }

    private int Int() => _random.Next(3) == 0 ? Pick(s_interestingInts) : _random.Next(-1000, 1001);

    private DateOnly Date() => _random.Next(4) == 0
        ? Pick(s_interestingDates)
        : DateOnly.FromDayNumber(_random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));

    private PartialDate PartialDate()
    {
        var year = _random.Next(4) == 0 ? Pick(1, 9999, 2000, 2024) : _random.Next(1, 10_000);
        var month = _random.Next(1, 13);
        return _random.Next(3) switch
        {
            0 => new PartialDate(year),
            1 => new PartialDate(year, month),
            _ => new PartialDate(year, month, _random.Next(1, DateTime.DaysInMonth(year, month) + 1)),
        };
    }

    /// <summary>A statement whose points nest at most <paramref name="depth"/> levels.</summary>
    private Statement Statement(int depth) => new()
    {
        Text = Text(),
        Citations = List(Citation, 2),
        Points = depth == 0 ? default : Points(depth - 1),
        UnknownMembers = Unknown(),
    };

    private EquatableArray<Statement> Points(int depth)
    {
        var roll = _random.Next(8);
        var count = roll < 5 ? 0 : roll < 7 ? 1 : 2;
        return Enumerable.Range(0, count).Select(_ => Statement(depth)).ToEquatableArray();
    }

    /// <summary>A statement whose first points nest exactly <paramref name="depth"/> levels.</summary>
    private Statement Spine(int depth) => depth == 0
        ? Statement(0)
        : Statement(0) with { Points = [Spine(depth - 1), .. List(() => Statement(Math.Min(depth - 1, 1)), 1)] };

    private Citation Citation() => new() { ReferenceId = new ReferenceId(Text()), Locator = Optional(Text), UnknownMembers = Unknown() };

    private Coding Coding() => new() { System = Text(), Code = Text(), Display = Optional(Text), UnknownMembers = Unknown() };

    private CodedConcept CodedConcept() => new() { Text = Text(), Codings = List(Coding, 2), UnknownMembers = Unknown() };

    private Person Person() => new() { Name = Text(), Credentials = Optional(Text), Identifier = Optional(Text), UnknownMembers = Unknown() };

    private ReviewNotice Notice() => new() { Kind = Enum<ReviewNoticeKind>(), Text = Text(), UnknownMembers = Unknown() };

    private ReviewInfo Review() => new()
    {
        Status = Enum<ReviewStatus>(),
        Reviewers = List(Person, 2),
        Board = Optional(Text),
        LastUpdated = OptionalValue(Date),
        LastReviewed = OptionalValue(Date),
        ApprovedOn = OptionalValue(Date),
        Notices = List(Notice, 2),
        UnknownMembers = Unknown(),
    };

    private DiagnosticApproach Diagnosis() => new()
    {
        Introduction = Optional(Text),
        Points = List(() => Statement(2), 3),
        CausesToEvaluate = List(CodedConcept, 2),
        Differentials = List(CodedConcept, 2),
        UnknownMembers = Unknown(),
    };

    private Dose Dose() => _random.Next(2) == 0
        ? new DoseQuantity { Unit = Text(), Value = Number(), UnknownMembers = Unknown() }
        : new DoseRange { Unit = Text(), Low = Number(), High = Number(), UnknownMembers = Unknown() };

    private TimeOffset Offset() => new() { Low = Number(), High = Number(), Unit = Enum<TimeUnit>(), Relation = Enum<OffsetRelation>(), UnknownMembers = Unknown() };

    private Timing Timing() => new()
    {
        When = List(Enum<TimingEvent>, 3),
        Frequency = OptionalValue(Int),
        Period = OptionalValue(Number),
        PeriodUnit = OptionalValue(Enum<TimeUnit>),
        Offset = Optional(Offset),
        UnknownMembers = Unknown(),
    };

    private MaximumDose MaximumDose() => new()
    {
        Amount = new Quantity { Value = Number(), Unit = Text(), UnknownMembers = Unknown() },
        Period = new Duration { Value = Number(), Unit = Enum<TimeUnit>(), UnknownMembers = Unknown() },
        UnknownMembers = Unknown(),
    };

    private Dosage Dosage() => new()
    {
        Text = Text(),
        Dose = Optional(Dose),
        Route = Optional(CodedConcept),
        Timing = Optional(Timing),
        AsNeeded = _random.Next(2) == 0,
        AsNeededFor = Optional(Text),
        MaximumDose = Optional(MaximumDose),
        UnknownMembers = Unknown(),
    };

    private TherapyComponent Component() => new() { Drug = CodedConcept(), Dosages = List(Dosage, 2), UnknownMembers = Unknown() };

    private Efficacy Efficacy() => new() { Value = Number(), Unit = Text(), Outcome = Optional(Text), Population = Optional(Text), UnknownMembers = Unknown() };

    private Evidence Evidence() => new() { GradingSystem = Text(), Strength = Optional(Text), Certainty = Optional(Text), UnknownMembers = Unknown() };

    private TherapyOption Option() => new()
    {
        Name = Text(),
        Kind = Enum<TherapyKind>(),
        Description = Optional(Text),
        Components = List(Component, 2),
        Indication = Optional(Text),
        Population = Optional(Text),
        Onset = Optional(Text),
        Efficacy = Optional(Efficacy),
        Evidence = Optional(Evidence),
        Points = List(() => Statement(1), 2),
        Citations = List(Citation, 2),
        UnknownMembers = Unknown(),
    };

    private TherapySection TherapySection() => new() { Introduction = Optional(Text), Options = List(Option, 3), UnknownMembers = Unknown() };

    private ClinicalScenario Scenario() => new()
    {
        Title = Text(),
        Population = Optional(Text),
        Points = List(() => Statement(2), 2),
        Therapies = List(Option, 1),
        UnknownMembers = Unknown(),
    };

    private Precaution Precaution() => new()
    {
        Kind = Enum<PrecautionKind>(),
        Title = Text(),
        Subject = Optional(CodedConcept),
        Points = List(() => Statement(2), 2),
        Citations = List(Citation, 2),
        UnknownMembers = Unknown(),
    };

    private FollowUpPlan FollowUp() => new() { Introduction = Optional(Text), Points = List(() => Statement(2), 3), UnknownMembers = Unknown() };

    private ArticleSection Section() => new() { Title = Text(), Introduction = Optional(Text), Points = List(() => Statement(3), 2), UnknownMembers = Unknown() };

    private Author Author() => new() { Family = Optional(Text), Given = Optional(Text), Literal = Optional(Text), UnknownMembers = Unknown() };

    private Reference Reference() => new()
    {
        Id = new ReferenceId(Text()),
        Kind = Enum<ReferenceKind>(),
        Title = Text(),
        Authors = List(Author, 3),
        Container = Optional(Text),
        Publisher = Optional(Text),
        Issued = OptionalValue(PartialDate),
        Volume = Optional(Text),
        Issue = Optional(Text),
        Pages = Optional(Text),
        Doi = Optional(Text),
        Pmid = Optional(Text),
        Url = Optional(Text),
        UnknownMembers = Unknown(),
    };

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
