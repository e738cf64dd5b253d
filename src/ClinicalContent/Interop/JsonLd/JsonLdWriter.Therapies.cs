using ClinicalContent.Model;

namespace ClinicalContent.Interop.JsonLd;

/// <summary>The treatments: single drugs as the condition's <c>drug</c>, every other option as a
/// <c>possibleTreatment</c> <c>MedicalTherapy</c>, and the precautions as warnings.</summary>
internal sealed partial class JsonLdWriter
{
    /// <summary>First-line options, then the alternatives, then each special scenario's, in document order.</summary>
    private void CollectTherapies()
    {
        AddOptions(_article.FirstLineTherapy?.Options ?? default, null);
        AddOptions(_article.Alternatives?.Options ?? default, null);
        foreach (var scenario in _article.SpecialScenarios)
        {
            if (scenario is not null)
            {
                AddOptions(scenario.Therapies, scenario);
            }
        }

        void AddOptions(EquatableArray<TherapyOption> options, ClinicalScenario? scenario)
        {
            foreach (var option in options)
            {
                if (option is not null)
                {
                    _therapies.Add((option, scenario));
                }
            }
        }
    }

    /// <summary>Sorts the precautions into those that become a <c>warning</c> on a drug of the export and those that
    /// stay on the page (no subject, or a subject that names no exported drug, such as a drug class).</summary>
    private void CollectPrecautions()
    {
        var drugs = _therapies.SelectMany(static t => DrugsOf(t.Option)).ToList();
        foreach (var precaution in _article.Precautions)
        {
            if (precaution is null)
            {
                continue;
            }

            _precautions.Add(precaution);
            if (precaution.Subject is not { } subject || !drugs.Exists(drug => SameConcept(drug, subject)))
            {
                _pagePrecautions.Add(precaution);
            }
        }
    }

    /// <summary>The drugs an option is written with: its components' drugs, or for a single drug without components,
    /// a drug named after the option.</summary>
    private static IEnumerable<CodedConcept> DrugsOf(TherapyOption option)
    {
        var any = false;
        foreach (var component in option.Components)
        {
            if (component?.Drug is { } drug)
            {
                any = true;
                yield return drug;
            }
        }

        if (!any && option.Kind == TherapyKind.Drug && option.Name is not null)
        {
            yield return new CodedConcept { Text = option.Name };
        }
    }

    /// <summary>Whether two concepts name the same thing: the same text, ignoring case, or a shared code.</summary>
    private static bool SameConcept(CodedConcept a, CodedConcept b) =>
        (a.Text is not null && b.Text is not null && string.Equals(a.Text.Trim(), b.Text.Trim(), StringComparison.OrdinalIgnoreCase))
        || a.Codings.Any(x => x is not null && b.Codings.Any(y => y is not null
            && string.Equals(x.System, y.System, StringComparison.Ordinal) && string.Equals(x.Code, y.Code, StringComparison.Ordinal)));

    private void WriteDrugTherapies()
    {
        if (!_therapies.Exists(static t => t.Option.Kind == TherapyKind.Drug))
        {
            return;
        }

        _w.WriteStartArray("drug"u8);
        foreach (var (option, scenario) in _therapies)
        {
            if (option.Kind == TherapyKind.Drug)
            {
                WriteDrugs(option, scenario, option.Description);
            }
        }

        _w.WriteEndArray();
    }

    /// <summary>Combinations, drug classes, procedures and non-drug measures, each a <c>MedicalTherapy</c> whose
    /// components are its <c>drug</c>s.</summary>
    private void WriteOtherTherapies()
    {
        if (!_therapies.Exists(static t => t.Option.Kind != TherapyKind.Drug))
        {
            return;
        }

        _w.WriteStartArray("possibleTreatment"u8);
        foreach (var (option, scenario) in _therapies)
        {
            if (option.Kind == TherapyKind.Drug)
            {
                continue;
            }

            _w.WriteStartObject();
            _w.WriteString("@type"u8, "MedicalTherapy");
            String("name"u8, option.Name);
            String("description"u8, option.Description);
            if (option.Indication is { } indication)
            {
                _w.WritePropertyName("indication"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, "MedicalIndication");
                String("name"u8, indication);
                _w.WriteEndObject();
            }

            if (DrugsOf(option).Any())
            {
                _w.WriteStartArray("drug"u8);
                WriteDrugs(option, scenario, description: null);
                _w.WriteEndArray();
            }

            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    /// <summary>Writes one <c>Drug</c> per drug of <paramref name="option"/>, as array elements.</summary>
    private void WriteDrugs(TherapyOption option, ClinicalScenario? scenario, string? description)
    {
        // Who the dose schedules are for: the option's population, else the scenario's, else the scenario itself.
        var population = option.Population ?? scenario?.Population ?? scenario?.Title;
        var any = false;
        foreach (var component in option.Components)
        {
            if (component?.Drug is { } drug)
            {
                any = true;
                WriteDrug(drug, component.Dosages, description, population);
            }
        }

        if (!any && option.Kind == TherapyKind.Drug && option.Name is not null)
        {
            WriteDrug(new CodedConcept { Text = option.Name }, default, description, population);
        }
    }

    private void WriteDrug(CodedConcept drug, EquatableArray<Dosage> dosages, string? description, string? population)
    {
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "Drug");
        String("name"u8, drug.Text);
        WriteCodes(drug);
        var rxcuis = drug.Codings.Where(static c => c is not null && JsonLdText.IsRxNorm(c.System) && c.Code is not null).ToList();
        if (rxcuis.Count > 0)
        {
            _w.WriteStartArray("rxcui"u8);
            foreach (var coding in rxcuis)
            {
                StringValue(coding.Code);
            }

            _w.WriteEndArray();
        }

        String("description"u8, description);
        var routes = dosages.Where(static d => d?.Route?.Text is not null).Select(static d => d.Route!.Text).Distinct(StringComparer.Ordinal).ToList();
        if (routes.Count > 0)
        {
            _w.WriteStartArray("administrationRoute"u8);
            foreach (var route in routes)
            {
                StringValue(route);
            }

            _w.WriteEndArray();
        }

        if (dosages.Any(static d => d is not null))
        {
            _w.WriteStartArray("doseSchedule"u8);
            foreach (var dosage in dosages)
            {
                if (dosage is not null)
                {
                    WriteDoseSchedule(dosage, population);
                }
            }

            _w.WriteEndArray();
        }

        if (dosages.Any(static d => d?.MaximumDose is not null))
        {
            _w.WriteStartArray("maximumIntake"u8);
            foreach (var dosage in dosages)
            {
                if (dosage?.MaximumDose is { } maximum)
                {
                    WriteMaximum(maximum, population);
                }
            }

            _w.WriteEndArray();
        }

        var warnings = _precautions.Where(p => p.Subject is { } subject && SameConcept(drug, subject)).ToList();
        if (warnings.Count > 0)
        {
            _w.WriteStartArray("warning"u8);
            foreach (var precaution in warnings)
            {
                StringValue(WarningText(precaution));
            }

            _w.WriteEndArray();
        }

        _w.WriteEndObject();
    }

    private void WriteDoseSchedule(Dosage dosage, string? population)
    {
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "RecommendedDoseSchedule");
        String("description"u8, dosage.Text);
        switch (dosage.Dose)
        {
            case DoseQuantity quantity:
                _w.WriteNumber("doseValue"u8, quantity.Value);
                String("doseUnit"u8, quantity.Unit);
                break;
            case DoseRange range when range.Low == range.High:
                _w.WriteNumber("doseValue"u8, range.Low);
                String("doseUnit"u8, range.Unit);
                break;
            case DoseRange range:
                // doseValue is a Number or a QualitativeValue: a range is the latter, with the numbers kept as a
                // QuantitativeValue in its valueReference (which takes any StructuredValue).
                _w.WritePropertyName("doseValue"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, "QualitativeValue");
                String("name"u8, JsonLdText.Number(range.Low) + "\u2013" + JsonLdText.Number(range.High) + (range.Unit is null ? string.Empty : " " + range.Unit));
                _w.WritePropertyName("valueReference"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, "QuantitativeValue");
                _w.WriteNumber("minValue"u8, range.Low);
                _w.WriteNumber("maxValue"u8, range.High);
                String("unitText"u8, range.Unit);
                _w.WriteEndObject();
                _w.WriteEndObject();
                String("doseUnit"u8, range.Unit);
                break;
        }

        String("frequency"u8, JsonLdText.Frequency(dosage));
        String("targetPopulation"u8, population);
        _w.WriteEndObject();
    }

    private void WriteMaximum(MaximumDose maximum, string? population)
    {
        _w.WriteStartObject();
        _w.WriteString("@type"u8, "MaximumDoseSchedule");
        if (maximum.Amount is { } amount)
        {
            _w.WriteNumber("doseValue"u8, amount.Value);
            String("doseUnit"u8, amount.Unit);
        }

        if (maximum.Period is { } period)
        {
            _w.WriteString("frequency"u8, JsonLdText.MaximumPeriod(period));
        }

        String("targetPopulation"u8, population);
        _w.WriteEndObject();
    }

    /// <summary>Precautions that name no exported drug, as parts of the page: the title, the warnings and what they
    /// concern.</summary>
    private void WritePagePrecautions()
    {
        if (_pagePrecautions.Count == 0)
        {
            return;
        }

        _w.WriteStartArray("hasPart"u8);
        foreach (var precaution in _pagePrecautions)
        {
            _w.WriteStartObject();
            _w.WriteString("@type"u8, "WebPageElement");
            String("name"u8, precaution.Title);
            String("text"u8, PointsText(precaution.Points));
            if (precaution.Subject is { } subject)
            {
                _w.WritePropertyName("about"u8);
                _w.WriteStartObject();
                _w.WriteString("@type"u8, "MedicalEntity");
                String("name"u8, subject.Text);
                WriteCodes(subject);
                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    /// <summary>A precaution as one <c>warning</c> text: "Title: first point; second point".</summary>
    private static string WarningText(Precaution precaution)
    {
        var title = precaution.Title ?? string.Empty;
        if (PointsText(precaution.Points) is not { } points)
        {
            return title;
        }

        return title.Length == 0 ? points : title.TrimEnd().EndsWith(':') ? title.TrimEnd() + " " + points : title + ": " + points;
    }

    /// <summary>The statements and their nested points, depth first, joined with "; "; null when there are none.</summary>
    private static string? PointsText(EquatableArray<Statement> points)
    {
        var texts = new List<string>();
        Collect(points);
        return texts.Count == 0 ? null : string.Join("; ", texts);

        void Collect(EquatableArray<Statement> statements)
        {
            foreach (var statement in statements)
            {
                if (statement is null)
                {
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(statement.Text))
                {
                    texts.Add(statement.Text);
                }

                Collect(statement.Points);
            }
        }
    }
}
