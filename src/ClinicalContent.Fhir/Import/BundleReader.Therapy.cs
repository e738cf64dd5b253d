using ClinicalContent.Fhir.Export;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Import;

internal sealed partial class BundleReader
{
    private TherapySection TherapyPart(F.Composition.SectionComponent section, string pointer)
    {
        string? introduction = null;
        SectionExtensions(section, pointer, null, value => introduction = value, null);
        NoSubsections(section, pointer);
        return new TherapySection { Introduction = introduction, Options = Plan(section, pointer) };
    }

    /// <summary>The options of the PlanDefinition the section's one entry points to; none when it has no entry.</summary>
    private EquatableArray<TherapyOption> Plan(F.Composition.SectionComponent section, string pointer)
    {
        if (section.Entry.Count == 0)
        {
            return [];
        }

        for (var i = 1; i < section.Entry.Count; i++)
        {
            NotRead(Pointers.Index(pointer + "/entry", i), "A second entry of a therapy section");
        }

        if (Resolve<F.PlanDefinition>(section.Entry[0], pointer + "/entry/0", "PlanDefinition") is not { } found)
        {
            return [];
        }

        var (plan, at) = found;
        Unread(plan, at, "id", "status", "title", "type", "action");
        var options = new List<TherapyOption>();
        for (var i = 0; i < plan.Action.Count; i++)
        {
            if (Option(plan.Action[i], Pointers.Index(at + "/action", i)) is { } option)
            {
                options.Add(option);
            }
        }

        return options.ToEquatableArray();
    }

    private TherapyOption? Option(F.PlanDefinition.ActionComponent action, string pointer)
    {
        Unread(action, pointer, "extension", "title", "code", "description", "reason", "action");
        var kindCode = action.Code.SelectMany(static c => c.Coding).FirstOrDefault(static c => c.System == FhirUrls.TherapyKindSystem)?.Code;
        var hasKind = WireNames<TherapyKind>.TryParse(kindCode, out var kind);
        if (!hasKind)
        {
            Invalid(pointer + "/code", "The therapy kind (action.code)", "a coding of " + FhirUrls.TherapyKindSystem + ": " + WireNames<TherapyKind>.Expected);
        }

        var components = new List<TherapyComponent>();
        for (var i = 0; i < action.Action.Count; i++)
        {
            if (Component(action.Action[i], Pointers.Index(pointer + "/action", i)) is { } component)
            {
                components.Add(component);
            }
        }

        for (var i = 1; i < action.Reason.Count; i++)
        {
            NotRead(Pointers.Index(pointer + "/reason", i), "A second reason");
        }

        string? population = null, onset = null;
        Efficacy? efficacy = null;
        Evidence? evidence = null;
        var points = new List<Statement>();
        var citations = new List<Citation>();
        for (var i = 0; i < action.Extension.Count; i++)
        {
            var extension = action.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (extension.Url)
            {
                case FhirUrls.TherapyPopulation: population = String(extension, at); break;
                case FhirUrls.TherapyOnset: onset = String(extension, at); break;
                case FhirUrls.TherapyEfficacy: efficacy = Efficacy(extension, at); break;
                case FhirUrls.TherapyEvidence: evidence = Evidence(extension, at); break;
                case FhirUrls.Statement:
                    if (Statement(extension, at, 1) is { } statement)
                    {
                        points.Add(statement);
                    }

                    break;
                case FhirUrls.Citation:
                    if (Citation(extension, at) is { } citation)
                    {
                        citations.Add(citation);
                    }

                    break;
                default: NotRead(at, "The extension '" + extension.Url + "'"); break;
            }
        }

        if (!Required(action.Title, pointer + "/title", "The option's name (action.title)") || !hasKind)
        {
            return null;
        }

        return new TherapyOption
        {
            Name = action.Title!,
            Kind = kind,
            Description = action.Description,
            Components = components.ToEquatableArray(),
            Indication = action.Reason.FirstOrDefault()?.Text,
            Population = population,
            Onset = onset,
            Efficacy = efficacy,
            Evidence = evidence,
            Points = points.ToEquatableArray(),
            Citations = citations.ToEquatableArray(),
        };
    }

    private Efficacy? Efficacy(F.Extension efficacy, string pointer)
    {
        NoValue(efficacy, pointer);
        (decimal Value, string Unit)? value = null;
        string? outcome = null, population = null;
        for (var i = 0; i < efficacy.Extension.Count; i++)
        {
            var extension = efficacy.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (extension.Url)
            {
                case "value":
                    if (extension.Value is F.Quantity quantity)
                    {
                        value = Quantity(quantity, at + "/valueQuantity");
                    }
                    else
                    {
                        Invalid(at, "The efficacy value", "a valueQuantity");
                    }

                    break;
                case "outcome": outcome = String(extension, at); break;
                case "population": population = String(extension, at); break;
                default: NotRead(at, "The efficacy extension '" + extension.Url + "'"); break;
            }
        }

        return Required(value, pointer, "The efficacy value (sub-extension 'value')")
            ? new Efficacy { Value = value!.Value.Value, Unit = value.Value.Unit, Outcome = outcome, Population = population }
            : null;
    }

    private Evidence? Evidence(F.Extension evidence, string pointer)
    {
        NoValue(evidence, pointer);
        string? gradingSystem = null, strength = null, certainty = null;
        for (var i = 0; i < evidence.Extension.Count; i++)
        {
            var extension = evidence.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (extension.Url)
            {
                case "gradingSystem": gradingSystem = String(extension, at); break;
                case "strength": strength = String(extension, at); break;
                case "certainty": certainty = String(extension, at); break;
                default: NotRead(at, "The evidence extension '" + extension.Url + "'"); break;
            }
        }

        return Required(gradingSystem, pointer, "The grading system (sub-extension 'gradingSystem')")
            ? new Evidence { GradingSystem = gradingSystem!, Strength = strength, Certainty = certainty }
            : null;
    }

    private TherapyComponent? Component(F.PlanDefinition.ActionComponent action, string pointer)
    {
        Unread(action, pointer, "title", "definition");
        if (action.Definition is not F.Canonical { Value: { } canonical })
        {
            Invalid(pointer, "The component action", "a definitionCanonical to an ActivityDefinition");
            return null;
        }

        if (Resolve<F.ActivityDefinition>(canonical, pointer + "/definitionCanonical", "ActivityDefinition") is not { } found)
        {
            return null;
        }

        var (activity, at) = found;
        Unread(activity, at, "id", "url", "status", "kind", "title", "product", "dosage");
        if (activity.Product is not F.CodeableConcept product)
        {
            Required<object>(null, at + "/productCodeableConcept", "The drug (ActivityDefinition.productCodeableConcept)");
            return null;
        }

        var drug = Concept(product, at + "/productCodeableConcept");
        var dosages = new List<Dosage>();
        for (var i = 0; i < activity.Dosage.Count; i++)
        {
            if (Dosage(activity.Dosage[i], Pointers.Index(at + "/dosage", i)) is { } dosage)
            {
                dosages.Add(dosage);
            }
        }

        return drug is null ? null : new TherapyComponent { Drug = drug, Dosages = dosages.ToEquatableArray() };
    }

    private Dosage? Dosage(F.Dosage dosage, string pointer)
    {
        Unread(dosage, pointer, "text", "doseAndRate", "route", "timing", "asNeeded", "maxDosePerPeriod");
        Dose? dose = null;
        for (var i = 0; i < dosage.DoseAndRate.Count; i++)
        {
            var at = Pointers.Index(pointer + "/doseAndRate", i);
            if (i > 0)
            {
                NotRead(at, "A second dose");
                continue;
            }

            Unread(dosage.DoseAndRate[i], at, "dose");
            dose = Dose(dosage.DoseAndRate[i].Dose, at);
        }

        var route = dosage.Route is { } r ? Concept(r, pointer + "/route") : null;
        var timing = dosage.Timing is { } t ? Timing(t, pointer + "/timing") : null;
        bool asNeeded = false;
        string? asNeededFor = null;
        switch (dosage.AsNeeded)
        {
            case null:
                break;
            case F.FhirBoolean { Value: { } flag }:
                asNeeded = flag;
                break;
            case F.CodeableConcept { Text: { } reason } concept:
                Unread(concept, pointer + "/asNeededCodeableConcept", "text");
                (asNeeded, asNeededFor) = (true, reason);
                break;
            default:
                Invalid(pointer + "/asNeeded", "asNeeded", "asNeededBoolean or asNeededCodeableConcept with text");
                break;
        }

        var maximum = dosage.MaxDosePerPeriod is { } ratio ? MaximumDose(ratio, pointer + "/maxDosePerPeriod") : null;
        return Required(dosage.Text, pointer + "/text", "The dosage text (Dosage.text)")
            ? new Dosage { Text = dosage.Text!, Dose = dose, Route = route, Timing = timing, AsNeeded = asNeeded, AsNeededFor = asNeededFor, MaximumDose = maximum }
            : null;
    }

    private Dose? Dose(F.DataType? dose, string pointer)
    {
        switch (dose)
        {
            case F.Quantity quantity when Quantity(quantity, pointer + "/doseQuantity") is { } value:
                return new DoseQuantity { Value = value.Value, Unit = value.Unit };
            case F.Range { Low: { } low, High: { } high } range:
                Unread(range, pointer + "/doseRange", "low", "high");
                var lowValue = Quantity(low, pointer + "/doseRange/low");
                var highValue = Quantity(high, pointer + "/doseRange/high");
                if (lowValue is null || highValue is null)
                {
                    return null;
                }

                if (!string.Equals(lowValue.Value.Unit, highValue.Value.Unit, StringComparison.Ordinal))
                {
                    Invalid(pointer + "/doseRange/high", "The high end's unit", "the low end's unit '" + lowValue.Value.Unit + "'");
                    return null;
                }

                return new DoseRange { Low = lowValue.Value.Value, High = highValue.Value.Value, Unit = lowValue.Value.Unit };
            case F.Quantity:
                return null;
            default:
                Invalid(pointer, "The dose", "a doseQuantity or a doseRange with low and high");
                return null;
        }
    }

    /// <summary>A quantity's value and unit: the UCUM code when present, else the unit text.</summary>
    private (decimal Value, string Unit)? Quantity(F.Quantity quantity, string pointer)
    {
        Unread(quantity, pointer, "value", "unit", "system", "code");
        var hasValue = Required(quantity.Value, pointer + "/value", "The quantity's value");
        var unit = quantity.Code ?? quantity.Unit;
        return Required(unit, pointer + "/unit", "The quantity's unit") && hasValue ? (quantity.Value!.Value, unit!) : null;
    }

    private Timing? Timing(F.Timing timing, string pointer)
    {
        Unread(timing, pointer, "repeat");
        if (timing.Repeat is not { } repeat)
        {
            Required<object>(null, pointer + "/repeat", "The timing's repeat");
            return null;
        }

        var at = pointer + "/repeat";
        Unread(repeat, at, "when", "frequency", "period", "periodUnit", "offset");
        var when = new List<TimingEvent>();
        for (var i = 0; i < repeat.WhenElement.Count; i++)
        {
            if (Event(repeat.WhenElement[i].Value) is { } value)
            {
                when.Add(value);
            }
            else
            {
                Invalid(Pointers.Index(at + "/when", i), "The timing event", "HS, WAKE, MORN, AFT, EVE, NIGHT, C, AC or PC");
            }
        }

        TimeUnit? periodUnit = null;
        if (repeat.PeriodUnit is { } unit)
        {
            periodUnit = Unit(unit);
        }

        return new Timing
        {
            When = when.ToEquatableArray(),
            Frequency = repeat.Frequency,
            Period = repeat.Period,
            PeriodUnit = periodUnit,
            Offset = repeat.Offset is { } minutes ? new TimeOffset { Low = minutes, High = minutes, Unit = TimeUnit.Minute, Relation = OffsetRelation.After } : null,
        };
    }

    private MaximumDose? MaximumDose(F.Ratio ratio, string pointer)
    {
        Unread(ratio, pointer, "numerator", "denominator");
        var amount = ratio.Numerator is { } numerator ? Quantity(numerator, pointer + "/numerator") : null;
        var period = ratio.Denominator is { } denominator ? Quantity(denominator, pointer + "/denominator") : null;
        var hasAmount = Required(amount, pointer + "/numerator", "The maximum amount (maxDosePerPeriod.numerator)");
        if (!Required(period, pointer + "/denominator", "The period (maxDosePerPeriod.denominator)") || !hasAmount)
        {
            return null;
        }

        if (!WireNames<TimeUnit>.TryParse(period!.Value.Unit, out var periodUnit))
        {
            Invalid(pointer + "/denominator/code", "The period's unit", "a unit of time: " + WireNames<TimeUnit>.Expected);
            return null;
        }

        return new MaximumDose
        {
            Amount = new Quantity { Value = amount!.Value.Value, Unit = amount.Value.Unit },
            Period = new Duration { Value = period.Value.Value, Unit = periodUnit },
        };
    }

    private static TimingEvent? Event(F.Timing.EventTiming? value)
    {
        foreach (var candidate in Enum.GetValues<TimingEvent>())
        {
            if (value is not null && BundleWriter.Event(candidate) == value)
            {
                return candidate;
            }
        }

        return null;
    }

    private static TimeUnit? Unit(F.Timing.UnitsOfTime value)
    {
        foreach (var candidate in Enum.GetValues<TimeUnit>())
        {
            if (BundleWriter.Unit(candidate) == value)
            {
                return candidate;
            }
        }

        return null;
    }
}
