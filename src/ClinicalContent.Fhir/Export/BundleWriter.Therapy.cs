using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Export;

internal sealed partial class BundleWriter
{
    private void TherapyPart(F.Composition composition, TherapySection? part, string code, string title, string pointer)
    {
        if (part is null)
        {
            return;
        }

        var section = Section(code, title);
        AddString(section.Extension, FhirUrls.Introduction, part.Introduction, pointer + "/introduction");
        var narrative = new Narrative(_numbers).Paragraph(part.Introduction);
        if (!part.Options.IsEmpty)
        {
            section.Entry.Add(Plan(title, part.Options, pointer + "/options", narrative));
        }

        _losses.Unknown(part.UnknownMembers, pointer);
        Finish(section, narrative);
        composition.Section.Add(section);
    }

    /// <summary>One PlanDefinition for a list of options: an action per option, a sub-action per component pointing to its ActivityDefinition.</summary>
    private F.ResourceReference Plan(string? title, EquatableArray<TherapyOption> options, string pointer, Narrative narrative)
    {
        var plan = new F.PlanDefinition
        {
            Status = _publicationStatus,
            Title = title is not null && FhirText.IsString(title) ? title : null,
            Type = new F.CodeableConcept(FhirUrls.PlanDefinitionTypeSystem, "clinical-protocol"),
        };
        narrative.OpenList();
        for (var i = 0; i < options.Count; i++)
        {
            plan.Action.Add(Action(options[i], Pointers.Index(pointer, i), narrative));
        }

        narrative.CloseList();
        return Add(plan, "plan" + pointer);
    }

    private F.PlanDefinition.ActionComponent Action(TherapyOption option, string pointer, Narrative narrative)
    {
        var action = new F.PlanDefinition.ActionComponent { Title = _losses.Text(option.Name, pointer + "/name") };
        if (WireNames<TherapyKind>.Of(option.Kind) is { } kind)
        {
            action.Code.Add(new F.CodeableConcept(FhirUrls.TherapyKindSystem, kind));
        }
        else
        {
            _losses.Add(IssueCodes.FhirValueNotCarried, pointer + "/kind", FhirMessages.ValueNotCarried(option.Kind.ToString(), "a therapy kind"));
        }

        action.Description = _losses.Text(option.Description, pointer + "/description");
        narrative.OpenItem(option.Name ?? string.Empty, option.Description);
        narrative.OpenList();
        for (var i = 0; i < option.Components.Count; i++)
        {
            action.Action.Add(Component(option.Components[i], Pointers.Index(pointer + "/components", i), narrative));
        }

        if (_losses.Text(option.Indication, pointer + "/indication") is { } indication)
        {
            action.Reason.Add(new F.CodeableConcept { Text = indication });
            narrative.Item("Indication: " + indication);
        }

        AddString(action.Extension, FhirUrls.TherapyPopulation, option.Population, pointer + "/population");
        AddString(action.Extension, FhirUrls.TherapyOnset, option.Onset, pointer + "/onset");
        if (option.Efficacy is { } efficacy)
        {
            action.Extension.Add(Efficacy(efficacy, pointer + "/efficacy"));
        }

        if (option.Evidence is { } evidence)
        {
            var extension = new F.Extension { Url = FhirUrls.TherapyEvidence };
            AddString(extension.Extension, "gradingSystem", evidence.GradingSystem, pointer + "/evidence/gradingSystem");
            AddString(extension.Extension, "strength", evidence.Strength, pointer + "/evidence/strength");
            AddString(extension.Extension, "certainty", evidence.Certainty, pointer + "/evidence/certainty");
            _losses.Unknown(evidence.UnknownMembers, pointer + "/evidence");
            action.Extension.Add(extension);
        }

        Statements(action.Extension, option.Points, pointer + "/points");
        Citations(action.Extension, option.Citations, pointer + "/citations");
        _losses.Unknown(option.UnknownMembers, pointer);
        if (option.Population is { } population)
        {
            narrative.Item("Population: " + population);
        }

        if (option.Onset is { } onset)
        {
            narrative.Item("Onset: " + onset);
        }

        if (option.Efficacy is { } shown)
        {
            narrative.Item(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Efficacy: {shown.Value} {shown.Unit}")
                + (shown.Outcome is null ? string.Empty : " " + shown.Outcome) + (shown.Population is null ? string.Empty : " (" + shown.Population + ")"));
        }

        if (option.Evidence is { } graded)
        {
            narrative.Item("Evidence (" + graded.GradingSystem + "): " + string.Join(", ", new[] { graded.Strength, graded.Certainty }.Where(static g => g is not null)));
        }

        foreach (var point in option.Points)
        {
            narrative.StatementItem(point);
        }

        narrative.CloseList().Citations(option.Citations).CloseItem();
        return action;
    }

    private F.Extension Efficacy(Efficacy efficacy, string pointer)
    {
        var extension = new F.Extension { Url = FhirUrls.TherapyEfficacy };
        extension.Extension.Add(new F.Extension("value", Quantity(efficacy.Value, efficacy.Unit, pointer + "/unit")));
        AddString(extension.Extension, "outcome", efficacy.Outcome, pointer + "/outcome");
        AddString(extension.Extension, "population", efficacy.Population, pointer + "/population");
        _losses.Unknown(efficacy.UnknownMembers, pointer);
        return extension;
    }

    private F.PlanDefinition.ActionComponent Component(TherapyComponent component, string pointer, Narrative narrative)
    {
        var id = DeterministicId.For(_articleId, "activity" + pointer);
        var drugText = component.Drug?.Text;
        var activity = new F.ActivityDefinition
        {
            Id = id,
            Url = "urn:uuid:" + id,
            Status = _publicationStatus,
            Kind = F.ActivityDefinition.RequestResourceType.MedicationRequest,
            Title = drugText is not null && FhirText.IsString(drugText) ? drugText : null,
        };
        if (component.Drug is { } drug)
        {
            activity.Product = Concept(drug, pointer + "/drug");
        }

        var dosageTexts = new List<string>();
        for (var i = 0; i < component.Dosages.Count; i++)
        {
            activity.Dosage.Add(Dosage(component.Dosages[i], Pointers.Index(pointer + "/dosages", i)));
            dosageTexts.Add(component.Dosages[i].Text);
        }

        _losses.Unknown(component.UnknownMembers, pointer);
        Add(activity, "activity" + pointer);
        narrative.Item((drugText ?? string.Empty) + (dosageTexts.Count == 0 ? string.Empty : ": " + string.Join("; ", dosageTexts)));
        return new F.PlanDefinition.ActionComponent { Title = activity.Title, Definition = new F.Canonical(activity.Url) };
    }

    private F.Dosage Dosage(Dosage dosage, string pointer)
    {
        var result = new F.Dosage { Text = _losses.Text(dosage.Text, pointer + "/text") };
        switch (dosage.Dose)
        {
            case DoseQuantity quantity:
                result.DoseAndRate.Add(new F.Dosage.DoseAndRateComponent { Dose = Quantity(quantity.Value, quantity.Unit, pointer + "/dose/unit") });
                break;
            case DoseRange range:
                var low = Quantity(range.Low, range.Unit, pointer + "/dose/unit");
                var high = new F.Quantity { Value = range.High, Unit = low.Unit, System = low.System, Code = low.Code };
                result.DoseAndRate.Add(new F.Dosage.DoseAndRateComponent { Dose = new F.Range { Low = low, High = high } });
                break;
        }

        _losses.Unknown(dosage.Dose?.UnknownMembers, pointer + "/dose");
        if (dosage.Route is { } route)
        {
            result.Route = Concept(route, pointer + "/route");
        }

        if (dosage.Timing is { } timing)
        {
            result.Timing = Timing(timing, pointer + "/timing");
        }

        if (dosage.AsNeeded)
        {
            result.AsNeeded = _losses.Text(dosage.AsNeededFor, pointer + "/asNeededFor") is { } reason
                ? new F.CodeableConcept { Text = reason }
                : new F.FhirBoolean(true);
        }
        else if (dosage.AsNeededFor is not null)
        {
            _losses.Add(IssueCodes.FhirAsNeededForNotCarried, pointer + "/asNeededFor", FhirMessages.AsNeededForNotCarried);
        }

        if (dosage.MaximumDose is { } maximum)
        {
            result.MaxDosePerPeriod = MaximumDose(maximum, pointer + "/maximumDose");
        }

        _losses.Unknown(dosage.UnknownMembers, pointer);
        return result;
    }

    private F.Ratio MaximumDose(MaximumDose maximum, string pointer)
    {
        var ratio = new F.Ratio();
        if (maximum.Amount is { } amount)
        {
            ratio.Numerator = Quantity(amount.Value, amount.Unit, pointer + "/amount/unit");
            _losses.Unknown(amount.UnknownMembers, pointer + "/amount");
        }

        if (maximum.Period is { } period)
        {
            if (WireNames<TimeUnit>.Of(period.Unit) is { } unit)
            {
                ratio.Denominator = new F.Quantity { Value = period.Value, Unit = unit, System = FhirUrls.Ucum, Code = unit };
            }
            else
            {
                _losses.Add(IssueCodes.FhirValueNotCarried, pointer + "/period/unit", FhirMessages.ValueNotCarried(period.Unit.ToString(), "a unit of time"));
                ratio.Denominator = new F.Quantity { Value = period.Value };
            }

            _losses.Unknown(period.UnknownMembers, pointer + "/period");
        }

        _losses.Unknown(maximum.UnknownMembers, pointer);
        return ratio;
    }

    /// <summary>A quantity with its unit as UCUM code when FHIR can hold it as a code, else as unit text only.</summary>
    private F.Quantity Quantity(decimal value, string? unit, string unitPointer)
    {
        var text = _losses.Text(unit, unitPointer);
        var isCode = text is not null && FhirText.IsCode(text);
        return new F.Quantity { Value = value, Unit = text, System = isCode ? FhirUrls.Ucum : null, Code = isCode ? text : null };
    }

    private F.Timing? Timing(Timing timing, string pointer)
    {
        var checkpoint = _losses.Count;
        var repeat = new F.Timing.RepeatComponent();
        for (var i = 0; i < timing.When.Count; i++)
        {
            if (Event(timing.When[i]) is { } code)
            {
                repeat.WhenElement.Add(new F.Code<F.Timing.EventTiming>(code));
            }
            else
            {
                _losses.Add(IssueCodes.FhirValueNotCarried, Pointers.Index(pointer + "/when", i), FhirMessages.ValueNotCarried(timing.When[i].ToString(), "a timing event"));
            }
        }

        if (timing.Frequency is { } frequency)
        {
            if (frequency >= 1)
            {
                repeat.Frequency = frequency;
            }
            else
            {
                _losses.Add(IssueCodes.FhirValueNotCarried, pointer + "/frequency", FhirMessages.ValueNotCarried(frequency.ToString(System.Globalization.CultureInfo.InvariantCulture), "a positive integer"));
            }
        }

        repeat.Period = timing.Period;
        if (timing.PeriodUnit is { } periodUnit)
        {
            if (Unit(periodUnit) is { } unit)
            {
                repeat.PeriodUnit = unit;
            }
            else
            {
                _losses.Add(IssueCodes.FhirValueNotCarried, pointer + "/periodUnit", FhirMessages.ValueNotCarried(periodUnit.ToString(), "a unit of time"));
            }
        }

        var offsetLost = false;
        if (timing.Offset is { } offset)
        {
            // R4 offset: "minutes from event … assumed to be after the event" (one unsignedInt). Only that shape is carried exactly.
            if (offset.Relation == OffsetRelation.After && offset.Unit == TimeUnit.Minute && offset.Low == offset.High
                && offset.Low >= 0 && offset.Low == decimal.Truncate(offset.Low) && offset.Low <= int.MaxValue)
            {
                repeat.Offset = (int)offset.Low;
                _losses.Unknown(offset.UnknownMembers, pointer + "/offset");
            }
            else
            {
                offsetLost = true;
                _losses.Add(IssueCodes.FhirTimingOffsetNotCarried, pointer + "/offset", FhirMessages.TimingOffsetNotCarried(Describe(offset)));
            }
        }

        _losses.Unknown(timing.UnknownMembers, pointer);
        if (repeat.WhenElement.Count == 0 && repeat.Frequency is null && repeat.Period is null && repeat.PeriodUnit is null && repeat.Offset is null)
        {
            // Nothing of the timing reaches FHIR: report the timing itself, so that removing what was reported leaves no empty object.
            _losses.Truncate(checkpoint);
            _losses.Add(
                offsetLost ? IssueCodes.FhirTimingOffsetNotCarried : IssueCodes.FhirValueNotCarried,
                pointer,
                offsetLost ? FhirMessages.TimingOffsetNotCarried(Describe(timing.Offset!)) : FhirMessages.ValueNotCarried("timing", "a timing with an event, a frequency or a period"));
            return null;
        }

        return new F.Timing { Repeat = repeat };
    }

    private static string Describe(TimeOffset offset)
    {
        var low = offset.Low.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var high = offset.High.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = offset.Low == offset.High ? low : low + "-" + high;
        return $"{range} {WireNames<TimeUnit>.Of(offset.Unit)} {WireNames<OffsetRelation>.Of(offset.Relation)}";
    }

    internal static F.Timing.EventTiming? Event(TimingEvent value) => value switch
    {
        TimingEvent.Bedtime => F.Timing.EventTiming.HS,
        TimingEvent.Waking => F.Timing.EventTiming.WAKE,
        TimingEvent.Morning => F.Timing.EventTiming.MORN,
        TimingEvent.Afternoon => F.Timing.EventTiming.AFT,
        TimingEvent.Evening => F.Timing.EventTiming.EVE,
        TimingEvent.Night => F.Timing.EventTiming.NIGHT,
        TimingEvent.WithMeals => F.Timing.EventTiming.C,
        TimingEvent.BeforeMeals => F.Timing.EventTiming.AC,
        TimingEvent.AfterMeals => F.Timing.EventTiming.PC,
        _ => null,
    };

    internal static F.Timing.UnitsOfTime? Unit(TimeUnit value) => value switch
    {
        TimeUnit.Second => F.Timing.UnitsOfTime.S,
        TimeUnit.Minute => F.Timing.UnitsOfTime.Min,
        TimeUnit.Hour => F.Timing.UnitsOfTime.H,
        TimeUnit.Day => F.Timing.UnitsOfTime.D,
        TimeUnit.Week => F.Timing.UnitsOfTime.Wk,
        TimeUnit.Month => F.Timing.UnitsOfTime.Mo,
        TimeUnit.Year => F.Timing.UnitsOfTime.A,
        _ => null,
    };
}
