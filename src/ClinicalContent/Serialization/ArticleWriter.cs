using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>
/// Writes the model as JSON in one fixed form: members in declaration order, unknown members last, absent values
/// and empty lists left out, text unescaped beyond what JSON requires.
/// </summary>
internal static class ArticleWriter
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_indented;

    [ThreadStatic]
    private static Utf8JsonWriter? t_compact;

    public static void Write(ClinicalArticle article, IBufferWriter<byte> destination, ClinicalArticleJsonOptions options)
    {
        var indented = options.WriteIndented;
        var writer = Rent(destination, indented, options.MaxDepth);
        try
        {
            WriteArticle(writer, article);
            writer.Flush();
        }
        catch (InvalidOperationException exception)
        {
            // With validation off, Utf8JsonWriter throws this only when nesting passes its MaxDepth, which equals the
            // reader's: never write what the reader would refuse.
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The article nests deeper than the maximum depth of {options.MaxDepth}; raise ClinicalArticleJsonOptions.MaxDepth to write it."),
                nameof(article),
                exception);
        }
        finally
        {
            writer.Reset();
            Return(writer, indented);
        }

        if (indented)
        {
            destination.Write("\n"u8);
        }
    }

    /// <summary>Writes through a caller's writer, for the System.Text.Json converter.</summary>
    public static void WriteArticle(Utf8JsonWriter w, ClinicalArticle a)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Article[0], a.SchemaVersion);
        w.WriteString(Wire.Article[1], a.Id.Value);
        RequiredString(w, Wire.Article[2], a.Language);
        OptionalString(w, Wire.Article[3], a.Version);
        RequiredString(w, Wire.Article[4], a.Question);
        RequiredString(w, Wire.Article[5], a.Title);
        w.WritePropertyName(Wire.Article[6]);
        WriteStatement(w, Required(a.Summary, nameof(a.Summary)));
        w.WritePropertyName(Wire.Article[7]);
        WriteCodedConcept(w, Required(a.Condition, nameof(a.Condition)));
        w.WriteString(Wire.Article[8], EnumName(Wire.Audience, (int)a.Audience));
        w.WritePropertyName(Wire.Article[9]);
        WriteReview(w, Required(a.Review, nameof(a.Review)));
        if (a.Diagnosis is { } diagnosis)
        {
            w.WritePropertyName(Wire.Article[10]);
            WriteDiagnosis(w, diagnosis);
        }

        if (a.FirstLineTherapy is { } firstLine)
        {
            w.WritePropertyName(Wire.Article[11]);
            WriteTherapySection(w, firstLine);
        }

        if (a.Alternatives is { } alternatives)
        {
            w.WritePropertyName(Wire.Article[12]);
            WriteTherapySection(w, alternatives);
        }

        List(w, Wire.Article[13], a.SpecialScenarios, WriteScenario);
        List(w, Wire.Article[14], a.Precautions, WritePrecaution);
        if (a.FollowUp is { } followUp)
        {
            w.WritePropertyName(Wire.Article[15]);
            w.WriteStartObject();
            OptionalString(w, Wire.FollowUp[0], followUp.Introduction);
            List(w, Wire.FollowUp[1], followUp.Points, WriteStatement);
            End(w, followUp.UnknownMembers);
        }

        List(w, Wire.Article[16], a.OtherSections, WriteSection);
        List(w, Wire.Article[17], a.References, WriteReference);
        OptionalString(w, Wire.Article[18], a.Disclaimer);
        End(w, a.UnknownMembers);
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement s)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Statement[0], s.Text);
        List(w, Wire.Statement[1], s.Citations, WriteCitation);
        List(w, Wire.Statement[2], s.Points, WriteStatement);
        End(w, s.UnknownMembers);
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation c)
    {
        w.WriteStartObject();
        w.WriteString(Wire.Citation[0], c.ReferenceId.Value);
        OptionalString(w, Wire.Citation[1], c.Locator);
        End(w, c.UnknownMembers);
    }

    private static void WriteCodedConcept(Utf8JsonWriter w, CodedConcept c)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.CodedConcept[0], c.Text);
        List(w, Wire.CodedConcept[1], c.Codings, WriteCoding);
        End(w, c.UnknownMembers);
    }

    private static void WriteCoding(Utf8JsonWriter w, Coding c)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Coding[0], c.System);
        RequiredString(w, Wire.Coding[1], c.Code);
        OptionalString(w, Wire.Coding[2], c.Display);
        End(w, c.UnknownMembers);
    }

    private static void WriteReview(Utf8JsonWriter w, ReviewInfo r)
    {
        w.WriteStartObject();
        w.WriteString(Wire.Review[0], EnumName(Wire.ReviewStatus, (int)r.Status));
        List(w, Wire.Review[1], r.Reviewers, WritePerson);
        OptionalString(w, Wire.Review[2], r.Board);
        OptionalDate(w, Wire.Review[3], r.LastUpdated);
        OptionalDate(w, Wire.Review[4], r.LastReviewed);
        OptionalDate(w, Wire.Review[5], r.ApprovedOn);
        List(w, Wire.Review[6], r.Notices, WriteNotice);
        End(w, r.UnknownMembers);
    }

    private static void WritePerson(Utf8JsonWriter w, Person p)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Person[0], p.Name);
        OptionalString(w, Wire.Person[1], p.Credentials);
        OptionalString(w, Wire.Person[2], p.Identifier);
        End(w, p.UnknownMembers);
    }

    private static void WriteNotice(Utf8JsonWriter w, ReviewNotice n)
    {
        w.WriteStartObject();
        w.WriteString(Wire.ReviewNotice[0], EnumName(Wire.ReviewNoticeKind, (int)n.Kind));
        RequiredString(w, Wire.ReviewNotice[1], n.Text);
        End(w, n.UnknownMembers);
    }

    private static void WriteDiagnosis(Utf8JsonWriter w, DiagnosticApproach d)
    {
        w.WriteStartObject();
        OptionalString(w, Wire.Diagnosis[0], d.Introduction);
        List(w, Wire.Diagnosis[1], d.Points, WriteStatement);
        List(w, Wire.Diagnosis[2], d.CausesToEvaluate, WriteCodedConcept);
        List(w, Wire.Diagnosis[3], d.Differentials, WriteCodedConcept);
        End(w, d.UnknownMembers);
    }

    private static void WriteTherapySection(Utf8JsonWriter w, TherapySection s)
    {
        w.WriteStartObject();
        OptionalString(w, Wire.TherapySection[0], s.Introduction);
        List(w, Wire.TherapySection[1], s.Options, WriteTherapyOption);
        End(w, s.UnknownMembers);
    }

    private static void WriteTherapyOption(Utf8JsonWriter w, TherapyOption t)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.TherapyOption[0], t.Name);
        w.WriteString(Wire.TherapyOption[1], EnumName(Wire.TherapyKind, (int)t.Kind));
        OptionalString(w, Wire.TherapyOption[2], t.Description);
        List(w, Wire.TherapyOption[3], t.Components, WriteComponent);
        OptionalString(w, Wire.TherapyOption[4], t.Indication);
        OptionalString(w, Wire.TherapyOption[5], t.Population);
        OptionalString(w, Wire.TherapyOption[6], t.Onset);
        if (t.Efficacy is { } e)
        {
            w.WritePropertyName(Wire.TherapyOption[7]);
            w.WriteStartObject();
            w.WriteNumber(Wire.Efficacy[0], e.Value);
            RequiredString(w, Wire.Efficacy[1], e.Unit);
            OptionalString(w, Wire.Efficacy[2], e.Outcome);
            OptionalString(w, Wire.Efficacy[3], e.Population);
            End(w, e.UnknownMembers);
        }

        if (t.Evidence is { } evidence)
        {
            w.WritePropertyName(Wire.TherapyOption[8]);
            w.WriteStartObject();
            RequiredString(w, Wire.Evidence[0], evidence.GradingSystem);
            OptionalString(w, Wire.Evidence[1], evidence.Strength);
            OptionalString(w, Wire.Evidence[2], evidence.Certainty);
            End(w, evidence.UnknownMembers);
        }

        List(w, Wire.TherapyOption[9], t.Points, WriteStatement);
        List(w, Wire.TherapyOption[10], t.Citations, WriteCitation);
        End(w, t.UnknownMembers);
    }

    private static void WriteComponent(Utf8JsonWriter w, TherapyComponent c)
    {
        w.WriteStartObject();
        w.WritePropertyName(Wire.TherapyComponent[0]);
        WriteCodedConcept(w, Required(c.Drug, nameof(c.Drug)));
        List(w, Wire.TherapyComponent[1], c.Dosages, WriteDosage);
        End(w, c.UnknownMembers);
    }

    private static void WriteDosage(Utf8JsonWriter w, Dosage d)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Dosage[0], d.Text);
        if (d.Dose is { } dose)
        {
            w.WritePropertyName(Wire.Dosage[1]);
            WriteDose(w, dose);
        }

        if (d.Route is { } route)
        {
            w.WritePropertyName(Wire.Dosage[2]);
            WriteCodedConcept(w, route);
        }

        if (d.Timing is { } timing)
        {
            w.WritePropertyName(Wire.Dosage[3]);
            WriteTiming(w, timing);
        }

        if (d.AsNeeded)
        {
            w.WriteBoolean(Wire.Dosage[4], true);
        }

        OptionalString(w, Wire.Dosage[5], d.AsNeededFor);
        if (d.MaximumDose is { } maximum)
        {
            w.WritePropertyName(Wire.Dosage[6]);
            w.WriteStartObject();
            w.WritePropertyName(Wire.MaximumDose[0]);
            w.WriteStartObject();
            var amount = Required(maximum.Amount, nameof(maximum.Amount));
            w.WriteNumber(Wire.Quantity[0], amount.Value);
            RequiredString(w, Wire.Quantity[1], amount.Unit);
            End(w, amount.UnknownMembers);
            w.WritePropertyName(Wire.MaximumDose[1]);
            w.WriteStartObject();
            var period = Required(maximum.Period, nameof(maximum.Period));
            w.WriteNumber(Wire.Duration[0], period.Value);
            w.WriteString(Wire.Duration[1], EnumName(Wire.TimeUnit, (int)period.Unit));
            End(w, period.UnknownMembers);
            End(w, maximum.UnknownMembers);
        }

        End(w, d.UnknownMembers);
    }

    private static void WriteDose(Utf8JsonWriter w, Dose dose)
    {
        w.WriteStartObject();
        switch (dose)
        {
            case DoseQuantity quantity:
                w.WriteString(Wire.DoseQuantity[0], Wire.DoseKinds[0]);
                RequiredString(w, Wire.DoseQuantity[1], quantity.Unit);
                w.WriteNumber(Wire.DoseQuantity[2], quantity.Value);
                break;
            case DoseRange range:
                w.WriteString(Wire.DoseRange[0], Wire.DoseKinds[1]);
                RequiredString(w, Wire.DoseRange[1], range.Unit);
                w.WriteNumber(Wire.DoseRange[2], range.Low);
                w.WriteNumber(Wire.DoseRange[3], range.High);
                break;
        }

        End(w, dose.UnknownMembers);
    }

    private static void WriteTiming(Utf8JsonWriter w, Timing t)
    {
        w.WriteStartObject();
        if (!t.When.IsEmpty)
        {
            w.WritePropertyName(Wire.Timing[0]);
            w.WriteStartArray();
            foreach (var when in t.When)
            {
                w.WriteStringValue(EnumName(Wire.TimingEvent, (int)when));
            }

            w.WriteEndArray();
        }

        if (t.Frequency is { } frequency)
        {
            w.WriteNumber(Wire.Timing[1], frequency);
        }

        if (t.Period is { } period)
        {
            w.WriteNumber(Wire.Timing[2], period);
        }

        if (t.PeriodUnit is { } unit)
        {
            w.WriteString(Wire.Timing[3], EnumName(Wire.TimeUnit, (int)unit));
        }

        if (t.Offset is { } offset)
        {
            w.WritePropertyName(Wire.Timing[4]);
            w.WriteStartObject();
            w.WriteNumber(Wire.TimeOffset[0], offset.Low);
            w.WriteNumber(Wire.TimeOffset[1], offset.High);
            w.WriteString(Wire.TimeOffset[2], EnumName(Wire.TimeUnit, (int)offset.Unit));
            w.WriteString(Wire.TimeOffset[3], EnumName(Wire.OffsetRelation, (int)offset.Relation));
            End(w, offset.UnknownMembers);
        }

        End(w, t.UnknownMembers);
    }

    private static void WriteScenario(Utf8JsonWriter w, ClinicalScenario s)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Scenario[0], s.Title);
        OptionalString(w, Wire.Scenario[1], s.Population);
        List(w, Wire.Scenario[2], s.Points, WriteStatement);
        List(w, Wire.Scenario[3], s.Therapies, WriteTherapyOption);
        End(w, s.UnknownMembers);
    }

    private static void WritePrecaution(Utf8JsonWriter w, Precaution p)
    {
        w.WriteStartObject();
        w.WriteString(Wire.Precaution[0], EnumName(Wire.PrecautionKind, (int)p.Kind));
        RequiredString(w, Wire.Precaution[1], p.Title);
        if (p.Subject is { } subject)
        {
            w.WritePropertyName(Wire.Precaution[2]);
            WriteCodedConcept(w, subject);
        }

        List(w, Wire.Precaution[3], p.Points, WriteStatement);
        List(w, Wire.Precaution[4], p.Citations, WriteCitation);
        End(w, p.UnknownMembers);
    }

    private static void WriteSection(Utf8JsonWriter w, ArticleSection s)
    {
        w.WriteStartObject();
        RequiredString(w, Wire.Section[0], s.Title);
        OptionalString(w, Wire.Section[1], s.Introduction);
        List(w, Wire.Section[2], s.Points, WriteStatement);
        End(w, s.UnknownMembers);
    }

    private static void WriteAuthor(Utf8JsonWriter w, Author a)
    {
        w.WriteStartObject();
        OptionalString(w, Wire.Author[0], a.Family);
        OptionalString(w, Wire.Author[1], a.Given);
        OptionalString(w, Wire.Author[2], a.Literal);
        End(w, a.UnknownMembers);
    }

    private static void WriteReference(Utf8JsonWriter w, Reference r)
    {
        w.WriteStartObject();
        w.WriteString(Wire.Reference[0], r.Id.Value);
        w.WriteString(Wire.Reference[1], EnumName(Wire.ReferenceKind, (int)r.Kind));
        RequiredString(w, Wire.Reference[2], r.Title);
        List(w, Wire.Reference[3], r.Authors, WriteAuthor);
        OptionalString(w, Wire.Reference[4], r.Container);
        OptionalString(w, Wire.Reference[5], r.Publisher);
        if (r.Issued is { } issued)
        {
            if (issued.Year < 1)
            {
                throw new ArgumentException("A reference's issued date is default(PartialDate), which has no JSON form; leave Issued null when the date is unknown.", nameof(r));
            }

            w.WriteString(Wire.Reference[6], issued.ToString());
        }

        OptionalString(w, Wire.Reference[7], r.Volume);
        OptionalString(w, Wire.Reference[8], r.Issue);
        OptionalString(w, Wire.Reference[9], r.Pages);
        OptionalString(w, Wire.Reference[10], r.Doi);
        OptionalString(w, Wire.Reference[11], r.Pmid);
        OptionalString(w, Wire.Reference[12], r.Url);
        End(w, r.UnknownMembers);
    }

    // ---- Shared pieces --------------------------------------------------------------------------------------

    private static void List<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items.AsSpan())
        {
            if (item is null)
            {
                throw new ArgumentException($"A list in the article holds a null {typeof(T).Name}; lists may not hold null.");
            }

            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void RequiredString(Utf8JsonWriter w, JsonEncodedText name, string value)
        => w.WriteString(name, value ?? throw new ArgumentException($"The required member '{name}' is null; the reader would refuse the output."));

    private static T Required<T>(T value, string member)
        where T : class
        => value ?? throw new ArgumentException($"The required member '{member}' is null; the reader would refuse the output.");

    private static void OptionalString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly? value)
    {
        if (value is { } date)
        {
            Span<char> buffer = stackalloc char[10];
            date.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteString(name, buffer[..written]);
        }
    }

    /// <summary>Writes the unknown members, then closes the object.</summary>
    private static void End(Utf8JsonWriter w, UnknownMembers? unknown)
    {
        if (unknown is not null)
        {
            foreach (var (name, value) in unknown)
            {
                w.WritePropertyName(name);
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    private static JsonEncodedText EnumName(WireNames names, int value)
        => (uint)value < (uint)names.Count
            ? names[value]
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{value} is not a defined value; expected one of: {names.Expected}."), nameof(value));

    private static Utf8JsonWriter Rent(IBufferWriter<byte> destination, bool indented, int maxDepth)
    {
        var cached = indented ? t_indented : t_compact;
        if (cached is not null && cached.Options.MaxDepth == maxDepth)
        {
            if (indented)
            {
                t_indented = null;
            }
            else
            {
                t_compact = null;
            }

            cached.Reset(destination);
            return cached;
        }

        return new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Indented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = MinimalJsonEncoder.Instance,
            MaxDepth = maxDepth,
            SkipValidation = true,
        });
    }

    private static void Return(Utf8JsonWriter writer, bool indented)
    {
        if (indented)
        {
            t_indented = writer;
        }
        else
        {
            t_compact = writer;
        }
    }
}
