using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation.Rules;

namespace ClinicalContent.Validation;

/// <summary>
/// Validates articles: JSON input through every layer at once — syntax and shape (CC1xxx), the published schema
/// (CC2xxx), content rules (CC3xxx) and references and citations (CC4xxx) — or a built <see cref="ClinicalArticle"/>
/// through the rules alone. Every issue has a code, a severity, a JSON Pointer, a message and, for JSON input, a
/// line and column.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: create one (or use <see cref="Default"/>) and share it. Bad content never
/// throws; it becomes issues.</para>
/// <para>The layers overlap — a missing required member is both the reader's CC1005 and the schema's
/// <c>required</c> — and the report says each thing once: a schema error is dropped when the reader already
/// reported the same value (or, for a failed <c>anyOf</c>/<c>oneOf</c>/<c>not</c>, something inside it), and a
/// schema range or length error is dropped when a content rule reports the same value with a clinical message.
/// Schema errors the other layers did not catch — patterns, lengths, ranges, uniqueness — are always reported.
/// See docs/decisions/0005-validation-layers.md.</para>
/// </remarks>
public sealed class ArticleValidator
{
    private static readonly FrozenSet<string> s_syntaxFailures = new[]
    {
        IssueCodes.JsonSyntaxError, IssueCodes.MaxDepthExceeded, IssueCodes.DocumentTooLarge, IssueCodes.EmptyDocument,
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly IArticleRule[] s_builtInRules =
    [
        new DoseRangeRule(),            // CC3001
        new DosePositiveRule(),         // CC3002
        new UnitRule(),                 // CC3003
        new ApprovedReviewerRule(),     // CC3004
        new ApprovalDateRule(),         // CC3005
        new ApprovedNoticeRule(),       // CC3006
        new PendingNoticeRule(),        // CC3007
        new FutureDateRule(),           // CC3008
        new ApprovalCurrencyRule(),     // CC3009
        new EmptyPartRule(),            // CC3010
        new DuplicateStatementRule(),   // CC3011
        new OffsetRangeRule(),          // CC3012
        new TimingRule(),               // CC3013
        new CitationResolvesRule(),     // CC4001
        new ReferenceCitedRule(),       // CC4002
        new UniqueReferenceIdRule(),    // CC4003
        new PrecautionSupportRule(),    // CC4004
        new DominantReferenceRule(),    // CC4005
        new NumberCitationRule(),       // CC4006
    ];

    private readonly IArticleRule[] _rules;
    private readonly FrozenDictionary<string, IssueSeverity> _overrides;
    private readonly FrozenSet<string> _suppressed;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Settings; <see cref="ArticleValidatorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">An additional rule is null; a code in
    /// <see cref="ArticleValidatorOptions.SeverityOverrides"/> or <see cref="ArticleValidatorOptions.SuppressedCodes"/>
    /// is neither a code of <see cref="IssueCodes"/> nor declared by an additional rule; or an override's severity is not
    /// a defined <see cref="IssueSeverity"/>.</exception>
    public ArticleValidator(ArticleValidatorOptions? options = null)
    {
        Options = options ?? ArticleValidatorOptions.Default;
        var known = new HashSet<string>(IssueCatalog.All, StringComparer.Ordinal);
        var rules = new List<IArticleRule>(s_builtInRules);
        foreach (var rule in Options.AdditionalRules)
        {
            if (rule is null)
            {
                throw new ArgumentException("An additional rule is null.", nameof(options));
            }

            rules.Add(rule);
            foreach (var code in rule.Codes ?? [])
            {
                if (!string.IsNullOrEmpty(code))
                {
                    known.Add(code);
                }
            }
        }

        _rules = [.. rules];
        var overrides = new Dictionary<string, IssueSeverity>(StringComparer.Ordinal);
        foreach (var (code, severity) in Options.SeverityOverrides)
        {
            if (code is null || !known.Contains(code))
            {
                throw new ArgumentException($"'{code}' in SeverityOverrides is not a known issue code; see docs/issue-codes.md.", nameof(options));
            }

            if (!Enum.IsDefined(severity))
            {
                throw new ArgumentException($"The severity for '{code}' in SeverityOverrides is not a defined IssueSeverity value.", nameof(options));
            }

            overrides[code] = severity;
        }

        foreach (var code in Options.SuppressedCodes)
        {
            if (code is null || !known.Contains(code))
            {
                throw new ArgumentException($"'{code}' in SuppressedCodes is not a known issue code; see docs/issue-codes.md.", nameof(options));
            }
        }

        _overrides = overrides.ToFrozenDictionary(StringComparer.Ordinal);
        _suppressed = Options.SuppressedCodes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>A validator with <see cref="ArticleValidatorOptions.Default"/> settings.</summary>
    public static ArticleValidator Default { get; } = new();

    /// <summary>The settings this validator was created with.</summary>
    public ArticleValidatorOptions Options { get; }

    /// <summary>Validates UTF-8 JSON through every layer.</summary>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte order mark is skipped with a warning (CC1017).</param>
    /// <returns>Every issue, in document order, and the article when one could be read.</returns>
    public ValidationReport Validate(ReadOnlySpan<byte> utf8Json)
    {
        var read = ArticleReader.Read(utf8Json, Options.JsonOptions);
        return ValidateRead(utf8Json, read);
    }

    /// <summary>Validates JSON text through every layer.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>Every issue, in document order, and the article when one could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ValidationReport Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Utf16Text.ReadAsUtf8(
            json,
            this,
            static (utf8, validator) => validator.Validate(utf8),
            prefix => Finish(ArticleReader.InvalidText(prefix).Issues, [], null));
    }

    /// <summary>Validates a stream of UTF-8 JSON, read to its end, through every layer.</summary>
    /// <param name="utf8Json">The stream; read to the end and left open.</param>
    /// <returns>Every issue, in document order, and the article when one could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ValidationReport Validate(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBuffer();
        return buffer.Fill(utf8Json, Options.JsonOptions.MaxDocumentLength)
            ? Validate(buffer.WrittenSpan)
            : Finish(ArticleReader.TooLarge(Options.JsonOptions).Issues, [], null);
    }

    /// <summary>Validates a stream of UTF-8 JSON, read to its end without blocking, through every layer.</summary>
    /// <param name="utf8Json">The stream; read to the end and left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Every issue, in document order, and the article when one could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<ValidationReport> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBuffer();
        return await buffer.FillAsync(utf8Json, Options.JsonOptions.MaxDocumentLength, cancellationToken).ConfigureAwait(false)
            ? Validate(buffer.WrittenSpan)
            : Finish(ArticleReader.TooLarge(Options.JsonOptions).Issues, [], null);
    }

    /// <summary>Validates a built article with the content rules (CC3xxx, CC4xxx) and any additional rules.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Every rule issue, without line and column, ordered as the article's JSON form would order them.</returns>
    /// <remarks>Neither the reader nor the schema runs: a model has no syntax, and its shape is fixed by its types.
    /// Pointers are those of the article's JSON form, so the issues equal the rule issues of validating that JSON.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ValidationReport Validate(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var issues = RunRules(article, null);
        var kept = Apply(issues);
        SortByCanonicalOrder(article, kept);
        return new ValidationReport { Issues = new EquatableArray<ValidationIssue>([.. kept]), Article = article };
    }

    private ValidationReport ValidateRead(ReadOnlySpan<byte> input, ReadResult<ClinicalArticle> read)
    {
        var body = input.StartsWith(s_byteOrderMark) ? input[s_byteOrderMark.Length..] : input;
        var syntaxOk = true;
        foreach (var issue in read.Issues)
        {
            syntaxOk &= !s_syntaxFailures.Contains(issue.Code);
        }

        var needDocument = syntaxOk && (Options.ValidateSchema || (read.Value is not null && read.HasErrors));
        using var parsed = needDocument ? ParsedBody.TryParse(body, Options.JsonOptions.MaxDepth) : default;
        var document = parsed.Document;
        var schemaIssues = Options.ValidateSchema && document is not null
            ? SchemaLayer.Evaluate(document.RootElement, read.Issues)
            : [];

        var ruleIssues = read.Value is null
            ? []
            : RunRules(read.Value, document is null ? null : JsonListIndexMap.Create(document.RootElement, read.Issues));
        SchemaLayer.RemoveCoveredByRules(schemaIssues, ruleIssues);

        var added = new List<ValidationIssue>(schemaIssues.Count + ruleIssues.Count);
        foreach (var schemaIssue in schemaIssues)
        {
            added.Add(schemaIssue.Issue);
        }

        added.AddRange(ruleIssues);
        return Finish(read.Issues, added, read.Value, document is null ? body : parsed.Bytes, document);
    }

    /// <summary>Applies suppressions and overrides, places the issues that have no position yet and orders them.</summary>
    /// <param name="readerIssues">The reader's issues, already placed.</param>
    /// <param name="added">The schema and rule issues, to be placed by their pointers.</param>
    /// <param name="article">The article read, if any.</param>
    /// <param name="body">The input without a byte order mark; when <paramref name="document"/> is given, the very
    /// copy it was parsed from (the same bytes), so that its values can be located in it.</param>
    /// <param name="document">The parsed input, used to locate pointers without scanning the input again.</param>
    private ValidationReport Finish(EquatableArray<ValidationIssue> readerIssues, List<ValidationIssue> added, ClinicalArticle? article, ReadOnlySpan<byte> body = default, JsonDocument? document = null)
    {
        var kept = Apply(readerIssues);
        var toPlace = Apply(added);
        if (toPlace.Count > 0)
        {
            var offsets = PointerLocator.Locate(body, toPlace.Select(static i => i.Pointer), Options.JsonOptions.MaxDepth, document);
            var positions = new TextPositions();
            foreach (var (issue, offset) in toPlace.Select(i => (i, offsets[i.Pointer])).OrderBy(static p => p.Item2).ToList())
            {
                kept.Add(issue with { Position = positions.At(body, offset) });
            }
        }

        if (kept.Count == 0)
        {
            return new ValidationReport { Issues = [], Article = article };
        }

        // Document order: by line and column, then by code; the order of finding breaks remaining ties.
        var ordered = kept
            .Select(static (issue, index) => (issue, index))
            .OrderBy(static p => p.issue.Position?.Line ?? 0)
            .ThenBy(static p => p.issue.Position?.Column ?? 0)
            .ThenBy(static p => p.issue.Code, StringComparer.Ordinal)
            .ThenBy(static p => p.index)
            .Select(static p => p.issue);
        return new ValidationReport { Issues = new EquatableArray<ValidationIssue>([.. ordered]), Article = article };
    }

    /// <summary>Drops suppressed codes and applies severity overrides.</summary>
    private List<ValidationIssue> Apply(IEnumerable<ValidationIssue> issues)
    {
        var result = new List<ValidationIssue>();
        foreach (var issue in issues)
        {
            if (_suppressed.Contains(issue.Code))
            {
                continue;
            }

            result.Add(_overrides.TryGetValue(issue.Code, out var severity) && severity != issue.Severity
                ? issue with { Severity = severity }
                : issue);
        }

        return result;
    }

    private List<ValidationIssue> RunRules(ClinicalArticle article, IListIndexMap? indexes)
    {
        var issues = new List<ValidationIssue>();
        var context = new ArticleRuleContext(Options, ArticleMap.Build(article, indexes), issues);
        foreach (var rule in _rules)
        {
            rule.Check(article, context);
        }

        return issues;
    }

    /// <summary>Orders a model's issues as the article's JSON form would: by where each pointer's value is written.</summary>
    private void SortByCanonicalOrder(ClinicalArticle article, List<ValidationIssue> issues)
    {
        if (issues.Count < 2)
        {
            return;
        }

        using var buffer = new PooledBuffer();
        try
        {
            ArticleWriter.Write(article, buffer, Options.JsonOptions with { WriteIndented = false });
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // The model holds a value with no JSON form (an undefined enum value, nesting beyond the depth limit);
            // keep the rules' order.
            return;
        }

        var offsets = PointerLocator.Locate(buffer.WrittenSpan, issues.Select(static i => i.Pointer), Options.JsonOptions.MaxDepth);
        var ordered = issues
            .Select(static (issue, index) => (issue, index))
            .OrderBy(p => offsets[p.issue.Pointer])
            .ThenBy(static p => p.issue.Code, StringComparer.Ordinal)
            .ThenBy(static p => p.index)
            .Select(static p => p.issue)
            .ToList();
        issues.Clear();
        issues.AddRange(ordered);
    }

    /// <summary>The input parsed for the schema layer, over a pooled copy of its bytes.</summary>
    /// <remarks><see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> over the copy makes one pass;
    /// <see cref="JsonDocument.ParseValue(ref Utf8JsonReader)"/> over a span would make two (it finds the end of the
    /// value first, then copies and parses it).</remarks>
    private readonly struct ParsedBody : IDisposable
    {
        private readonly byte[]? _copy;
        private readonly int _length;

        private ParsedBody(JsonDocument? document, byte[]? copy, int length)
        {
            Document = document;
            _copy = copy;
            _length = length;
        }

        /// <summary>The document; null when the input is not one JSON value within the depth limit.</summary>
        public JsonDocument? Document { get; }

        /// <summary>The copy of the input the document was parsed from and reads its values from.</summary>
        public ReadOnlySpan<byte> Bytes => Document is null ? default : _copy.AsSpan(0, _length);

        public static ParsedBody TryParse(ReadOnlySpan<byte> body, int maxDepth)
        {
            var copy = ArrayPool<byte>.Shared.Rent(Math.Max(body.Length, 1));
            body.CopyTo(copy);
            try
            {
                return new ParsedBody(JsonDocument.Parse(copy.AsMemory(0, body.Length), new JsonDocumentOptions { MaxDepth = maxDepth }), copy, body.Length);
            }
            catch (JsonException)
            {
            }
            catch (InvalidOperationException)
            {
            }

            ArrayPool<byte>.Shared.Return(copy);
            return default;
        }

        public void Dispose()
        {
            // The document reads from the copy until it is disposed; only then may the copy go back to the pool.
            Document?.Dispose();
            if (_copy is not null)
            {
                ArrayPool<byte>.Shared.Return(_copy);
            }
        }
    }
}
