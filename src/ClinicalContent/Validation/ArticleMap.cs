using System.Globalization;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Validation;

/// <summary>
/// Every part of an article that rules look at, each with its JSON Pointer, collected in one walk in document order
/// (the order the writer puts members in).
/// </summary>
internal sealed class ArticleMap
{
    private static readonly Func<ReviewNotice, string?> s_noticeKey = static n => n.Text;
    private static readonly Func<ClinicalScenario, string?> s_scenarioKey = static s => s.Title;
    private static readonly Func<Precaution, string?> s_precautionKey = static s => s.Title;
    private static readonly Func<ArticleSection, string?> s_sectionKey = static s => s.Title;
    private static readonly Func<Reference, string?> s_referenceKey = static r => r.Id.Value;
    private static readonly Func<Statement, string?> s_statementKey = static s => s.Text;
    private static readonly Func<Citation, string?> s_citationKey = static c => c.ReferenceId.Value;
    private static readonly Func<TherapyOption, string?> s_optionKey = static o => o.Name;
    private static readonly Func<TherapyComponent, string?> s_componentKey = static _ => null;
    private static readonly Func<Dosage, string?> s_dosageKey = static d => d.Text;

    private readonly IListIndexMap? _indexes;
    private readonly Stack<(Statement Statement, string Pointer)> _pending = new();

    private ArticleMap(IListIndexMap? indexes) => _indexes = indexes;

    public List<Located<Statement>> Statements { get; } = [];

    public List<Located<Citation>> Citations { get; } = [];

    public List<Located<TherapyOption>> TherapyOptions { get; } = [];

    public List<Located<Dosage>> Dosages { get; } = [];

    public List<Located<ClinicalScenario>> Scenarios { get; } = [];

    public List<Located<Precaution>> Precautions { get; } = [];

    public List<Located<ArticleSection>> Sections { get; } = [];

    public List<Located<ReviewNotice>> Notices { get; } = [];

    public List<Located<Reference>> References { get; } = [];

    /// <summary>Walks an article once.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indexes">Translates model list positions into input list positions when the reader left broken
    /// elements out; null when they are the same.</param>
    public static ArticleMap Build(ClinicalArticle article, IListIndexMap? indexes)
    {
        var map = new ArticleMap(indexes);
        map.Walk(article);
        return map;
    }

    private void Walk(ClinicalArticle a)
    {
        Statement(a.Summary, "/summary");
        if (a.Review is { } review)
        {
            var notices = review.Notices;
            var positions = Positions(notices, string.Empty, "/review/notices", s_noticeKey, "text");
            for (var i = 0; i < notices.Count; i++)
            {
                if (notices[i] is { } notice)
                {
                    Notices.Add(new(notice, At(string.Empty, "/review/notices", positions, i)));
                }
            }
        }

        if (a.Diagnosis is { } diagnosis)
        {
            Points(diagnosis.Points, string.Empty, "/diagnosis/points");
        }

        if (a.FirstLineTherapy is { } firstLine)
        {
            Options(firstLine.Options, string.Empty, "/firstLineTherapy/options");
        }

        if (a.Alternatives is { } alternatives)
        {
            Options(alternatives.Options, string.Empty, "/alternatives/options");
        }

        var scenarios = a.SpecialScenarios;
        var scenarioPositions = Positions(scenarios, string.Empty, "/specialScenarios", s_scenarioKey, "title");
        for (var i = 0; i < scenarios.Count; i++)
        {
            if (scenarios[i] is { } scenario)
            {
                var p = At(string.Empty, "/specialScenarios", scenarioPositions, i);
                Scenarios.Add(new(scenario, p));
                Points(scenario.Points, p, "/points");
                Options(scenario.Therapies, p, "/therapies");
            }
        }

        var precautions = a.Precautions;
        var precautionPositions = Positions(precautions, string.Empty, "/precautions", s_precautionKey, "title");
        for (var i = 0; i < precautions.Count; i++)
        {
            if (precautions[i] is { } precaution)
            {
                var p = At(string.Empty, "/precautions", precautionPositions, i);
                Precautions.Add(new(precaution, p));
                Points(precaution.Points, p, "/points");
                CitationsOf(precaution.Citations, p, "/citations");
            }
        }

        if (a.FollowUp is { } followUp)
        {
            Points(followUp.Points, string.Empty, "/followUp/points");
        }

        var sections = a.OtherSections;
        var sectionPositions = Positions(sections, string.Empty, "/otherSections", s_sectionKey, "title");
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i] is { } section)
            {
                var p = At(string.Empty, "/otherSections", sectionPositions, i);
                Sections.Add(new(section, p));
                Points(section.Points, p, "/points");
            }
        }

        var references = a.References;
        var referencePositions = Positions(references, string.Empty, "/references", s_referenceKey, "id");
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i] is { } reference)
            {
                References.Add(new(reference, At(string.Empty, "/references", referencePositions, i)));
            }
        }
    }

    /// <summary>Visits a statement and every point under it in document order, without recursion: a model built in
    /// code may nest deeper than any JSON the reader accepts.</summary>
    private void Statement(Statement? statement, string pointer)
    {
        if (statement is null)
        {
            return;
        }

        // Never re-entered (nothing below calls back into Statement), so the work stack can be shared.
        var pending = _pending;
        pending.Push((statement, pointer));
        while (pending.TryPop(out var next))
        {
            var (current, at) = next;
            Statements.Add(new(current, at));
            CitationsOf(current.Citations, at, "/citations");
            var points = current.Points;
            var positions = Positions(points, at, "/points", s_statementKey, "text");
            for (var i = points.Count - 1; i >= 0; i--)
            {
                if (points[i] is { } point)
                {
                    pending.Push((point, At(at, "/points", positions, i)));
                }
            }
        }
    }

    private void Points(EquatableArray<Statement> points, string parent, string member)
    {
        var positions = Positions(points, parent, member, s_statementKey, "text");
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is { } point)
            {
                Statement(point, At(parent, member, positions, i));
            }
        }
    }

    private void CitationsOf(EquatableArray<Citation> citations, string parent, string member)
    {
        var positions = Positions(citations, parent, member, s_citationKey, "referenceId");
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i] is { } citation)
            {
                Citations.Add(new(citation, At(parent, member, positions, i)));
            }
        }
    }

    private void Options(EquatableArray<TherapyOption> options, string parent, string member)
    {
        var positions = Positions(options, parent, member, s_optionKey, "name");
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] is not { } option)
            {
                continue;
            }

            var p = At(parent, member, positions, i);
            TherapyOptions.Add(new(option, p));
            var components = option.Components;
            var componentPositions = Positions(components, p, "/components", s_componentKey, null);
            for (var c = 0; c < components.Count; c++)
            {
                if (components[c] is not { } component)
                {
                    continue;
                }

                var cp = At(p, "/components", componentPositions, c);
                var dosages = component.Dosages;
                var dosagePositions = Positions(dosages, cp, "/dosages", s_dosageKey, "text");
                for (var d = 0; d < dosages.Count; d++)
                {
                    if (dosages[d] is { } dosage)
                    {
                        Dosages.Add(new(dosage, At(cp, "/dosages", dosagePositions, d)));
                    }
                }
            }

            Points(option.Points, p, "/points");
            CitationsOf(option.Citations, p, "/citations");
        }
    }

    /// <summary>Where each element of a model list sits in its JSON array; null when at the same index.</summary>
    /// <remarks>The list's pointer is <paramref name="parent"/> followed by <paramref name="member"/>; it is built
    /// only when the reader left elements out.</remarks>
    private int[]? Positions<T>(EquatableArray<T> items, string parent, string member, Func<T, string?> key, string? keyMember)
        where T : class
        => items.IsEmpty || _indexes is null ? null : _indexes.Map(parent + member, items.AsImmutableArray(), key, keyMember);

    // Elements may be null only in a model built in code that bypassed nullability; every loop skips them.

    /// <summary>The pointer to element <paramref name="i"/> of the list at <paramref name="parent"/> + <paramref name="member"/>.</summary>
    private static string At(string parent, string member, int[]? positions, int i)
        => string.Concat(parent, member, "/", (positions is null ? i : positions[i]).ToString(CultureInfo.InvariantCulture));
}
