using ClinicalContent.Model;
using ClinicalContent.Model.Collections;

namespace ClinicalContent.Tests.Serialization;

/// <summary>
/// Lists the JSON Pointer of every unknown member in an article, in the order the writer puts them in the
/// document: each object's nested members first (in declaration order), then its own unknown members.
/// </summary>
internal static class UnknownMemberLocator
{
    public static List<string> Pointers(ClinicalArticle article)
    {
        var pointers = new List<string>();
        Article(article, pointers);
        return pointers;
    }

    private static void Article(ClinicalArticle a, List<string> l)
    {
        Statement(a.Summary, "/summary", l);
        CodedConcept(a.Condition, "/condition", l);
        Review(a.Review, "/review", l);
        if (a.Diagnosis is { } d)
        {
            Each(d.Points, "/diagnosis/points", Statement, l);
            Each(d.CausesToEvaluate, "/diagnosis/causesToEvaluate", CodedConcept, l);
            Each(d.Differentials, "/diagnosis/differentials", CodedConcept, l);
            Own(d.UnknownMembers, "/diagnosis", l);
        }

        if (a.FirstLineTherapy is { } firstLine)
        {
            TherapySection(firstLine, "/firstLineTherapy", l);
        }

        if (a.Alternatives is { } alternatives)
        {
            TherapySection(alternatives, "/alternatives", l);
        }

        Each(a.SpecialScenarios, "/specialScenarios", Scenario, l);
        Each(a.Precautions, "/precautions", Precaution, l);
        if (a.FollowUp is { } followUp)
        {
            Each(followUp.Points, "/followUp/points", Statement, l);
            Own(followUp.UnknownMembers, "/followUp", l);
        }

        Each(a.OtherSections, "/otherSections", Section, l);
        Each(a.References, "/references", Reference, l);
        Own(a.UnknownMembers, string.Empty, l);
    }

    private static void Statement(Statement s, string p, List<string> l)
    {
        Each(s.Citations, p + "/citations", Citation, l);
        Each(s.Points, p + "/points", Statement, l);
        Own(s.UnknownMembers, p, l);
    }

    private static void Citation(Citation c, string p, List<string> l) => Own(c.UnknownMembers, p, l);

    private static void CodedConcept(CodedConcept c, string p, List<string> l)
    {
        Each(c.Codings, p + "/codings", static (coding, cp, cl) => Own(coding.UnknownMembers, cp, cl), l);
        Own(c.UnknownMembers, p, l);
    }

    private static void Review(ReviewInfo r, string p, List<string> l)
    {
        Each(r.Reviewers, p + "/reviewers", static (person, pp, pl) => Own(person.UnknownMembers, pp, pl), l);
        Each(r.Notices, p + "/notices", static (notice, np, nl) => Own(notice.UnknownMembers, np, nl), l);
        Own(r.UnknownMembers, p, l);
    }

    private static void TherapySection(TherapySection s, string p, List<string> l)
    {
        Each(s.Options, p + "/options", TherapyOption, l);
        Own(s.UnknownMembers, p, l);
    }

    private static void TherapyOption(TherapyOption t, string p, List<string> l)
    {
        Each(t.Components, p + "/components", Component, l);
        if (t.Efficacy is { } efficacy)
        {
            Own(efficacy.UnknownMembers, p + "/efficacy", l);
        }

        if (t.Evidence is { } evidence)
        {
            Own(evidence.UnknownMembers, p + "/evidence", l);
        }

        Each(t.Points, p + "/points", Statement, l);
        Each(t.Citations, p + "/citations", Citation, l);
        Own(t.UnknownMembers, p, l);
    }

    private static void Component(TherapyComponent c, string p, List<string> l)
    {
        CodedConcept(c.Drug, p + "/drug", l);
        Each(c.Dosages, p + "/dosages", Dosage, l);
        Own(c.UnknownMembers, p, l);
    }

    private static void Dosage(Dosage d, string p, List<string> l)
    {
        if (d.Dose is { } dose)
        {
            Own(dose.UnknownMembers, p + "/dose", l);
        }

        if (d.Route is { } route)
        {
            CodedConcept(route, p + "/route", l);
        }

        if (d.Timing is { } timing)
        {
            if (timing.Offset is { } offset)
            {
                Own(offset.UnknownMembers, p + "/timing/offset", l);
            }

            Own(timing.UnknownMembers, p + "/timing", l);
        }

        if (d.MaximumDose is { } maximum)
        {
            Own(maximum.Amount.UnknownMembers, p + "/maximumDose/amount", l);
            Own(maximum.Period.UnknownMembers, p + "/maximumDose/period", l);
            Own(maximum.UnknownMembers, p + "/maximumDose", l);
        }

        Own(d.UnknownMembers, p, l);
    }

    private static void Scenario(ClinicalScenario s, string p, List<string> l)
    {
        Each(s.Points, p + "/points", Statement, l);
        Each(s.Therapies, p + "/therapies", TherapyOption, l);
        Own(s.UnknownMembers, p, l);
    }

    private static void Precaution(Precaution pr, string p, List<string> l)
    {
        if (pr.Subject is { } subject)
        {
            CodedConcept(subject, p + "/subject", l);
        }

        Each(pr.Points, p + "/points", Statement, l);
        Each(pr.Citations, p + "/citations", Citation, l);
        Own(pr.UnknownMembers, p, l);
    }

    private static void Section(ArticleSection s, string p, List<string> l)
    {
        Each(s.Points, p + "/points", Statement, l);
        Own(s.UnknownMembers, p, l);
    }

    private static void Reference(Reference r, string p, List<string> l)
    {
        Each(r.Authors, p + "/authors", static (author, ap, al) => Own(author.UnknownMembers, ap, al), l);
        Own(r.UnknownMembers, p, l);
    }

    private static void Each<T>(EquatableArray<T> items, string p, Action<T, string, List<string>> visit, List<string> l)
    {
        for (var i = 0; i < items.Count; i++)
        {
            visit(items[i], JsonPointer.Append(p, i), l);
        }
    }

    private static void Own(UnknownMembers? unknown, string p, List<string> l)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var (name, _) in unknown)
        {
            l.Add(JsonPointer.Append(p, name));
        }
    }
}
