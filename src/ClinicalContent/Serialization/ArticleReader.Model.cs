using System.Text.Json;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Serialization;

/// <summary>One read method per model type; member indexes refer to the lists in <see cref="Wire"/>.</summary>
internal ref partial struct ArticleReader
{
    private ClinicalArticle? ReadArticle()
    {
        var o = default(ObjectState);
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            ReportUnexpected("an article object");
            return null;
        }

        o.Start = _reader.TokenStartIndex;
        string? schemaVersion = null, language = null, version = null, question = null, title = null, disclaimer = null;
        ArticleId? id = null;
        Statement? summary = null;
        CodedConcept? condition = null;
        Audience? audience = null;
        ReviewInfo? review = null;
        DiagnosticApproach? diagnosis = null;
        TherapySection? firstLine = null, alternatives = null;
        EquatableArray<ClinicalScenario> scenarios = default;
        EquatableArray<Precaution> precautions = default;
        FollowUpPlan? followUp = null;
        EquatableArray<ArticleSection> sections = default;
        EquatableArray<Reference> references = default;

        while (NextMember(Wire.Article, ref o, out var member))
        {
            switch (member)
            {
                case 0: schemaVersion = ReadSchemaVersion(); break;
                case 1: id = ReadString() is { } idText ? new ArticleId(idText) : null; break;
                case 2: language = ReadString(); break;
                case 3: version = ReadString(); break;
                case 4: question = ReadString(); break;
                case 5: title = ReadString(); break;
                case 6: summary = ReadStatement(); break;
                case 7: condition = ReadCodedConcept(); break;
                case 8: audience = (Audience?)ReadEnum(Wire.Audience); break;
                case 9: review = ReadReview(); break;
                case 10: diagnosis = ReadDiagnosis(); break;
                case 11: firstLine = ReadTherapySection(); break;
                case 12: alternatives = ReadTherapySection(); break;
                case 13: scenarios = ReadList<ClinicalScenario, ScenarioElement>(); break;
                case 14: precautions = ReadList<Precaution, PrecautionElement>(); break;
                case 15: followUp = ReadFollowUp(); break;
                case 16: sections = ReadList<ArticleSection, SectionElement>(); break;
                case 17: references = ReadList<Reference, ReferenceElement>(); break;
                case 18: disclaimer = ReadString(); break;
            }
        }

        const int Required = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7 | 1 << 8 | 1 << 9;
        if (!HasRequired(Wire.Article, o, Required) || schemaVersion is null || id is null || language is null || question is null
            || title is null || summary is null || condition is null || audience is null || review is null)
        {
            return null;
        }

        return new ClinicalArticle
        {
            SchemaVersion = schemaVersion,
            Id = id.Value,
            Language = language,
            Version = version,
            Question = question,
            Title = title,
            Summary = summary,
            Condition = condition,
            Audience = audience.Value,
            Review = review,
            Diagnosis = diagnosis,
            FirstLineTherapy = firstLine,
            Alternatives = alternatives,
            SpecialScenarios = scenarios,
            Precautions = precautions,
            FollowUp = followUp,
            OtherSections = sections,
            References = references,
            Disclaimer = disclaimer,
            UnknownMembers = Bag(o),
        };
    }

    private string? ReadSchemaVersion()
    {
        var start = _reader.TokenStartIndex;
        var text = ReadString();
        if (text is not null && !IsReadableSchemaVersion(text))
        {
            Report(IssueCodes.UnsupportedSchemaVersion, IssueMessages.UnsupportedSchemaVersion(text, "1"), start);
        }

        return text;
    }

    // Any 1.x version is readable: minor versions only add members, which are kept as unknown members.
    private static bool IsReadableSchemaVersion(string text)
        => text.Length >= 3 && text[0] == '1' && text[1] == '.' && text.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    internal Statement? ReadStatement()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? text = null;
        EquatableArray<Citation> citations = default;
        EquatableArray<Statement> points = default;
        while (NextMember(Wire.Statement, ref o, out var member))
        {
            switch (member)
            {
                case 0: text = ReadString(); break;
                case 1: citations = ReadList<Citation, CitationElement>(); break;
                case 2: points = ReadList<Statement, StatementElement>(); break;
            }
        }

        if (!HasRequired(Wire.Statement, o, 1) || text is null)
        {
            return null;
        }

        return new Statement { Text = text, Citations = citations, Points = points, UnknownMembers = Bag(o) };
    }

    internal Citation? ReadCitation()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? referenceId = null, locator = null;
        while (NextMember(Wire.Citation, ref o, out var member))
        {
            switch (member)
            {
                case 0: referenceId = ReadString(); break;
                case 1: locator = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Citation, o, 1) || referenceId is null)
        {
            return null;
        }

        return new Citation { ReferenceId = new ReferenceId(referenceId), Locator = locator, UnknownMembers = Bag(o) };
    }

    internal CodedConcept? ReadCodedConcept()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? text = null;
        EquatableArray<Coding> codings = default;
        while (NextMember(Wire.CodedConcept, ref o, out var member))
        {
            switch (member)
            {
                case 0: text = ReadString(); break;
                case 1: codings = ReadList<Coding, CodingElement>(); break;
            }
        }

        if (!HasRequired(Wire.CodedConcept, o, 1) || text is null)
        {
            return null;
        }

        return new CodedConcept { Text = text, Codings = codings, UnknownMembers = Bag(o) };
    }

    internal Coding? ReadCoding()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? system = null, code = null, display = null;
        while (NextMember(Wire.Coding, ref o, out var member))
        {
            switch (member)
            {
                case 0: system = ReadString(); break;
                case 1: code = ReadString(); break;
                case 2: display = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Coding, o, 0b11) || system is null || code is null)
        {
            return null;
        }

        return new Coding { System = system, Code = code, Display = display, UnknownMembers = Bag(o) };
    }

    internal Person? ReadPerson()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? name = null, credentials = null, identifier = null;
        while (NextMember(Wire.Person, ref o, out var member))
        {
            switch (member)
            {
                case 0: name = ReadString(); break;
                case 1: credentials = ReadString(); break;
                case 2: identifier = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Person, o, 1) || name is null)
        {
            return null;
        }

        return new Person { Name = name, Credentials = credentials, Identifier = identifier, UnknownMembers = Bag(o) };
    }

    internal ReviewNotice? ReadNotice()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        ReviewNoticeKind? kind = null;
        string? text = null;
        while (NextMember(Wire.ReviewNotice, ref o, out var member))
        {
            switch (member)
            {
                case 0: kind = (ReviewNoticeKind?)ReadEnum(Wire.ReviewNoticeKind); break;
                case 1: text = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.ReviewNotice, o, 0b11) || kind is null || text is null)
        {
            return null;
        }

        return new ReviewNotice { Kind = kind.Value, Text = text, UnknownMembers = Bag(o) };
    }

    private ReviewInfo? ReadReview()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        ReviewStatus? status = null;
        EquatableArray<Person> reviewers = default;
        string? board = null;
        DateOnly? lastUpdated = null, lastReviewed = null, approvedOn = null;
        EquatableArray<ReviewNotice> notices = default;
        while (NextMember(Wire.Review, ref o, out var member))
        {
            switch (member)
            {
                case 0: status = (ReviewStatus?)ReadEnum(Wire.ReviewStatus); break;
                case 1: reviewers = ReadList<Person, PersonElement>(); break;
                case 2: board = ReadString(); break;
                case 3: lastUpdated = ReadDate(); break;
                case 4: lastReviewed = ReadDate(); break;
                case 5: approvedOn = ReadDate(); break;
                case 6: notices = ReadList<ReviewNotice, NoticeElement>(); break;
            }
        }

        if (!HasRequired(Wire.Review, o, 1) || status is null)
        {
            return null;
        }

        return new ReviewInfo
        {
            Status = status.Value,
            Reviewers = reviewers,
            Board = board,
            LastUpdated = lastUpdated,
            LastReviewed = lastReviewed,
            ApprovedOn = approvedOn,
            Notices = notices,
            UnknownMembers = Bag(o),
        };
    }

    private DiagnosticApproach? ReadDiagnosis()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? introduction = null;
        EquatableArray<Statement> points = default;
        EquatableArray<CodedConcept> causes = default, differentials = default;
        while (NextMember(Wire.Diagnosis, ref o, out var member))
        {
            switch (member)
            {
                case 0: introduction = ReadString(); break;
                case 1: points = ReadList<Statement, StatementElement>(); break;
                case 2: causes = ReadList<CodedConcept, CodedConceptElement>(); break;
                case 3: differentials = ReadList<CodedConcept, CodedConceptElement>(); break;
            }
        }

        return new DiagnosticApproach
        {
            Introduction = introduction,
            Points = points,
            CausesToEvaluate = causes,
            Differentials = differentials,
            UnknownMembers = Bag(o),
        };
    }

    private TherapySection? ReadTherapySection()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? introduction = null;
        EquatableArray<TherapyOption> options = default;
        while (NextMember(Wire.TherapySection, ref o, out var member))
        {
            switch (member)
            {
                case 0: introduction = ReadString(); break;
                case 1: options = ReadList<TherapyOption, TherapyOptionElement>(); break;
            }
        }

        return new TherapySection { Introduction = introduction, Options = options, UnknownMembers = Bag(o) };
    }

    internal TherapyOption? ReadTherapyOption()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? name = null, description = null, indication = null, population = null, onset = null;
        TherapyKind? kind = null;
        EquatableArray<TherapyComponent> components = default;
        Efficacy? efficacy = null;
        Evidence? evidence = null;
        EquatableArray<Statement> points = default;
        EquatableArray<Citation> citations = default;
        while (NextMember(Wire.TherapyOption, ref o, out var member))
        {
            switch (member)
            {
                case 0: name = ReadString(); break;
                case 1: kind = (TherapyKind?)ReadEnum(Wire.TherapyKind); break;
                case 2: description = ReadString(); break;
                case 3: components = ReadList<TherapyComponent, ComponentElement>(); break;
                case 4: indication = ReadString(); break;
                case 5: population = ReadString(); break;
                case 6: onset = ReadString(); break;
                case 7: efficacy = ReadEfficacy(); break;
                case 8: evidence = ReadEvidence(); break;
                case 9: points = ReadList<Statement, StatementElement>(); break;
                case 10: citations = ReadList<Citation, CitationElement>(); break;
            }
        }

        if (!HasRequired(Wire.TherapyOption, o, 0b11) || name is null || kind is null)
        {
            return null;
        }

        return new TherapyOption
        {
            Name = name,
            Kind = kind.Value,
            Description = description,
            Components = components,
            Indication = indication,
            Population = population,
            Onset = onset,
            Efficacy = efficacy,
            Evidence = evidence,
            Points = points,
            Citations = citations,
            UnknownMembers = Bag(o),
        };
    }

    internal TherapyComponent? ReadComponent()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        CodedConcept? drug = null;
        EquatableArray<Dosage> dosages = default;
        while (NextMember(Wire.TherapyComponent, ref o, out var member))
        {
            switch (member)
            {
                case 0: drug = ReadCodedConcept(); break;
                case 1: dosages = ReadList<Dosage, DosageElement>(); break;
            }
        }

        if (!HasRequired(Wire.TherapyComponent, o, 1) || drug is null)
        {
            return null;
        }

        return new TherapyComponent { Drug = drug, Dosages = dosages, UnknownMembers = Bag(o) };
    }

    private Efficacy? ReadEfficacy()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        decimal? value = null;
        string? unit = null, outcome = null, population = null;
        while (NextMember(Wire.Efficacy, ref o, out var member))
        {
            switch (member)
            {
                case 0: value = ReadDecimal(); break;
                case 1: unit = ReadString(); break;
                case 2: outcome = ReadString(); break;
                case 3: population = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Efficacy, o, 0b11) || value is null || unit is null)
        {
            return null;
        }

        return new Efficacy { Value = value.Value, Unit = unit, Outcome = outcome, Population = population, UnknownMembers = Bag(o) };
    }

    private Evidence? ReadEvidence()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? system = null, strength = null, certainty = null;
        while (NextMember(Wire.Evidence, ref o, out var member))
        {
            switch (member)
            {
                case 0: system = ReadString(); break;
                case 1: strength = ReadString(); break;
                case 2: certainty = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Evidence, o, 1) || system is null)
        {
            return null;
        }

        return new Evidence { GradingSystem = system, Strength = strength, Certainty = certainty, UnknownMembers = Bag(o) };
    }

    internal Dosage? ReadDosage()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? text = null, asNeededFor = null;
        Dose? dose = null;
        CodedConcept? route = null;
        Timing? timing = null;
        bool? asNeeded = null;
        MaximumDose? maximum = null;
        while (NextMember(Wire.Dosage, ref o, out var member))
        {
            switch (member)
            {
                case 0: text = ReadString(); break;
                case 1: dose = ReadDose(); break;
                case 2: route = ReadCodedConcept(); break;
                case 3: timing = ReadTiming(); break;
                case 4: asNeeded = ReadBoolean(); break;
                case 5: asNeededFor = ReadString(); break;
                case 6: maximum = ReadMaximumDose(); break;
            }
        }

        if (!HasRequired(Wire.Dosage, o, 1) || text is null)
        {
            return null;
        }

        return new Dosage
        {
            Text = text,
            Dose = dose,
            Route = route,
            Timing = timing,
            AsNeeded = asNeeded ?? false,
            AsNeededFor = asNeededFor,
            MaximumDose = maximum,
            UnknownMembers = Bag(o),
        };
    }

    /// <summary>Reads the closed <see cref="Dose"/> family: finds <c>kind</c> wherever it is in the object, then reads that shape.</summary>
    private Dose? ReadDose()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        var kind = FindDoseKind();
        if (kind < 0)
        {
            _reader.Skip();
            return null;
        }

        var names = kind == 0 ? Wire.DoseQuantity : Wire.DoseRange;
        string? unit = null;
        decimal? first = null, second = null;
        while (NextMember(names, ref o, out var member))
        {
            switch (member)
            {
                case 0: break; // kind: already read and checked by FindDoseKind
                case 1: unit = ReadString(); break;
                case 2: first = ReadDecimal(); break;
                case 3: second = ReadDecimal(); break;
            }
        }

        var required = kind == 0 ? 0b111 : 0b1111;
        if (!HasRequired(names, o, required) || unit is null || first is null || (kind == 1 && second is null))
        {
            return null;
        }

        return kind == 0
            ? new DoseQuantity { Unit = unit, Value = first.Value, UnknownMembers = Bag(o) }
            : new DoseRange { Unit = unit, Low = first.Value, High = second!.Value, UnknownMembers = Bag(o) };
    }

    /// <summary>Looks ahead through the object for its <c>kind</c>; reports a missing, mistyped or unknown kind and returns -1.</summary>
    private int FindDoseKind()
    {
        var probe = _reader;
        var start = probe.TokenStartIndex;
        var depth = probe.CurrentDepth;
        while (probe.Read() && !(probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth))
        {
            if (probe.TokenType != JsonTokenType.PropertyName || probe.CurrentDepth != depth + 1 || !probe.ValueTextEquals("kind"u8))
            {
                if (probe.TokenType == JsonTokenType.PropertyName)
                {
                    probe.Skip();
                }

                continue;
            }

            probe.Read();
            _state.Path.PushName("kind");
            try
            {
                if (probe.TokenType != JsonTokenType.String)
                {
                    Report(IssueCodes.WrongType, IssueMessages.WrongType("a string, one of: " + Wire.DoseKinds.Expected, Describe(probe.TokenType)), probe.TokenStartIndex);
                    return -1;
                }

                var index = Wire.DoseKinds.Match(ref probe);
                if (index < 0)
                {
                    Report(IssueCodes.DiscriminatorUnknown, IssueMessages.DiscriminatorUnknown(probe.GetString()!, Wire.DoseKinds.Expected), probe.TokenStartIndex);
                }

                return index;
            }
            finally
            {
                _state.Path.Pop();
            }
        }

        Report(IssueCodes.DiscriminatorMissing, IssueMessages.DiscriminatorMissing(Wire.DoseKinds.Expected), start);
        return -1;
    }

    private Quantity? ReadQuantity()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        decimal? value = null;
        string? unit = null;
        while (NextMember(Wire.Quantity, ref o, out var member))
        {
            switch (member)
            {
                case 0: value = ReadDecimal(); break;
                case 1: unit = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Quantity, o, 0b11) || value is null || unit is null)
        {
            return null;
        }

        return new Quantity { Value = value.Value, Unit = unit, UnknownMembers = Bag(o) };
    }

    private Duration? ReadDuration()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        decimal? value = null;
        TimeUnit? unit = null;
        while (NextMember(Wire.Duration, ref o, out var member))
        {
            switch (member)
            {
                case 0: value = ReadDecimal(); break;
                case 1: unit = (TimeUnit?)ReadEnum(Wire.TimeUnit); break;
            }
        }

        if (!HasRequired(Wire.Duration, o, 0b11) || value is null || unit is null)
        {
            return null;
        }

        return new Duration { Value = value.Value, Unit = unit.Value, UnknownMembers = Bag(o) };
    }

    private MaximumDose? ReadMaximumDose()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        Quantity? amount = null;
        Duration? period = null;
        while (NextMember(Wire.MaximumDose, ref o, out var member))
        {
            switch (member)
            {
                case 0: amount = ReadQuantity(); break;
                case 1: period = ReadDuration(); break;
            }
        }

        if (!HasRequired(Wire.MaximumDose, o, 0b11) || amount is null || period is null)
        {
            return null;
        }

        return new MaximumDose { Amount = amount, Period = period, UnknownMembers = Bag(o) };
    }

    private TimeOffset? ReadTimeOffset()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        decimal? low = null, high = null;
        TimeUnit? unit = null;
        OffsetRelation? relation = null;
        while (NextMember(Wire.TimeOffset, ref o, out var member))
        {
            switch (member)
            {
                case 0: low = ReadDecimal(); break;
                case 1: high = ReadDecimal(); break;
                case 2: unit = (TimeUnit?)ReadEnum(Wire.TimeUnit); break;
                case 3: relation = (OffsetRelation?)ReadEnum(Wire.OffsetRelation); break;
            }
        }

        if (!HasRequired(Wire.TimeOffset, o, 0b1111) || low is null || high is null || unit is null || relation is null)
        {
            return null;
        }

        return new TimeOffset { Low = low.Value, High = high.Value, Unit = unit.Value, Relation = relation.Value, UnknownMembers = Bag(o) };
    }

    private Timing? ReadTiming()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        EquatableArray<TimingEvent> when = default;
        int? frequency = null;
        decimal? period = null;
        TimeUnit? periodUnit = null;
        TimeOffset? offset = null;
        while (NextMember(Wire.Timing, ref o, out var member))
        {
            switch (member)
            {
                case 0: when = ReadList<TimingEvent, TimingEventElement>(); break;
                case 1: frequency = ReadInt32(); break;
                case 2: period = ReadDecimal(); break;
                case 3: periodUnit = (TimeUnit?)ReadEnum(Wire.TimeUnit); break;
                case 4: offset = ReadTimeOffset(); break;
            }
        }

        return new Timing { When = when, Frequency = frequency, Period = period, PeriodUnit = periodUnit, Offset = offset, UnknownMembers = Bag(o) };
    }

    internal ClinicalScenario? ReadScenario()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? title = null, population = null;
        EquatableArray<Statement> points = default;
        EquatableArray<TherapyOption> therapies = default;
        while (NextMember(Wire.Scenario, ref o, out var member))
        {
            switch (member)
            {
                case 0: title = ReadString(); break;
                case 1: population = ReadString(); break;
                case 2: points = ReadList<Statement, StatementElement>(); break;
                case 3: therapies = ReadList<TherapyOption, TherapyOptionElement>(); break;
            }
        }

        if (!HasRequired(Wire.Scenario, o, 1) || title is null)
        {
            return null;
        }

        return new ClinicalScenario { Title = title, Population = population, Points = points, Therapies = therapies, UnknownMembers = Bag(o) };
    }

    internal Precaution? ReadPrecaution()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        PrecautionKind? kind = null;
        string? title = null;
        CodedConcept? subject = null;
        EquatableArray<Statement> points = default;
        EquatableArray<Citation> citations = default;
        while (NextMember(Wire.Precaution, ref o, out var member))
        {
            switch (member)
            {
                case 0: kind = (PrecautionKind?)ReadEnum(Wire.PrecautionKind); break;
                case 1: title = ReadString(); break;
                case 2: subject = ReadCodedConcept(); break;
                case 3: points = ReadList<Statement, StatementElement>(); break;
                case 4: citations = ReadList<Citation, CitationElement>(); break;
            }
        }

        if (!HasRequired(Wire.Precaution, o, 0b11) || kind is null || title is null)
        {
            return null;
        }

        return new Precaution { Kind = kind.Value, Title = title, Subject = subject, Points = points, Citations = citations, UnknownMembers = Bag(o) };
    }

    private FollowUpPlan? ReadFollowUp()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? introduction = null;
        EquatableArray<Statement> points = default;
        while (NextMember(Wire.FollowUp, ref o, out var member))
        {
            switch (member)
            {
                case 0: introduction = ReadString(); break;
                case 1: points = ReadList<Statement, StatementElement>(); break;
            }
        }

        return new FollowUpPlan { Introduction = introduction, Points = points, UnknownMembers = Bag(o) };
    }

    internal ArticleSection? ReadSection()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? title = null, introduction = null;
        EquatableArray<Statement> points = default;
        while (NextMember(Wire.Section, ref o, out var member))
        {
            switch (member)
            {
                case 0: title = ReadString(); break;
                case 1: introduction = ReadString(); break;
                case 2: points = ReadList<Statement, StatementElement>(); break;
            }
        }

        if (!HasRequired(Wire.Section, o, 1) || title is null)
        {
            return null;
        }

        return new ArticleSection { Title = title, Introduction = introduction, Points = points, UnknownMembers = Bag(o) };
    }

    internal Author? ReadAuthor()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? family = null, given = null, literal = null;
        while (NextMember(Wire.Author, ref o, out var member))
        {
            switch (member)
            {
                case 0: family = ReadString(); break;
                case 1: given = ReadString(); break;
                case 2: literal = ReadString(); break;
            }
        }

        return new Author { Family = family, Given = given, Literal = literal, UnknownMembers = Bag(o) };
    }

    internal Reference? ReadReference()
    {
        var o = default(ObjectState);
        if (!BeginObject(ref o))
        {
            return null;
        }

        string? id = null, title = null, container = null, publisher = null, volume = null, issue = null, pages = null, doi = null, pmid = null, url = null;
        ReferenceKind? kind = null;
        EquatableArray<Author> authors = default;
        PartialDate? issued = null;
        while (NextMember(Wire.Reference, ref o, out var member))
        {
            switch (member)
            {
                case 0: id = ReadString(); break;
                case 1: kind = (ReferenceKind?)ReadEnum(Wire.ReferenceKind); break;
                case 2: title = ReadString(); break;
                case 3: authors = ReadList<Author, AuthorElement>(); break;
                case 4: container = ReadString(); break;
                case 5: publisher = ReadString(); break;
                case 6: issued = ReadPartialDate(); break;
                case 7: volume = ReadString(); break;
                case 8: issue = ReadString(); break;
                case 9: pages = ReadString(); break;
                case 10: doi = ReadString(); break;
                case 11: pmid = ReadString(); break;
                case 12: url = ReadString(); break;
            }
        }

        if (!HasRequired(Wire.Reference, o, 0b111) || id is null || kind is null || title is null)
        {
            return null;
        }

        return new Reference
        {
            Id = new ReferenceId(id),
            Kind = kind.Value,
            Title = title,
            Authors = authors,
            Container = container,
            Publisher = publisher,
            Issued = issued,
            Volume = volume,
            Issue = issue,
            Pages = pages,
            Doi = doi,
            Pmid = pmid,
            Url = url,
            UnknownMembers = Bag(o),
        };
    }

    internal bool TryReadTimingEvent(out TimingEvent value)
    {
        var index = ReadEnum(Wire.TimingEvent);
        value = (TimingEvent)(index ?? 0);
        return index is not null;
    }

    // ---- List element readers -------------------------------------------------------------------------------
#pragma warning disable CA1812 // Used only as generic type arguments.
    private readonly struct StatementElement : IElementReader<Statement>
    {
        public static bool TryRead(ref ArticleReader reader, out Statement value) => (value = reader.ReadStatement()!) is not null;
    }

    private readonly struct CitationElement : IElementReader<Citation>
    {
        public static bool TryRead(ref ArticleReader reader, out Citation value) => (value = reader.ReadCitation()!) is not null;
    }

    private readonly struct CodedConceptElement : IElementReader<CodedConcept>
    {
        public static bool TryRead(ref ArticleReader reader, out CodedConcept value) => (value = reader.ReadCodedConcept()!) is not null;
    }

    private readonly struct CodingElement : IElementReader<Coding>
    {
        public static bool TryRead(ref ArticleReader reader, out Coding value) => (value = reader.ReadCoding()!) is not null;
    }

    private readonly struct PersonElement : IElementReader<Person>
    {
        public static bool TryRead(ref ArticleReader reader, out Person value) => (value = reader.ReadPerson()!) is not null;
    }

    private readonly struct NoticeElement : IElementReader<ReviewNotice>
    {
        public static bool TryRead(ref ArticleReader reader, out ReviewNotice value) => (value = reader.ReadNotice()!) is not null;
    }

    private readonly struct TherapyOptionElement : IElementReader<TherapyOption>
    {
        public static bool TryRead(ref ArticleReader reader, out TherapyOption value) => (value = reader.ReadTherapyOption()!) is not null;
    }

    private readonly struct ComponentElement : IElementReader<TherapyComponent>
    {
        public static bool TryRead(ref ArticleReader reader, out TherapyComponent value) => (value = reader.ReadComponent()!) is not null;
    }

    private readonly struct DosageElement : IElementReader<Dosage>
    {
        public static bool TryRead(ref ArticleReader reader, out Dosage value) => (value = reader.ReadDosage()!) is not null;
    }

    private readonly struct ScenarioElement : IElementReader<ClinicalScenario>
    {
        public static bool TryRead(ref ArticleReader reader, out ClinicalScenario value) => (value = reader.ReadScenario()!) is not null;
    }

    private readonly struct PrecautionElement : IElementReader<Precaution>
    {
        public static bool TryRead(ref ArticleReader reader, out Precaution value) => (value = reader.ReadPrecaution()!) is not null;
    }

    private readonly struct SectionElement : IElementReader<ArticleSection>
    {
        public static bool TryRead(ref ArticleReader reader, out ArticleSection value) => (value = reader.ReadSection()!) is not null;
    }

    private readonly struct AuthorElement : IElementReader<Author>
    {
        public static bool TryRead(ref ArticleReader reader, out Author value) => (value = reader.ReadAuthor()!) is not null;
    }

    private readonly struct ReferenceElement : IElementReader<Reference>
    {
        public static bool TryRead(ref ArticleReader reader, out Reference value) => (value = reader.ReadReference()!) is not null;
    }

    private readonly struct TimingEventElement : IElementReader<TimingEvent>
    {
        public static bool TryRead(ref ArticleReader reader, out TimingEvent value) => reader.TryReadTimingEvent(out value);
    }
#pragma warning restore CA1812
}
