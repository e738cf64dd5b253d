using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Export;

internal sealed partial class BundleWriter
{
    /// <summary>A statement as a complex extension: <c>text</c>, then <c>citation</c>s, then nested <c>point</c>s.</summary>
    private F.Extension StatementExtension(string url, Statement statement, string pointer)
    {
        var extension = new F.Extension { Url = url };
        AddString(extension.Extension, "text", statement.Text, pointer + "/text");
        for (var i = 0; i < statement.Citations.Count; i++)
        {
            extension.Extension.Add(CitationExtension("citation", statement.Citations[i], Pointers.Index(pointer + "/citations", i)));
        }

        for (var i = 0; i < statement.Points.Count; i++)
        {
            extension.Extension.Add(StatementExtension("point", statement.Points[i], Pointers.Index(pointer + "/points", i)));
        }

        _losses.Unknown(statement.UnknownMembers, pointer);
        return extension;
    }

    private F.Extension CitationExtension(string url, Citation citation, string pointer)
    {
        var extension = new F.Extension { Url = url };
        AddString(extension.Extension, "referenceId", citation.ReferenceId.Value, pointer + "/referenceId");
        AddString(extension.Extension, "locator", citation.Locator, pointer + "/locator");
        _losses.Unknown(citation.UnknownMembers, pointer);
        return extension;
    }

    private void Statements(List<F.Extension> extensions, EquatableArray<Statement> statements, string pointer)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            extensions.Add(StatementExtension(FhirUrls.Statement, statements[i], Pointers.Index(pointer, i)));
        }
    }

    private void Citations(List<F.Extension> extensions, EquatableArray<Citation> citations, string pointer)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            extensions.Add(CitationExtension(FhirUrls.Citation, citations[i], Pointers.Index(pointer, i)));
        }
    }

    /// <summary>Sets the narrative, or marks the section empty when there is nothing to show (FHIR forbids an empty div).</summary>
    private static void Finish(F.Composition.SectionComponent section, Narrative narrative)
    {
        section.Text = narrative.ToFhir();
        if (section.Text is null && section.Entry.Count == 0 && section.Section.Count == 0)
        {
            section.EmptyReason = new F.CodeableConcept("http://terminology.hl7.org/CodeSystem/list-empty-reason", "nilknown");
        }
    }

    private void Diagnosis(F.Composition composition, DiagnosticApproach? diagnosis)
    {
        if (diagnosis is null)
        {
            return;
        }

        var section = Section(SectionCodes.Diagnosis, "Diagnosis");
        AddString(section.Extension, FhirUrls.Introduction, diagnosis.Introduction, "/diagnosis/introduction");
        Statements(section.Extension, diagnosis.Points, "/diagnosis/points");
        for (var i = 0; i < diagnosis.CausesToEvaluate.Count; i++)
        {
            section.Extension.Add(new F.Extension(FhirUrls.DiagnosisCause, Concept(diagnosis.CausesToEvaluate[i], Pointers.Index("/diagnosis/causesToEvaluate", i))));
        }

        for (var i = 0; i < diagnosis.Differentials.Count; i++)
        {
            section.Extension.Add(new F.Extension(FhirUrls.DiagnosisDifferential, Concept(diagnosis.Differentials[i], Pointers.Index("/diagnosis/differentials", i))));
        }

        _losses.Unknown(diagnosis.UnknownMembers, "/diagnosis");
        Finish(section, new Narrative(_numbers)
            .Paragraph(diagnosis.Introduction)
            .Statements(diagnosis.Points)
            .Concepts("Causes to evaluate", diagnosis.CausesToEvaluate)
            .Concepts("Differentials", diagnosis.Differentials));
        composition.Section.Add(section);
    }

    private void Scenarios(F.Composition composition, EquatableArray<ClinicalScenario> scenarios)
    {
        if (scenarios.IsEmpty)
        {
            return;
        }

        var part = Section(SectionCodes.SpecialScenarios, "Special scenarios");
        for (var i = 0; i < scenarios.Count; i++)
        {
            var scenario = scenarios[i];
            var pointer = Pointers.Index("/specialScenarios", i);
            var section = Section(SectionCodes.Scenario, _losses.Text(scenario.Title, pointer + "/title"));
            AddString(section.Extension, FhirUrls.ScenarioPopulation, scenario.Population, pointer + "/population");
            Statements(section.Extension, scenario.Points, pointer + "/points");
            var narrative = new Narrative(_numbers).Paragraph(scenario.Population, "Population").Statements(scenario.Points);
            if (!scenario.Therapies.IsEmpty)
            {
                section.Entry.Add(Plan(scenario.Title, scenario.Therapies, pointer + "/therapies", narrative));
            }

            _losses.Unknown(scenario.UnknownMembers, pointer);
            Finish(section, narrative);
            part.Section.Add(section);
        }

        composition.Section.Add(part);
    }

    private void Precautions(F.Composition composition, EquatableArray<Precaution> precautions)
    {
        if (precautions.IsEmpty)
        {
            return;
        }

        var part = Section(SectionCodes.Precautions, "Precautions");
        for (var i = 0; i < precautions.Count; i++)
        {
            var precaution = precautions[i];
            var pointer = Pointers.Index("/precautions", i);
            var section = new F.Composition.SectionComponent();
            if (WireNames<PrecautionKind>.Of(precaution.Kind) is { } kind)
            {
                section.Code = new F.CodeableConcept(FhirUrls.PrecautionKindSystem, kind);
            }
            else
            {
                _losses.Add(Validation.IssueCodes.FhirValueNotCarried, pointer + "/kind", FhirMessages.ValueNotCarried(precaution.Kind.ToString(), "a precaution kind"));
            }

            section.Title = _losses.Text(precaution.Title, pointer + "/title");
            if (precaution.Subject is { } subject)
            {
                section.Extension.Add(new F.Extension(FhirUrls.PrecautionSubject, Concept(subject, pointer + "/subject")));
            }

            Statements(section.Extension, precaution.Points, pointer + "/points");
            Citations(section.Extension, precaution.Citations, pointer + "/citations");
            _losses.Unknown(precaution.UnknownMembers, pointer);
            Finish(section, new Narrative(_numbers)
                .Paragraph(precaution.Subject?.Text, "Subject")
                .Statements(precaution.Points)
                .Paragraph(precaution.Citations.IsEmpty ? null : "Sources", null).Citations(precaution.Citations));
            part.Section.Add(section);
        }

        composition.Section.Add(part);
    }

    private void FollowUp(F.Composition composition, FollowUpPlan? followUp)
    {
        if (followUp is null)
        {
            return;
        }

        var section = Section(SectionCodes.FollowUp, "Follow-up");
        AddString(section.Extension, FhirUrls.Introduction, followUp.Introduction, "/followUp/introduction");
        Statements(section.Extension, followUp.Points, "/followUp/points");
        _losses.Unknown(followUp.UnknownMembers, "/followUp");
        Finish(section, new Narrative(_numbers).Paragraph(followUp.Introduction).Statements(followUp.Points));
        composition.Section.Add(section);
    }

    private void OtherSections(F.Composition composition, EquatableArray<ArticleSection> sections)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var other = sections[i];
            var pointer = Pointers.Index("/otherSections", i);
            var section = Section(SectionCodes.Other, _losses.Text(other.Title, pointer + "/title"));
            AddString(section.Extension, FhirUrls.Introduction, other.Introduction, pointer + "/introduction");
            Statements(section.Extension, other.Points, pointer + "/points");
            _losses.Unknown(other.UnknownMembers, pointer);
            Finish(section, new Narrative(_numbers).Paragraph(other.Introduction).Statements(other.Points));
            composition.Section.Add(section);
        }
    }

    private void Disclaimer(F.Composition composition, string? disclaimer)
    {
        if (_losses.Text(disclaimer, "/disclaimer") is not { } text)
        {
            return;
        }

        composition.Extension.Add(new F.Extension(FhirUrls.Disclaimer, new F.FhirString(text)));
        var section = Section(SectionCodes.Disclaimer, "Disclaimer");
        Finish(section, new Narrative(_numbers).Paragraph(text));
        composition.Section.Add(section);
    }
}
