using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Validation;

/// <summary>
/// What a rule gets besides the article: where to report issues, the clock and the options, and the article's
/// parts each located by JSON Pointer.
/// </summary>
/// <remarks>
/// <para>One context serves one validation; rules run one after another on it, never at the same time. Pointers
/// use the wire names and list indexes of the JSON form (<c>/firstLineTherapy/options/0/points/1/citations/0</c>);
/// take them from the located lists (<see cref="Statements"/>, <see cref="Citations"/> …) rather than building
/// them from list positions, because they stay exact even when the reader had to leave a broken element out.</para>
/// <para>The located lists are in document order and include nested points at every depth.</para>
/// </remarks>
public sealed class ArticleRuleContext
{
    private readonly ArticleMap _map;
    private readonly List<ValidationIssue> _issues;
    private HashSet<string>? _referenceIds;

    internal ArticleRuleContext(ArticleValidatorOptions options, ArticleMap map, List<ValidationIssue> issues)
    {
        Options = options;
        _map = map;
        _issues = issues;
        Today = DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime);
    }

    /// <summary>The options of the validation.</summary>
    public ArticleValidatorOptions Options { get; }

    /// <summary>The clock rules must use instead of the system time; <see cref="ArticleValidatorOptions.TimeProvider"/>.</summary>
    public TimeProvider TimeProvider => Options.TimeProvider;

    /// <summary>Today's date in UTC according to <see cref="TimeProvider"/>, read once per validation.</summary>
    public DateOnly Today { get; }

    /// <summary>Every statement — the summary and every point at any depth, in every part — with its pointer.</summary>
    public IReadOnlyList<Located<Statement>> Statements => _map.Statements;

    /// <summary>Every citation — of statements, therapy options and precautions — with its pointer.</summary>
    public IReadOnlyList<Located<Citation>> Citations => _map.Citations;

    /// <summary>Every therapy option — first-line, alternatives and scenario therapies — with its pointer.</summary>
    public IReadOnlyList<Located<TherapyOption>> TherapyOptions => _map.TherapyOptions;

    /// <summary>Every dosage of every therapy component, with its pointer.</summary>
    public IReadOnlyList<Located<Dosage>> Dosages => _map.Dosages;

    /// <summary>Every special scenario, with its pointer.</summary>
    public IReadOnlyList<Located<ClinicalScenario>> Scenarios => _map.Scenarios;

    /// <summary>Every precaution, with its pointer.</summary>
    public IReadOnlyList<Located<Precaution>> Precautions => _map.Precautions;

    /// <summary>Every other section, with its pointer.</summary>
    public IReadOnlyList<Located<ArticleSection>> Sections => _map.Sections;

    /// <summary>Every review notice, with its pointer.</summary>
    public IReadOnlyList<Located<ReviewNotice>> Notices => _map.Notices;

    /// <summary>Every reference, with its pointer.</summary>
    public IReadOnlyList<Located<Reference>> References => _map.References;

    /// <summary>The ids of the listed references, for the citation rules.</summary>
    internal HashSet<string> ReferenceIds
    {
        get
        {
            if (_referenceIds is null)
            {
                _referenceIds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var reference in _map.References)
                {
                    _referenceIds.Add(reference.Value.Id.Value);
                }
            }

            return _referenceIds;
        }
    }

    /// <summary>Reports one issue.</summary>
    /// <param name="code">The issue's stable code, such as <c>CC4001</c> or your own.</param>
    /// <param name="defaultSeverity">The severity unless <see cref="ArticleValidatorOptions.SeverityOverrides"/> names the code.</param>
    /// <param name="pointer">The RFC 6901 JSON Pointer to the offending value; <c>""</c> is the article.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or empty,
    /// <paramref name="pointer"/> is not a JSON Pointer, or <paramref name="defaultSeverity"/> is not defined.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
    public void Report(string code, IssueSeverity defaultSeverity, string pointer, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentNullException.ThrowIfNull(pointer);
        if (!JsonPointers.IsValid(pointer))
        {
            throw new ArgumentException("The pointer must be empty or start with '/', with '~' only in '~0' and '~1'.", nameof(pointer));
        }

        if (!Enum.IsDefined(defaultSeverity))
        {
            throw new ArgumentException("The severity is not a defined IssueSeverity value.", nameof(defaultSeverity));
        }

        _issues.Add(new ValidationIssue { Code = code, Severity = defaultSeverity, Pointer = pointer, Message = message });
    }

    /// <summary>The pointer to a member of the value at <paramref name="pointer"/>, with <c>~</c> and <c>/</c> in the name escaped.</summary>
    /// <param name="pointer">The parent's pointer.</param>
    /// <param name="member">The member's wire name, such as <c>referenceId</c>.</param>
    /// <returns>The combined pointer, such as <c>/summary/citations/0/referenceId</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> or <paramref name="member"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
    public static string Combine(string pointer, string member)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(member);
        return JsonPointers.Append(pointer, member);
    }
}
