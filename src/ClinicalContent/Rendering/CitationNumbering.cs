using System.Diagnostics.CodeAnalysis;
using ClinicalContent.Model;

namespace ClinicalContent.Rendering;

/// <summary>
/// The numbers readers see for an article's references: cited references are numbered 1, 2, 3… by their first
/// citation in document order, then listed references that nothing cites follow in list order.
/// </summary>
/// <remarks>
/// Numbers are derived at render time and never stored (see <see cref="Citation"/>). A citation to a reference
/// the article does not list still gets a number, so renderers can show it as missing instead of dropping it.
/// Document order is the order renderers write the parts in; <see cref="Citations(ClinicalArticle)"/> is the one
/// definition of it, so every renderer that walks the article in that order sees the numbers in ascending order
/// of first appearance. Immutable once created, and therefore safe to share between threads.
/// </remarks>
internal sealed class CitationNumbering
{
    private readonly Dictionary<ReferenceId, int> _numbers;
    private readonly Dictionary<ReferenceId, Reference> _listed;

    private CitationNumbering(Dictionary<ReferenceId, int> numbers, Dictionary<ReferenceId, Reference> listed, ReferenceId[] ordered)
    {
        _numbers = numbers;
        _listed = listed;
        Ordered = ordered;
    }

    /// <summary>Every numbered reference id, index <c>n - 1</c> holding number <c>n</c>; includes cited ids the article does not list.</summary>
    public IReadOnlyList<ReferenceId> Ordered { get; }

    /// <summary>Numbers the references of <paramref name="article"/>.</summary>
    public static CitationNumbering Create(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var numbers = new Dictionary<ReferenceId, int>();
        var ordered = new List<ReferenceId>();
        foreach (var citation in Citations(article))
        {
            if (numbers.TryAdd(citation.ReferenceId, ordered.Count + 1))
            {
                ordered.Add(citation.ReferenceId);
            }
        }

        var listed = new Dictionary<ReferenceId, Reference>();
        foreach (var reference in article.References)
        {
            // The first definition of a duplicated id wins; the validator reports the duplicate.
            if (reference is not null && listed.TryAdd(reference.Id, reference) && numbers.TryAdd(reference.Id, ordered.Count + 1))
            {
                ordered.Add(reference.Id);
            }
        }

        return new CitationNumbering(numbers, listed, [.. ordered]);
    }

    /// <summary>The number shown for <paramref name="id"/>, or 0 when nothing cites or lists it.</summary>
    public int NumberOf(ReferenceId id) => _numbers.GetValueOrDefault(id);

    /// <summary>The listed reference with <paramref name="id"/>; false when the article cites an id it does not list.</summary>
    public bool TryGetReference(ReferenceId id, [NotNullWhen(true)] out Reference? reference) => _listed.TryGetValue(id, out reference);

    /// <summary>Every citation of the article in document order: the order in which renderers write them.</summary>
    /// <remarks>Summary; diagnosis points; first-line and alternative options (description citations, then
    /// points); special scenarios (points, then therapies); precautions (title citations, then points);
    /// follow-up points; other sections. A statement's own citations come before those of its nested points.</remarks>
    public static IEnumerable<Citation> Citations(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var citations = new List<Citation>();
        AddStatement(citations, article.Summary);
        if (article.Diagnosis is { } diagnosis)
        {
            AddStatements(citations, diagnosis.Points);
        }

        AddTherapies(citations, article.FirstLineTherapy?.Options ?? default);
        AddTherapies(citations, article.Alternatives?.Options ?? default);
        foreach (var scenario in article.SpecialScenarios)
        {
            if (scenario is null)
            {
                continue;
            }

            AddStatements(citations, scenario.Points);
            AddTherapies(citations, scenario.Therapies);
        }

        foreach (var precaution in article.Precautions)
        {
            if (precaution is null)
            {
                continue;
            }

            AddCitations(citations, precaution.Citations);
            AddStatements(citations, precaution.Points);
        }

        if (article.FollowUp is { } followUp)
        {
            AddStatements(citations, followUp.Points);
        }

        foreach (var section in article.OtherSections)
        {
            if (section is not null)
            {
                AddStatements(citations, section.Points);
            }
        }

        return citations;
    }

    private static void AddTherapies(List<Citation> citations, EquatableArray<TherapyOption> options)
    {
        foreach (var option in options)
        {
            if (option is null)
            {
                continue;
            }

            AddCitations(citations, option.Citations);
            AddStatements(citations, option.Points);
        }
    }

    private static void AddStatements(List<Citation> citations, EquatableArray<Statement> statements)
    {
        foreach (var statement in statements)
        {
            AddStatement(citations, statement);
        }
    }

    private static void AddStatement(List<Citation> citations, Statement? statement)
    {
        if (statement is null)
        {
            return;
        }

        AddCitations(citations, statement.Citations);
        AddStatements(citations, statement.Points);
    }

    private static void AddCitations(List<Citation> citations, EquatableArray<Citation> source)
    {
        foreach (var citation in source)
        {
            if (citation is not null)
            {
                citations.Add(citation);
            }
        }
    }
}
