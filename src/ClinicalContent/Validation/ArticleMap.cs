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
    private readonly IListIndexMap? _indexes;

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
            EachIn(review.Notices, "/review/notices", static n => n.Text, "text", (notice, p) => Notices.Add(new(notice, p)));
        }

        if (a.Diagnosis is { } diagnosis)
        {
            Points(diagnosis.Points, "/diagnosis/points");
        }

        if (a.FirstLineTherapy is { } firstLine)
        {
            Options(firstLine.Options, "/firstLineTherapy/options");
        }

        if (a.Alternatives is { } alternatives)
        {
            Options(alternatives.Options, "/alternatives/options");
        }

        EachIn(a.SpecialScenarios, "/specialScenarios", static s => s.Title, "title", (scenario, p) =>
        {
            Scenarios.Add(new(scenario, p));
            Points(scenario.Points, p + "/points");
            Options(scenario.Therapies, p + "/therapies");
        });

        EachIn(a.Precautions, "/precautions", static s => s.Title, "title", (precaution, p) =>
        {
            Precautions.Add(new(precaution, p));
            Points(precaution.Points, p + "/points");
            CitationsOf(precaution.Citations, p + "/citations");
        });

        if (a.FollowUp is { } followUp)
        {
            Points(followUp.Points, "/followUp/points");
        }

        EachIn(a.OtherSections, "/otherSections", static s => s.Title, "title", (section, p) =>
        {
            Sections.Add(new(section, p));
            Points(section.Points, p + "/points");
        });

        EachIn(a.References, "/references", static r => r.Id.Value, "id", (reference, p) => References.Add(new(reference, p)));
    }

    /// <summary>Visits a statement and every point under it in document order, without recursion: a model built in
    /// code may nest deeper than any JSON the reader accepts.</summary>
    private void Statement(Statement? statement, string pointer)
    {
        if (statement is null)
        {
            return;
        }

        var pending = new Stack<(Statement Statement, string Pointer)>();
        pending.Push((statement, pointer));
        var children = new List<(Statement, string)>();
        while (pending.TryPop(out var next))
        {
            var (current, at) = next;
            Statements.Add(new(current, at));
            CitationsOf(current.Citations, at + "/citations");
            children.Clear();
            EachIn(current.Points, at + "/points", static s => s.Text, "text", (point, p) => children.Add((point, p)));
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    private void Points(EquatableArray<Statement> points, string pointer)
        => EachIn(points, pointer, static s => s.Text, "text", Statement);

    private void CitationsOf(EquatableArray<Citation> citations, string pointer)
        => EachIn(citations, pointer, static c => c.ReferenceId.Value, "referenceId", (citation, p) => Citations.Add(new(citation, p)));

    private void Options(EquatableArray<TherapyOption> options, string pointer)
        => EachIn(options, pointer, static o => o.Name, "name", (option, p) =>
        {
            TherapyOptions.Add(new(option, p));
            EachIn(option.Components, p + "/components", static _ => null, null, (component, cp) =>
                EachIn(component.Dosages, cp + "/dosages", static d => d.Text, "text", (dosage, dp) => Dosages.Add(new(dosage, dp))));
            Points(option.Points, p + "/points");
            CitationsOf(option.Citations, p + "/citations");
        });

    private void EachIn<T>(EquatableArray<T> items, string pointer, Func<T, string?> key, string? keyMember, Action<T, string> visit)
        where T : class
    {
        if (items.IsEmpty)
        {
            return;
        }

        var positions = _indexes?.Map(pointer, items.AsImmutableArray(), key, keyMember);
        for (var i = 0; i < items.Count; i++)
        {
            // Elements may be null only in a model built in code that bypassed nullability; skip them.
            if (items[i] is { } item)
            {
                var index = positions is null ? i : positions[i];
                visit(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
