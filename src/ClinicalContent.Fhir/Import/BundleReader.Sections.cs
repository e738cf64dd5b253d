using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Import;

internal sealed partial class BundleReader
{
    /// <summary>The parts read from the Composition's sections.</summary>
    private sealed class Parts
    {
        public Statement? Summary { get; set; }
        public DiagnosticApproach? Diagnosis { get; set; }
        public TherapySection? FirstLineTherapy { get; set; }
        public TherapySection? Alternatives { get; set; }
        public EquatableArray<ClinicalScenario> SpecialScenarios { get; set; }
        public EquatableArray<Precaution> Precautions { get; set; }
        public FollowUpPlan? FollowUp { get; set; }
        public EquatableArray<ArticleSection> OtherSections { get; set; }
        public EquatableArray<Reference> References { get; set; }
    }

    private const string PartCodes = "'summary', 'diagnosis', 'first-line-therapy', 'alternatives', 'special-scenarios', 'precautions', 'follow-up', 'other', 'references' or 'disclaimer'";

    private static readonly string[] s_sectionElements = ["extension", "title", "code", "text", "entry", "section", "emptyReason"];

    private Parts Sections(F.Composition composition, string at)
    {
        var parts = new Parts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var others = new List<ArticleSection>();
        for (var i = 0; i < composition.Section.Count; i++)
        {
            var section = composition.Section[i];
            var pointer = Pointers.Index(at + "/section", i);
            var code = SectionCode(section, FhirUrls.SectionSystem);
            if (code is not (SectionCodes.Other or null) && !seen.Add(code))
            {
                Error(IssueCodes.FhirSectionUnknown, pointer + "/code", FhirMessages.SectionRepeated(code));
                continue;
            }

            Unread(section, pointer, s_sectionElements);
            switch (code)
            {
                case SectionCodes.Summary: parts.Summary = Summary(section, pointer); break;
                case SectionCodes.Diagnosis: parts.Diagnosis = Diagnosis(section, pointer); break;
                case SectionCodes.FirstLineTherapy: parts.FirstLineTherapy = TherapyPart(section, pointer); break;
                case SectionCodes.Alternatives: parts.Alternatives = TherapyPart(section, pointer); break;
                case SectionCodes.SpecialScenarios: parts.SpecialScenarios = Scenarios(section, pointer); break;
                case SectionCodes.Precautions: parts.Precautions = Precautions(section, pointer); break;
                case SectionCodes.FollowUp: parts.FollowUp = FollowUp(section, pointer); break;
                case SectionCodes.Other:
                    if (Other(section, pointer) is { } other)
                    {
                        others.Add(other);
                    }

                    break;
                case SectionCodes.References: parts.References = References(section, pointer); break;
                case SectionCodes.Disclaimer:
                    // Narrative only: the text rides on the Composition's disclaimer extension.
                    SectionExtensions(section, pointer, null, null, null);
                    NoEntries(section, pointer);
                    NoSubsections(section, pointer);
                    break;
                default: Error(IssueCodes.FhirSectionUnknown, pointer + "/code", FhirMessages.SectionUnknown(code, PartCodes)); break;
            }
        }

        parts.OtherSections = others.ToEquatableArray();
        return parts;
    }

    private static string? SectionCode(F.Composition.SectionComponent section, string system)
        => section.Code?.Coding.FirstOrDefault(c => c.System == system)?.Code;

    /// <summary>Reads the section's extensions: statements, an introduction and citations go to the lists given; <paramref name="other"/>
    /// handles the part's own extensions and returns false for an extension it does not know.</summary>
    private void SectionExtensions(
        F.Composition.SectionComponent section,
        string pointer,
        List<Statement>? statements,
        Action<string?>? introduction,
        List<Citation>? citations,
        Func<F.Extension, string, bool>? other = null)
    {
        for (var i = 0; i < section.Extension.Count; i++)
        {
            var extension = section.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            if (extension.Url == FhirUrls.Statement && statements is not null)
            {
                if (Statement(extension, at, 1) is { } statement)
                {
                    statements.Add(statement);
                }
            }
            else if (extension.Url == FhirUrls.Introduction && introduction is not null)
            {
                introduction(String(extension, at));
            }
            else if (extension.Url == FhirUrls.Citation && citations is not null)
            {
                if (Citation(extension, at) is { } citation)
                {
                    citations.Add(citation);
                }
            }
            else if (other?.Invoke(extension, at) != true)
            {
                NotRead(at, "The extension '" + extension.Url + "'");
            }
        }
    }

    private Statement? Summary(F.Composition.SectionComponent section, string pointer)
    {
        var statements = new List<Statement>();
        SectionExtensions(section, pointer, statements, null, null);
        NoEntries(section, pointer);
        NoSubsections(section, pointer);
        if (statements.Count > 1)
        {
            NotRead(pointer + "/extension", "A second summary statement");
        }

        return Required(statements.FirstOrDefault(), pointer + "/extension", "The summary statement (extension " + FhirUrls.Statement + ")")
            ? statements[0]
            : null;
    }

    private DiagnosticApproach Diagnosis(F.Composition.SectionComponent section, string pointer)
    {
        string? introduction = null;
        var points = new List<Statement>();
        var causes = new List<CodedConcept>();
        var differentials = new List<CodedConcept>();
        SectionExtensions(section, pointer, points, value => introduction = value, null, (extension, at) =>
        {
            var list = extension.Url switch
            {
                FhirUrls.DiagnosisCause => causes,
                FhirUrls.DiagnosisDifferential => differentials,
                _ => null,
            };
            if (list is not null && Concept(extension, at) is { } concept)
            {
                list.Add(concept);
            }

            return list is not null;
        });
        NoEntries(section, pointer);
        NoSubsections(section, pointer);
        return new DiagnosticApproach
        {
            Introduction = introduction,
            Points = points.ToEquatableArray(),
            CausesToEvaluate = causes.ToEquatableArray(),
            Differentials = differentials.ToEquatableArray(),
        };
    }

    private EquatableArray<ClinicalScenario> Scenarios(F.Composition.SectionComponent part, string pointer)
    {
        SectionExtensions(part, pointer, null, null, null);
        NoEntries(part, pointer);
        var scenarios = new List<ClinicalScenario>();
        for (var i = 0; i < part.Section.Count; i++)
        {
            var section = part.Section[i];
            var at = Pointers.Index(pointer + "/section", i);
            Unread(section, at, s_sectionElements);
            if (SectionCode(section, FhirUrls.SectionSystem) != SectionCodes.Scenario)
            {
                Error(IssueCodes.FhirSectionUnknown, at + "/code", FhirMessages.SectionUnknown(SectionCode(section, FhirUrls.SectionSystem), "'scenario'"));
                continue;
            }

            string? population = null;
            var points = new List<Statement>();
            SectionExtensions(section, at, points, null, null, (extension, extensionAt) =>
            {
                if (extension.Url != FhirUrls.ScenarioPopulation)
                {
                    return false;
                }

                population = String(extension, extensionAt);
                return true;
            });
            var therapies = Plan(section, at);
            NoSubsections(section, at);
            if (Required(section.Title, at + "/title", "The scenario's title (section.title)"))
            {
                scenarios.Add(new ClinicalScenario { Title = section.Title!, Population = population, Points = points.ToEquatableArray(), Therapies = therapies });
            }
        }

        return scenarios.ToEquatableArray();
    }

    private EquatableArray<Precaution> Precautions(F.Composition.SectionComponent part, string pointer)
    {
        SectionExtensions(part, pointer, null, null, null);
        NoEntries(part, pointer);
        var precautions = new List<Precaution>();
        for (var i = 0; i < part.Section.Count; i++)
        {
            var section = part.Section[i];
            var at = Pointers.Index(pointer + "/section", i);
            Unread(section, at, s_sectionElements);
            var code = SectionCode(section, FhirUrls.PrecautionKindSystem);
            if (!WireNames<PrecautionKind>.TryParse(code, out var kind))
            {
                Error(IssueCodes.FhirSectionUnknown, at + "/code", FhirMessages.SectionUnknown(code, "a precaution kind: " + WireNames<PrecautionKind>.Expected));
                continue;
            }

            CodedConcept? subject = null;
            var points = new List<Statement>();
            var citations = new List<Citation>();
            SectionExtensions(section, at, points, null, citations, (extension, extensionAt) =>
            {
                if (extension.Url != FhirUrls.PrecautionSubject)
                {
                    return false;
                }

                subject = Concept(extension, extensionAt);
                return true;
            });
            NoEntries(section, at);
            NoSubsections(section, at);
            if (Required(section.Title, at + "/title", "The precaution's title (section.title)"))
            {
                precautions.Add(new Precaution
                {
                    Kind = kind,
                    Title = section.Title!,
                    Subject = subject,
                    Points = points.ToEquatableArray(),
                    Citations = citations.ToEquatableArray(),
                });
            }
        }

        return precautions.ToEquatableArray();
    }

    private FollowUpPlan FollowUp(F.Composition.SectionComponent section, string pointer)
    {
        string? introduction = null;
        var points = new List<Statement>();
        SectionExtensions(section, pointer, points, value => introduction = value, null);
        NoEntries(section, pointer);
        NoSubsections(section, pointer);
        return new FollowUpPlan { Introduction = introduction, Points = points.ToEquatableArray() };
    }

    private ArticleSection? Other(F.Composition.SectionComponent section, string pointer)
    {
        string? introduction = null;
        var points = new List<Statement>();
        SectionExtensions(section, pointer, points, value => introduction = value, null);
        NoEntries(section, pointer);
        NoSubsections(section, pointer);
        return Required(section.Title, pointer + "/title", "The section's title (section.title)")
            ? new ArticleSection { Title = section.Title!, Introduction = introduction, Points = points.ToEquatableArray() }
            : null;
    }

    private void NoEntries(F.Composition.SectionComponent section, string pointer)
    {
        for (var i = 0; i < section.Entry.Count; i++)
        {
            NotRead(Pointers.Index(pointer + "/entry", i), "An entry of this section");
        }
    }

    private void NoSubsections(F.Composition.SectionComponent section, string pointer)
    {
        for (var i = 0; i < section.Section.Count; i++)
        {
            NotRead(Pointers.Index(pointer + "/section", i), "A sub-section of this section");
        }
    }

    // ---- statements and citations -------------------------------------------------------------------------------

    private Statement? Statement(F.Extension extension, string pointer, int depth)
    {
        if (depth > MaxStatementDepth)
        {
            Error(IssueCodes.FhirNestingTooDeep, pointer, FhirMessages.NestingTooDeep(MaxStatementDepth));
            return null;
        }

        string? text = null;
        var citations = new List<Citation>();
        var points = new List<Statement>();
        NoValue(extension, pointer);
        for (var i = 0; i < extension.Extension.Count; i++)
        {
            var part = extension.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (part.Url)
            {
                case "text": text = String(part, at); break;
                case "citation":
                    if (Citation(part, at) is { } citation)
                    {
                        citations.Add(citation);
                    }

                    break;
                case "point":
                    if (Statement(part, at, depth + 1) is { } point)
                    {
                        points.Add(point);
                    }

                    break;
                default: NotRead(at, "The statement extension '" + part.Url + "'"); break;
            }
        }

        return Required(text, pointer, "The statement's text (sub-extension 'text')")
            ? new Statement { Text = text!, Citations = citations.ToEquatableArray(), Points = points.ToEquatableArray() }
            : null;
    }

    private Citation? Citation(F.Extension extension, string pointer)
    {
        string? referenceId = null, locator = null;
        NoValue(extension, pointer);
        for (var i = 0; i < extension.Extension.Count; i++)
        {
            var part = extension.Extension[i];
            var at = Pointers.Index(pointer + "/extension", i);
            switch (part.Url)
            {
                case "referenceId": referenceId = String(part, at); break;
                case "locator": locator = String(part, at); break;
                default: NotRead(at, "The citation extension '" + part.Url + "'"); break;
            }
        }

        return Required(referenceId, pointer, "The cited reference id (sub-extension 'referenceId')")
            ? new Citation { ReferenceId = new ReferenceId(referenceId!), Locator = locator }
            : null;
    }

    /// <summary>A complex extension has sub-extensions and no value of its own.</summary>
    private void NoValue(F.Extension extension, string pointer)
    {
        if (extension.Value is not null)
        {
            NotRead(pointer + "/value" + Capitalize(extension.Value.TypeName), "The value of a complex extension");
        }
    }

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
