using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Import;

/// <summary>
/// Reads an article written in the Markdown authoring format of docs/markdown-format.md: the output of
/// <see cref="Rendering.Markdown.MarkdownRenderer"/> (read back losslessly) or a hand-written file.
/// </summary>
/// <remarks>
/// Importing never throws on content: every problem becomes a <see cref="ValidationIssue"/> (CC5xxx for the
/// Markdown itself, CC1xxx when the content read does not make a valid article) with a 1-based line in
/// <see cref="ValidationIssue.Position"/> and a JSON Pointer where one applies. A line the importer cannot place
/// is reported (<see cref="IssueCodes.MarkdownLineUnplaced"/>), never dropped silently. Thread-safe.
/// </remarks>
public static partial class MarkdownImporter
{
    /// <summary>Reads an article from Markdown.</summary>
    /// <param name="markdown">The Markdown text; LF or CRLF line endings.</param>
    /// <returns>The article, if one could be built, and every issue found, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public static ReadResult<ClinicalArticle> Import(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new MarkdownReader(markdown).Read();
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex HeadingPattern();

    [GeneratedRegex(@"^( *)[-*+](?:[ \t]+(.*))?$", RegexOptions.CultureInvariant)]
    internal static partial Regex BulletPattern();

    [GeneratedRegex(@"^( *)([0-9]{1,9})[.)](?:[ \t]+(.*))?$", RegexOptions.CultureInvariant)]
    internal static partial Regex OrderedPattern();
}

/// <summary>One import: turns the lines into the article's JSON, then reads that with <see cref="ClinicalArticleJson"/>.</summary>
internal sealed class MarkdownReader
{
    private readonly string[] _lines;
    private readonly List<(ValidationIssue Issue, JsonNode? Node)> _issues = [];
    private readonly Dictionary<JsonNode, int> _nodeLines = new(ReferenceEqualityComparer.Instance);
    private readonly List<(JsonObject Citation, int Number, int Line)> _numbered = [];
    private readonly Dictionary<int, (string Id, int Line)> _referenceNumbers = [];
    private readonly Dictionary<JsonObject, Dictionary<string, TextPosition>> _nullKeys = new(ReferenceEqualityComparer.Instance);
    private readonly JsonObject _root = [];
    private readonly List<(JsonArray Options, JsonObject Bullet, int Line, string Heading)> _therapyBullets = [];

    private readonly Dictionary<string, JsonObject> _unrecognized = new(StringComparer.Ordinal);
    private int _index;
    private bool _titleSeen;
    private MarkdownPart? _part;
    private int _lastPartOrder = -1;
    private string _partHeading = "";
    private JsonObject? _container;
    private MarkdownBlockKind _containerKind;
    private string? _paragraphKey;
    private JsonObject? _blockTarget;
    private MarkdownBlockKind _blockKind;
    private readonly List<(int Indent, JsonObject Statement)> _stack = [];
    private JsonObject? _lastBullet;

    public MarkdownReader(string markdown)
    {
        _lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public ReadResult<ClinicalArticle> Read()
    {
        ReadFrontMatter();
        while (_index < _lines.Length)
        {
            ReadLine();
        }

        ResolveCitations();
        RecognizeTherapies();
        DefaultPrecautionKinds();

        var pointers = new Dictionary<JsonNode, string>(ReferenceEqualityComparer.Instance);
        var lineOfPointer = new List<(string Pointer, TextPosition Position)>();
        Walk(_root, "", pointers, lineOfPointer);

        var issues = new List<ValidationIssue>();
        foreach (var (issue, node) in _issues)
        {
            issues.Add(node is not null && pointers.TryGetValue(node, out var pointer) ? issue with { Pointer = pointer } : issue);
        }

        ReadResult<ClinicalArticle> read;
        try
        {
            read = ClinicalArticleJson.Read(_root.ToJsonString(), ClinicalArticleJsonOptions.Tolerant with { MaxDepth = 256 });
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // Content must never crash the importer; this is a defect guard, reported as unplaceable content.
            issues.Add(Issue(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Error, IssueMessages.MarkdownLineUnplaced(exception.Message), 1));
            return new ReadResult<ClinicalArticle> { Issues = issues.ToEquatableArray() };
        }

        foreach (var issue in read.Issues)
        {
            var position = lineOfPointer.Where(p => issue.Pointer == p.Pointer || issue.Pointer.StartsWith(p.Pointer + "/", StringComparison.Ordinal))
                .OrderByDescending(p => p.Pointer.Length).Select(p => p.Position).FirstOrDefault(new TextPosition(1, 1));
            issues.Add(issue with { Position = position });
        }

        return new ReadResult<ClinicalArticle>
        {
            Value = read.Value,
            Issues = issues.OrderBy(i => i.Position?.Line ?? 0).ToEquatableArray(),
        };
    }

    private void Walk(JsonNode? node, string pointer, Dictionary<JsonNode, string> pointers, List<(string, TextPosition)> positions)
    {
        if (node is null)
        {
            return;
        }

        pointers[node] = pointer;
        if (_nodeLines.TryGetValue(node, out var line))
        {
            positions.Add((pointer, new TextPosition(line, 1)));
        }

        if (node is JsonObject obj)
        {
            _nullKeys.TryGetValue(obj, out var nullKeys);
            foreach (var (key, value) in obj)
            {
                var child = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                if (value is null && nullKeys is not null && nullKeys.TryGetValue(key, out var position))
                {
                    // A null value has no node to remember a line by; its key's position was kept instead.
                    positions.Add((child, position));
                }

                Walk(value, child, pointers, positions);
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), pointers, positions);
            }
        }
    }

    private static ValidationIssue Issue(string code, IssueSeverity severity, string message, int line) => new()
    {
        Code = code,
        Severity = severity,
        Message = message,
        Pointer = "",
        Position = new TextPosition(line, 1),
    };

    // The message of CC5012 (IssueCodes.MarkdownReferenceNumberRepeated), kept beside the only place that reports it.
    private static string ReferenceNumberRepeatedMessage(int number, int firstLine) => string.Create(CultureInfo.InvariantCulture,
        $"This reference carries the number {number}, as does the reference at line {firstLine}; citations [{number}] name that one. Expected a distinct number for every item of the References list.");

    private void Report(string code, IssueSeverity severity, string message, int line, JsonNode? node = null) =>
        _issues.Add((Issue(code, severity, message, line), node));

    private void ReadFrontMatter()
    {
        while (_index < _lines.Length && _lines[_index].Trim().Length == 0)
        {
            _index++;
        }

        if (_index >= _lines.Length || _lines[_index].TrimEnd() != "---")
        {
            // At the first non-blank line; a blank text has none, so line 1.
            Report(IssueCodes.MarkdownFrontMatterMissing, IssueSeverity.Error, IssueMessages.MarkdownFrontMatterMissing(), _index < _lines.Length ? _index + 1 : 1);
            return;
        }

        var start = ++_index;
        while (_index < _lines.Length && _lines[_index].TrimEnd() is not ("---" or "..."))
        {
            _index++;
        }

        if (_index >= _lines.Length)
        {
            Report(IssueCodes.MarkdownFenceUnclosed, IssueSeverity.Error, IssueMessages.MarkdownFenceUnclosed("---"), start);
        }

        var yaml = string.Join('\n', _lines[start..Math.Min(_index, _lines.Length)]);
        _index++;
        _nodeLines[_root] = 1;
        ApplyBlock(_root, MarkdownBlockKind.Article, yaml, start + 1, []);
    }

    /// <param name="target">The object the block's members go to.</param>
    /// <param name="kind">The kind of <paramref name="target"/>, which decides its block keys.</param>
    /// <param name="yaml">The block's text, its fence's indentation removed.</param>
    /// <param name="firstLine">The 1-based line of the block's first line in the Markdown.</param>
    /// <param name="stripped">How many leading spaces were removed from each line of <paramref name="yaml"/> (none when empty).</param>
    private void ApplyBlock(JsonObject target, MarkdownBlockKind kind, string yaml, int firstLine, List<int> stripped)
    {
        var entries = MarkdownYaml.ReadMapping(yaml, MarkdownFormat.StringKeys, out var error, out var errorLine);
        if (entries is null)
        {
            Report(IssueCodes.MarkdownYamlInvalid, IssueSeverity.Error, IssueMessages.MarkdownYamlInvalid(error ?? ""), firstLine + errorLine - 1, target);
            return;
        }

        var blockKeys = MarkdownFormat.BlockKeys(kind);
        var proseKeys = MarkdownFormat.ProseKeys(kind);
        foreach (var entry in entries)
        {
            var line = firstLine + entry.Line - 1;
            if (entry.Key == MarkdownFormat.UnknownKey && entry.Value is JsonObject unknown)
            {
                foreach (var (key, value) in unknown.ToList())
                {
                    unknown.Remove(key);
                    target[key] = value;
                }

                continue;
            }

            if (!blockKeys.Contains(entry.Key) && !proseKeys.Contains(entry.Key))
            {
                // Kept as an unknown member, so nothing is lost, but reported: it is most likely a typo.
                Report(IssueCodes.MarkdownKeyUnknown, IssueSeverity.Warning, IssueMessages.MarkdownKeyUnknown(entry.Key, string.Join(", ", blockKeys)), line, target);
            }

            target[entry.Key] = entry.Value;
            if (entry.Value is not null)
            {
                _nodeLines[entry.Value] = line;
            }
            else
            {
                var column = entry.Column + (entry.Line <= stripped.Count ? stripped[entry.Line - 1] : 0);
                if (!_nullKeys.TryGetValue(target, out var keys))
                {
                    keys = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
                    _nullKeys[target] = keys;
                }

                keys[entry.Key] = new TextPosition(line, column);
            }
        }
    }

    private void ReadLine()
    {
        var line = _lines[_index];
        var lineNumber = _index + 1;
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            _index++;
            return;
        }

        if (IsFence(trimmed))
        {
            ReadFence(trimmed);
            return;
        }

        _index++;
        var heading = MarkdownImporter.HeadingPattern().Match(line);
        if (heading.Success)
        {
            ReadHeading(heading.Groups[1].Length, heading.Groups[2].Value, lineNumber);
            return;
        }

        var bullet = MarkdownImporter.BulletPattern().Match(line);
        if (bullet.Success && trimmed is not ("---" or "***" or "___"))
        {
            ReadBullet(bullet.Groups[1].Length, bullet.Groups[2].Value, lineNumber);
            return;
        }

        var ordered = MarkdownImporter.OrderedPattern().Match(line);
        if (ordered.Success && _part == MarkdownPart.References)
        {
            ReadReference(int.Parse(ordered.Groups[2].Value, CultureInfo.InvariantCulture), ordered.Groups[3].Value, lineNumber);
            return;
        }

        ReadParagraph(line, lineNumber);
    }

    /// <summary>Whether a trimmed line opens (or closes) a fenced block: both fence kinds alike.</summary>
    private static bool IsFence(string trimmed) =>
        trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);

    private void ReadFence(string opening)
    {
        var fence = opening[..3];
        var info = opening[3..].Trim();
        var start = _index + 1;
        _index++;
        var indent = _lines[start - 1].Length - _lines[start - 1].TrimStart().Length;
        var body = new List<string>();
        var stripped = new List<int>();
        while (_index < _lines.Length && _lines[_index].Trim() != fence)
        {
            var text = _lines[_index];
            var strip = Math.Min(indent, text.Length - text.TrimStart(' ').Length);
            body.Add(text[strip..]);
            stripped.Add(strip);
            _index++;
        }

        if (_index >= _lines.Length)
        {
            Report(IssueCodes.MarkdownFenceUnclosed, IssueSeverity.Error, IssueMessages.MarkdownFenceUnclosed(fence), start);
        }

        _index++;
        if (info != "yaml" || _blockTarget is null)
        {
            Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(opening), start);
            return;
        }

        ApplyBlock(_blockTarget, _blockKind, string.Join('\n', body), start + 1, stripped);
    }

    private void ReadHeading(int level, string raw, int line)
    {
        _stack.Clear();
        _lastBullet = null;
        _paragraphKey = null;
        if (level == 1)
        {
            if (_titleSeen)
            {
                Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(raw), line);
                return;
            }

            _titleSeen = true;
            _root["title"] = MarkdownText.Unescape(raw);
            _blockTarget = null;
            _container = null;
            _part = null;
            _paragraphKey = "summary";
            return;
        }

        if (level == 2)
        {
            ReadPartHeading(raw, line);
            return;
        }

        if (level == 3 && _part is MarkdownPart.FirstLineTherapy or MarkdownPart.Alternatives or MarkdownPart.SpecialScenarios or MarkdownPart.Precautions)
        {
            var (text, citations) = SplitCitations(raw, line);
            var item = new JsonObject();
            _nodeLines[item] = line;
            MarkdownBlockKind kind;
            if (_part is MarkdownPart.SpecialScenarios)
            {
                item["title"] = text;
                kind = MarkdownBlockKind.Scenario;
                _paragraphKey = "population";
                Array(_root, "specialScenarios").Add((JsonNode)item);
            }
            else if (_part is MarkdownPart.Precautions)
            {
                item["title"] = text;
                kind = MarkdownBlockKind.Precaution;
                _paragraphKey = null;
                Array(_root, "precautions").Add((JsonNode)item);
            }
            else
            {
                item["name"] = text;
                kind = MarkdownBlockKind.TherapyOption;
                _paragraphKey = "description";
                Array((JsonObject)_root[MarkdownFormat.Member(_part!.Value)]!, "options").Add((JsonNode)item);
            }

            if (citations is not null)
            {
                item["citations"] = citations;
                if (kind == MarkdownBlockKind.Scenario)
                {
                    // A scenario has no citations of its own. Kept, with reference ids once numbers are bound, as
                    // the unknown member "citations" (where the renderer writes one, under x-unknown), and reported.
                    Report(IssueCodes.MarkdownKeyUnknown, IssueSeverity.Warning,
                        IssueMessages.MarkdownKeyUnknown("citations", string.Join(", ", MarkdownFormat.BlockKeys(kind))), line, citations);
                }
            }

            _container = item;
            _containerKind = kind;
            _blockTarget = item;
            _blockKind = kind;
            return;
        }

        Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(raw), line);
    }

    private void ReadPartHeading(string raw, int line)
    {
        var other = raw.EndsWith(MarkdownFormat.OtherSectionAttribute, StringComparison.Ordinal);
        var text = MarkdownText.Unescape(other ? raw[..^MarkdownFormat.OtherSectionAttribute.Length].TrimEnd() : raw);
        var part = other ? null : MarkdownFormat.Recognize(text);
        _part = part;
        _partHeading = text;
        if (part is null)
        {
            var section = new JsonObject { ["title"] = text };
            _nodeLines[section] = line;
            Array(_root, "otherSections").Add((JsonNode)section);
            Open(section, MarkdownBlockKind.Section, "introduction");
            return;
        }

        var order = (int)part.Value;
        if (order < _lastPartOrder)
        {
            Report(IssueCodes.MarkdownHeadingOutOfOrder, IssueSeverity.Warning, IssueMessages.MarkdownHeadingOutOfOrder(text, MarkdownFormat.Heading(part.Value)), line);
        }

        _lastPartOrder = Math.Max(_lastPartOrder, order);
        var member = MarkdownFormat.Member(part.Value);
        if (_root.ContainsKey(member))
        {
            Report(IssueCodes.MarkdownPartRepeated, IssueSeverity.Warning, IssueMessages.MarkdownPartRepeated(MarkdownFormat.Heading(part.Value)), line);
        }

        switch (part.Value)
        {
            case MarkdownPart.SpecialScenarios or MarkdownPart.Precautions or MarkdownPart.References:
                Array(_root, member);
                _nodeLines.TryAdd(_root[member]!, line);
                _container = null;
                _blockTarget = null;
                _paragraphKey = null;
                break;
            default:
                var kind = part.Value switch
                {
                    MarkdownPart.Diagnosis => MarkdownBlockKind.Diagnosis,
                    MarkdownPart.FollowUp => MarkdownBlockKind.FollowUp,
                    _ => MarkdownBlockKind.TherapySection,
                };
                if (_root[member] is not JsonObject obj)
                {
                    obj = [];
                    _root[member] = obj;
                    _nodeLines[obj] = line;
                }

                Open(obj, kind, "introduction");
                break;
        }
    }

    private void Open(JsonObject container, MarkdownBlockKind kind, string? paragraphKey)
    {
        _container = container;
        _containerKind = kind;
        _blockTarget = container;
        _blockKind = kind;
        _paragraphKey = paragraphKey;
    }

    private static JsonArray Array(JsonObject obj, string member)
    {
        if (obj[member] is JsonArray array)
        {
            return array;
        }

        array = [];
        obj[member] = array;
        return array;
    }

    private void ReadParagraph(string line, int lineNumber)
    {
        var text = line.Trim();

        // A hand-written paragraph may run over several lines; join them with spaces.
        while (_index < _lines.Length && _lines[_index].Trim().Length > 0
            && !MarkdownImporter.HeadingPattern().IsMatch(_lines[_index]) && !MarkdownImporter.BulletPattern().IsMatch(_lines[_index])
            && !IsFence(_lines[_index].Trim()) && !MarkdownImporter.OrderedPattern().IsMatch(_lines[_index]))
        {
            text += " " + _lines[_index].Trim();
            _index++;
        }

        if (_lastBullet is not null && line.StartsWith("  ", StringComparison.Ordinal))
        {
            // A continuation line of a hand-written bullet: its citation groups are read as on the first line.
            var (more, citations) = SplitCitations(text, lineNumber);
            if (more.Length > 0)
            {
                _lastBullet["text"] = _lastBullet["text"]!.GetValue<string>() + " " + more;
            }

            if (citations is not null)
            {
                var all = Array(_lastBullet, "citations");
                foreach (var citation in citations.ToList())
                {
                    citations.Remove(citation);
                    all.Add(citation);
                }
            }

            return;
        }

        if (_paragraphKey == "summary" && _container is null && !_root.ContainsKey("summary"))
        {
            var summary = Statement(text, lineNumber);
            _root["summary"] = summary;
            Open(summary, MarkdownBlockKind.Statement, null);
            _container = summary;
            _blockTarget = summary;
            return;
        }

        if (_paragraphKey is not null && _container is not null && !_container.ContainsKey(_paragraphKey) && _lastBullet is null)
        {
            _container[_paragraphKey] = MarkdownText.Unescape(text);
            _paragraphKey = null;
            return;
        }

        Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(text), lineNumber, _container);
    }

    private JsonObject Statement(string raw, int line)
    {
        var (text, citations) = SplitCitations(raw, line);
        var statement = new JsonObject { ["text"] = text };
        if (citations is not null)
        {
            statement["citations"] = citations;
        }

        _nodeLines[statement] = line;
        return statement;
    }

    private void ReadBullet(int indent, string raw, int line)
    {
        if (_part is MarkdownPart.References)
        {
            ReadReference(0, raw, line);
            return;
        }

        var statement = Statement(raw.TrimEnd(), line);
        while (_stack.Count > 0 && _stack[^1].Indent >= indent)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (_stack.Count > 0)
        {
            Array(_stack[^1].Statement, "points").Add((JsonNode)statement);
        }
        else if (_container is not null && _containerKind == MarkdownBlockKind.TherapySection)
        {
            // A hand-written therapy bullet: recognised once its nested points are read. It holds its place among
            // the options meanwhile, so that the option it becomes keeps document order.
            var options = Array(_container, "options");
            options.Add((JsonNode)statement);
            _therapyBullets.Add((options, statement, line, _partHeading));
        }
        else if (_container is not null)
        {
            Array(_container, "points").Add((JsonNode)statement);
        }
        else if (!_titleSeen || _part is not null)
        {
            Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(raw), line);
            return;
        }
        else
        {
            Report(IssueCodes.MarkdownLineUnplaced, IssueSeverity.Warning, IssueMessages.MarkdownLineUnplaced(raw), line);
            return;
        }

        _stack.Add((indent, statement));
        _lastBullet = statement;
        _blockTarget = statement;
        _blockKind = MarkdownBlockKind.Statement;
        _paragraphKey = null;
    }

    private void ReadReference(int number, string raw, int line)
    {
        var references = Array(_root, "references");
        if (number == 0)
        {
            number = references.Count + 1;
        }

        var rest = raw.Trim();
        var reference = new JsonObject();
        _nodeLines[reference] = line;
        string? id = null;
        if (rest.StartsWith("{#", StringComparison.Ordinal))
        {
            var close = MarkdownText.IndexOfUnescaped(rest, '}', 2);
            if (close > 0)
            {
                id = MarkdownText.Unescape(rest.AsSpan(2, close - 2));
                rest = rest[(close + 1)..].TrimStart();
            }
        }

        string? kind = null;
        if (rest.StartsWith("**", StringComparison.Ordinal))
        {
            var close = rest.IndexOf("**", 2, StringComparison.Ordinal);
            if (close > 2)
            {
                kind = rest[2..close];
                rest = rest[(close + 2)..].TrimStart();
                if (rest.StartsWith('—'))
                {
                    rest = rest[1..].TrimStart();
                }
            }
        }

        if (id is null || kind is null)
        {
            Report(IssueCodes.MarkdownReferenceIncomplete, IssueSeverity.Warning, IssueMessages.MarkdownReferenceIncomplete(number), line, reference);
        }

        id ??= "ref-" + number.ToString(CultureInfo.InvariantCulture);
        reference["id"] = id;
        reference["kind"] = kind ?? "other";
        reference["title"] = MarkdownText.Unescape(rest);
        references.Add((JsonNode)reference);
        if (!_referenceNumbers.TryAdd(number, (id, line)))
        {
            // The first item keeps the number; the clash is an error so that no citation silently names the other.
            Report(IssueCodes.MarkdownReferenceNumberRepeated, IssueSeverity.Error, ReferenceNumberRepeatedMessage(number, _referenceNumbers[number].Line), line, reference);
        }

        _blockTarget = reference;
        _blockKind = MarkdownBlockKind.Reference;
        _container = null;
        _lastBullet = null;
    }

    /// <summary>
    /// Splits the citation groups (<c>[1]</c>, <c>[1, 2]</c>, <c>[1: p. 4]</c>, <c>[@id]</c>) from text, wherever in the
    /// line they stand, each with one space before it; brackets that are not a valid group stay in the text.
    /// </summary>
    private (string Text, JsonArray? Citations) SplitCitations(string raw, int line)
    {
        JsonArray? citations = null;
        var text = new System.Text.StringBuilder();
        var position = 0;
        while (true)
        {
            var open = MarkdownText.IndexOfUnescaped(raw, '[', position);
            if (open < 0)
            {
                break;
            }

            var close = MarkdownText.IndexOfUnescaped(raw, ']', open + 1);
            if (close < 0)
            {
                break;
            }

            var items = TryParseGroup(raw[(open + 1)..close], line);
            if (items is null)
            {
                text.Append(raw, position, close + 1 - position);
                position = close + 1;
                continue;
            }

            var before = raw[position..open];
            text.Append(before.EndsWith(' ') ? before[..^1] : before);
            citations ??= [];
            foreach (var item in items)
            {
                citations.Add((JsonNode)item);
            }

            position = close + 1;
        }

        text.Append(raw, position, raw.Length - position);
        return (MarkdownText.Unescape(text.ToString()), citations);
    }

    private List<JsonObject>? TryParseGroup(string group, int line)
    {
        var result = new List<JsonObject>();
        var start = 0;
        while (start <= group.Length)
        {
            var end = MarkdownText.IndexOfUnescaped(group, ',', start);
            if (end < 0)
            {
                end = group.Length;
            }

            var item = group[start..end].TrimStart(' ');
            var colon = MarkdownText.IndexOfUnescaped(item, ':');
            var head = (colon < 0 ? item : item[..colon]).TrimEnd(' ');
            var citation = new JsonObject();
            if (head.Length > 0 && head.All(char.IsAsciiDigit) && head.Length <= 9)
            {
                _numbered.Add((citation, int.Parse(head, CultureInfo.InvariantCulture), line));
                citation["referenceId"] = "";
            }
            else if (head.StartsWith('@') && head.Length > 1)
            {
                citation["referenceId"] = MarkdownText.Unescape(head.AsSpan(1));
            }
            else
            {
                return null;
            }

            if (colon >= 0)
            {
                citation["locator"] = MarkdownText.Unescape(item.AsSpan(colon + 1).TrimStart(' '));
            }

            result.Add(citation);
            start = end + 1;
        }

        return result;
    }

    private void ResolveCitations()
    {
        foreach (var (citation, number, line) in _numbered)
        {
            if (_referenceNumbers.TryGetValue(number, out var numbered))
            {
                citation["referenceId"] = numbered.Id;
            }
            else
            {
                Report(IssueCodes.MarkdownCitationNumberUnknown, IssueSeverity.Error, IssueMessages.MarkdownCitationNumberUnknown(number), line, citation);
                citation["referenceId"] = "#" + number.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private void DefaultPrecautionKinds()
    {
        if (_root["precautions"] is not JsonArray precautions)
        {
            return;
        }

        foreach (var precaution in precautions.OfType<JsonObject>().Where(static p => !p.ContainsKey("kind")))
        {
            // A hand-written precaution names no kind; "warning" is the general kind, and the default is reported.
            precaution["kind"] = "warning";
            Report(IssueCodes.MarkdownPrecautionKindMissing, IssueSeverity.Warning, IssueMessages.MarkdownPrecautionKindMissing(), _nodeLines.GetValueOrDefault(precaution, 1), precaution);
        }
    }

    private void RecognizeTherapies()
    {
        foreach (var (options, bullet, line, heading) in _therapyBullets)
        {
            var index = options.IndexOf(bullet);
            options.RemoveAt(index);
            var option = MarkdownTherapies.Recognize(bullet);
            if (option is not null)
            {
                _nodeLines[option] = line;
                options.Insert(index, option);
                continue;
            }

            // Kept, not guessed: the bullet goes to an other section named after its part, with a warning.
            Report(IssueCodes.MarkdownTherapyNotRecognized, IssueSeverity.Warning, IssueMessages.MarkdownTherapyNotRecognized(bullet["text"]?.GetValue<string>() ?? ""), line);
            var sections = Array(_root, "otherSections");
            if (!_unrecognized.TryGetValue(heading, out var section))
            {
                section = new JsonObject { ["title"] = heading };
                _unrecognized[heading] = section;
                sections.Add((JsonNode)section);
            }

            Array(section, "points").Add((JsonNode)bullet);
        }
    }
}
