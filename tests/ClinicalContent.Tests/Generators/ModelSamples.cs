using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Generators;

/// <summary>
/// Hand-built model values for example-based tests. Every call builds a new object graph (fresh lists, fresh
/// <see cref="UnknownMembers"/> parsed from fresh documents), so two calls give equal but not identical values.
/// <c>Full*</c> sets every member; <c>Minimal*</c> sets only what is required.
/// </summary>
public static class ModelSamples
{
    /// <summary>A bag with one member, parsed from a document that is disposed before the bag is returned.</summary>
    public static UnknownMembers Unknown(string name = "x-extension", string json = """{"added":[1,"two",null]}""")
    {
        using var document = JsonDocument.Parse(json);
        return UnknownMembers.Create([new(name, document.RootElement)]);
    }

    public static Citation FullCitation() => new() { ReferenceId = new ReferenceId("ref-1"), Locator = "p. 4", UnknownMembers = Unknown() };

    public static Citation MinimalCitation() => new() { ReferenceId = new ReferenceId("ref-2") };

    public static Statement FullStatement() => new()
    {
        Text = "Clonazepam 0.5-1 mg at bedtime is effective in 90% of cases",
        Citations = [FullCitation(), MinimalCitation()],
        Points =
        [
            new Statement
            {
                Text = "Nested point",
                Points = [new Statement { Text = "Deeper point", Citations = [FullCitation()] }],
            },
            MinimalStatement(),
        ],
        UnknownMembers = Unknown(),
    };

    public static Statement MinimalStatement() => new() { Text = "A point" };

    public static Coding FullCoding() => new() { System = "http://hl7.org/fhir/sid/icd-10-cm", Code = "G25.3", Display = "Myoclonus", UnknownMembers = Unknown() };

    public static Coding MinimalCoding() => new() { System = "http://snomed.info/sct", Code = "17450006" };

    public static CodedConcept FullCodedConcept() => new() { Text = "Myoclonus", Codings = [FullCoding(), MinimalCoding()], UnknownMembers = Unknown() };

    public static CodedConcept MinimalCodedConcept() => new() { Text = "Clonazepam" };

    public static Person FullPerson() => new() { Name = "Dr. Ana Pérez", Credentials = "MD, PhD", Identifier = "https://orcid.org/0000-0000-0000-0000", UnknownMembers = Unknown() };

    public static Person MinimalPerson() => new() { Name = "Reviewer" };

    public static ReviewNotice FullReviewNotice() => new() { Kind = ReviewNoticeKind.PendingReview, Text = "Content is pending human review", UnknownMembers = Unknown() };

    public static ReviewNotice MinimalReviewNotice() => new() { Kind = ReviewNoticeKind.EducationalUse, Text = "Educational purpose only" };

    public static ReviewInfo FullReviewInfo() => new()
    {
        Status = ReviewStatus.UnderReview,
        Reviewers = [FullPerson(), MinimalPerson()],
        Board = "Medical Advisory Board",
        LastUpdated = new DateOnly(2025, 10, 9),
        LastReviewed = new DateOnly(2025, 10, 1),
        ApprovedOn = new DateOnly(2024, 2, 29),
        Notices = [FullReviewNotice(), MinimalReviewNotice()],
        UnknownMembers = Unknown(),
    };

    public static ReviewInfo MinimalReviewInfo() => new() { Status = ReviewStatus.Submitted };

    public static DiagnosticApproach FullDiagnosticApproach() => new()
    {
        Introduction = "Before initiating treatment, proper diagnosis is essential",
        Points = [FullStatement(), MinimalStatement()],
        CausesToEvaluate = [FullCodedConcept(), MinimalCodedConcept()],
        Differentials = [MinimalCodedConcept()],
        UnknownMembers = Unknown(),
    };

    public static DiagnosticApproach MinimalDiagnosticApproach() => new();

    public static DoseQuantity FullDoseQuantity() => new() { Unit = "mg", Value = 1.50m, UnknownMembers = Unknown() };

    public static DoseQuantity MinimalDoseQuantity() => new() { Unit = "ug", Value = 10m };

    public static DoseRange FullDoseRange() => new() { Unit = "mg", Low = 0.5m, High = 1m, UnknownMembers = Unknown() };

    public static DoseRange MinimalDoseRange() => new() { Unit = "mL", Low = 2m, High = 4m };

    public static TimeOffset FullTimeOffset() => new() { Low = 1m, High = 2m, Unit = TimeUnit.Hour, Relation = OffsetRelation.Before, UnknownMembers = Unknown() };

    public static TimeOffset MinimalTimeOffset() => new() { Low = 30m, High = 30m, Unit = TimeUnit.Minute, Relation = OffsetRelation.After };

    public static Timing FullTiming() => new()
    {
        When = [TimingEvent.Bedtime, TimingEvent.WithMeals],
        Frequency = 2,
        Period = 1.0m,
        PeriodUnit = TimeUnit.Day,
        Offset = FullTimeOffset(),
        UnknownMembers = Unknown(),
    };

    public static Timing MinimalTiming() => new();

    public static Quantity FullQuantity() => new() { Value = 4m, Unit = "g", UnknownMembers = Unknown() };

    public static Quantity MinimalQuantity() => new() { Value = 20m, Unit = "mg" };

    public static Duration FullDuration() => new() { Value = 1m, Unit = TimeUnit.Day, UnknownMembers = Unknown() };

    public static Duration MinimalDuration() => new() { Value = 1m, Unit = TimeUnit.Week };

    public static MaximumDose FullMaximumDose() => new() { Amount = FullQuantity(), Period = FullDuration(), UnknownMembers = Unknown() };

    public static MaximumDose MinimalMaximumDose() => new() { Amount = MinimalQuantity(), Period = MinimalDuration() };

    public static Dosage FullDosage() => new()
    {
        Text = "0.5-1 mg at bedtime",
        Dose = FullDoseRange(),
        Route = MinimalCodedConcept() with { Text = "oral" },
        Timing = FullTiming(),
        AsNeeded = true,
        AsNeededFor = "insomnia",
        MaximumDose = FullMaximumDose(),
        UnknownMembers = Unknown(),
    };

    public static Dosage MinimalDosage() => new() { Text = "as directed" };

    public static TherapyComponent FullTherapyComponent() => new()
    {
        Drug = FullCodedConcept() with { Text = "Clonazepam" },
        Dosages = [FullDosage(), MinimalDosage() with { Dose = FullDoseQuantity() }],
        UnknownMembers = Unknown(),
    };

    public static TherapyComponent MinimalTherapyComponent() => new() { Drug = MinimalCodedConcept() };

    public static Efficacy FullEfficacy() => new() { Value = 90m, Unit = "%", Outcome = "symptom control", Population = "REM sleep behavior disorder", UnknownMembers = Unknown() };

    public static Efficacy MinimalEfficacy() => new() { Value = 50m, Unit = "%" };

    public static Evidence FullEvidence() => new() { GradingSystem = "GRADE", Strength = "strong", Certainty = "moderate", UnknownMembers = Unknown() };

    public static Evidence MinimalEvidence() => new() { GradingSystem = "AAN" };

    public static TherapyOption FullTherapyOption() => new()
    {
        Name = "Clonazepam",
        Kind = TherapyKind.Drug,
        Description = "Most effective treatment for most forms of myoclonus",
        Components = [FullTherapyComponent(), MinimalTherapyComponent()],
        Indication = "myoclonus",
        Population = "adults",
        Onset = "within the first week",
        Efficacy = FullEfficacy(),
        Evidence = FullEvidence(),
        Points = [FullStatement(), MinimalStatement()],
        Citations = [FullCitation()],
        UnknownMembers = Unknown(),
    };

    public static TherapyOption MinimalTherapyOption() => new() { Name = "Primidone", Kind = TherapyKind.Drug };

    public static TherapySection FullTherapySection() => new()
    {
        Introduction = "Combination therapy may be required in refractory cases",
        Options = [FullTherapyOption(), MinimalTherapyOption() with { Kind = TherapyKind.Combination }],
        UnknownMembers = Unknown(),
    };

    public static TherapySection MinimalTherapySection() => new();

    public static ClinicalScenario FullClinicalScenario() => new()
    {
        Title = "REM Sleep Behavior Disorder",
        Population = "adults with RBD",
        Points = [FullStatement()],
        Therapies = [FullTherapyOption(), MinimalTherapyOption()],
        UnknownMembers = Unknown(),
    };

    public static ClinicalScenario MinimalClinicalScenario() => new() { Title = "Status myoclonus" };

    public static Precaution FullPrecaution() => new()
    {
        Kind = PrecautionKind.Dependence,
        Title = "Risk of dependence and withdrawal",
        Subject = MinimalCodedConcept(),
        Points = [FullStatement(), MinimalStatement()],
        Citations = [FullCitation()],
        UnknownMembers = Unknown(),
    };

    public static Precaution MinimalPrecaution() => new() { Kind = PrecautionKind.Warning, Title = "Warning" };

    public static FollowUpPlan FullFollowUpPlan() => new() { Introduction = "Follow up", Points = [FullStatement()], UnknownMembers = Unknown() };

    public static FollowUpPlan MinimalFollowUpPlan() => new();

    public static ArticleSection FullArticleSection() => new() { Title = "Background", Introduction = "Context", Points = [FullStatement()], UnknownMembers = Unknown() };

    public static ArticleSection MinimalArticleSection() => new() { Title = "Notes" };

    public static Author FullAuthor() => new() { Family = "Caviness", Given = "J. N.", Literal = "Movement Disorder Society", UnknownMembers = Unknown() };

    public static Author MinimalAuthor() => new();

    public static Reference FullReference() => new()
    {
        Id = new ReferenceId("ref-1"),
        Kind = ReferenceKind.Research,
        Title = "Myoclonus: current concepts and recent advances.",
        Authors = [FullAuthor(), MinimalAuthor() with { Family = "Brown" }],
        Container = "The Lancet. Neurology",
        Publisher = "Elsevier",
        Issued = new PartialDate(2004, 10),
        Volume = "3",
        Issue = "10",
        Pages = "598-607",
        Doi = "10.1016/S1474-4422(04)00875-1",
        Pmid = "15380156",
        Url = "https://example.org/myoclonus",
        UnknownMembers = Unknown(),
    };

    public static Reference MinimalReference() => new() { Id = new ReferenceId("ref-2"), Kind = ReferenceKind.Guideline, Title = "Guideline" };

    /// <summary>An article with every member of every type set, two or more elements in most lists.</summary>
    public static ClinicalArticle FullArticle() => new()
    {
        SchemaVersion = "1.0",
        Id = new ArticleId("myoclonus-treatment"),
        Language = "en",
        Version = "3",
        Question = "What is the treatment for involuntary muscle jerking?",
        Title = "Treatment for Involuntary Muscle Jerking",
        Summary = FullStatement(),
        Condition = FullCodedConcept(),
        Audience = Audience.Clinician,
        Review = FullReviewInfo(),
        Diagnosis = FullDiagnosticApproach(),
        FirstLineTherapy = FullTherapySection(),
        Alternatives = FullTherapySection() with { Introduction = "Alternatives" },
        SpecialScenarios = [FullClinicalScenario(), MinimalClinicalScenario()],
        Precautions = [FullPrecaution(), MinimalPrecaution()],
        FollowUp = FullFollowUpPlan(),
        OtherSections = [FullArticleSection(), MinimalArticleSection()],
        References = [FullReference(), MinimalReference()],
        Disclaimer = "Illustrative, not medical advice.",
        UnknownMembers = Unknown("x-root", """{"generator":"tests","version":2}"""),
    };

    /// <summary>An article with only the required members.</summary>
    public static ClinicalArticle MinimalArticle() => new()
    {
        Id = new ArticleId("minimal"),
        Language = "en",
        Question = "Q?",
        Title = "T",
        Summary = MinimalStatement(),
        Condition = MinimalCodedConcept(),
        Audience = Audience.Patient,
        Review = MinimalReviewInfo(),
    };

    /// <summary>The same article without any unknown member (every name these samples use for one starts with <c>x-</c>).</summary>
    public static ClinicalArticle WithoutUnknownMembers(ClinicalArticle article)
    {
        var root = JsonNode.Parse(ClinicalArticleJson.Write(article))!;
        RemoveExtensions(root);
        return ClinicalArticleJson.ReadOrThrow(root.ToJsonString());

        static void RemoveExtensions(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var name in obj.Select(static p => p.Key).Where(static k => k.StartsWith("x-", StringComparison.Ordinal)).ToList())
                    {
                        obj.Remove(name);
                    }

                    foreach (var (_, child) in obj)
                    {
                        RemoveExtensions(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        RemoveExtensions(child);
                    }

                    break;
            }
        }
    }

    /// <summary>A statement nested <paramref name="levels"/> levels below the returned one, each with a citation.</summary>
    public static Statement Nested(int levels, bool withCitations = true)
    {
        var statement = new Statement { Text = "leaf", Citations = withCitations ? [MinimalCitation()] : default };
        for (var i = 0; i < levels; i++)
        {
            statement = new Statement { Text = "level", Citations = withCitations ? [MinimalCitation()] : default, Points = [statement] };
        }

        return statement;
    }

    /// <summary>Builds a fresh full and a fresh minimal instance of every concrete model record type.</summary>
    public static IReadOnlyDictionary<Type, (Func<object> Full, Func<object> Minimal)> ByType { get; } =
        new Dictionary<Type, (Func<object>, Func<object>)>
        {
            [typeof(ClinicalArticle)] = (FullArticle, MinimalArticle),
            [typeof(Statement)] = (FullStatement, MinimalStatement),
            [typeof(Citation)] = (FullCitation, MinimalCitation),
            [typeof(CodedConcept)] = (FullCodedConcept, MinimalCodedConcept),
            [typeof(Coding)] = (FullCoding, MinimalCoding),
            [typeof(Person)] = (FullPerson, MinimalPerson),
            [typeof(ReviewNotice)] = (FullReviewNotice, MinimalReviewNotice),
            [typeof(ReviewInfo)] = (FullReviewInfo, MinimalReviewInfo),
            [typeof(DiagnosticApproach)] = (FullDiagnosticApproach, MinimalDiagnosticApproach),
            [typeof(TherapySection)] = (FullTherapySection, MinimalTherapySection),
            [typeof(TherapyOption)] = (FullTherapyOption, MinimalTherapyOption),
            [typeof(TherapyComponent)] = (FullTherapyComponent, MinimalTherapyComponent),
            [typeof(Efficacy)] = (FullEfficacy, MinimalEfficacy),
            [typeof(Evidence)] = (FullEvidence, MinimalEvidence),
            [typeof(Dosage)] = (FullDosage, MinimalDosage),
            [typeof(DoseQuantity)] = (FullDoseQuantity, MinimalDoseQuantity),
            [typeof(DoseRange)] = (FullDoseRange, MinimalDoseRange),
            [typeof(Timing)] = (FullTiming, MinimalTiming),
            [typeof(TimeOffset)] = (FullTimeOffset, MinimalTimeOffset),
            [typeof(MaximumDose)] = (FullMaximumDose, MinimalMaximumDose),
            [typeof(Quantity)] = (FullQuantity, MinimalQuantity),
            [typeof(Duration)] = (FullDuration, MinimalDuration),
            [typeof(ClinicalScenario)] = (FullClinicalScenario, MinimalClinicalScenario),
            [typeof(Precaution)] = (FullPrecaution, MinimalPrecaution),
            [typeof(FollowUpPlan)] = (FullFollowUpPlan, MinimalFollowUpPlan),
            [typeof(ArticleSection)] = (FullArticleSection, MinimalArticleSection),
            [typeof(Author)] = (FullAuthor, MinimalAuthor),
            [typeof(Reference)] = (FullReference, MinimalReference),
        };
}
