using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Serialization;

/// <summary>
/// The strict, single-pass article reader. It walks a <see cref="Utf8JsonReader"/> once, builds the model, and
/// records every problem it meets — with code, JSON Pointer, line and column — instead of stopping at the first.
/// </summary>
/// <remarks>One instance reads one document; it is a ref struct over the input and never escapes the call.</remarks>
internal ref partial struct ArticleReader
{
    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    [ThreadStatic]
    private static ReaderState? t_state;

    private readonly ReadOnlySpan<byte> _input;
    private readonly ClinicalArticleJsonOptions _options;
    private readonly ReaderState _state;
    private Utf8JsonReader _reader;

    private ArticleReader(ReadOnlySpan<byte> input, ClinicalArticleJsonOptions options, ReaderState state)
    {
        _input = input;
        _options = options;
        _state = state;
        _reader = new Utf8JsonReader(input, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
    }

    /// <summary>Reads one article document.</summary>
    /// <param name="input">The UTF-8 input.</param>
    /// <param name="options">Reading settings.</param>
    /// <param name="firstLine">The line number of the input's first line; above 1 for a line of an NDJSON stream.</param>
    public static ReadResult<ClinicalArticle> Read(ReadOnlySpan<byte> input, ClinicalArticleJsonOptions options, int firstLine = 1)
    {
        var state = t_state ?? new ReaderState();
        t_state = null;
        try
        {
            state.Reset(firstLine);
            var article = ReadDocument(input, options, state);
            return new ReadResult<ClinicalArticle> { Value = article, Issues = state.TakeIssues() };
        }
        finally
        {
            t_state = state;
        }
    }

    /// <summary>The result for a document over the size limit.</summary>
    public static ReadResult<ClinicalArticle> TooLarge(ClinicalArticleJsonOptions options, int firstLine = 1) => new()
    {
        Issues = [new ValidationIssue
        {
            Code = IssueCodes.DocumentTooLarge,
            Severity = IssueSeverity.Error,
            Message = IssueMessages.DocumentTooLarge(options.MaxDocumentLength),
            Pointer = string.Empty,
            Position = new TextPosition(firstLine, 1),
        }],
    };

    /// <summary>The result for text that holds an unpaired surrogate after <paramref name="validPrefix"/>.</summary>
    public static ReadResult<ClinicalArticle> InvalidText(ReadOnlySpan<char> validPrefix)
    {
        var line = validPrefix.Count('\n') + 1;
        var column = validPrefix.Length - validPrefix.LastIndexOf('\n');
        return new ReadResult<ClinicalArticle>
        {
            Issues = [new ValidationIssue
            {
                Code = IssueCodes.InvalidText,
                Severity = IssueSeverity.Error,
                Message = IssueMessages.InvalidText(),
                Pointer = string.Empty,
                Position = new TextPosition(line, column),
            }],
        };
    }

    private static ClinicalArticle? ReadDocument(ReadOnlySpan<byte> input, ClinicalArticleJsonOptions options, ReaderState state)
    {
        if (input.Length > options.MaxDocumentLength)
        {
            state.Add(IssueCodes.DocumentTooLarge, IssueSeverity.Error, IssueMessages.DocumentTooLarge(options.MaxDocumentLength), string.Empty, new TextPosition(state.Positions.FirstLine, 1));
            return null;
        }

        if (input.StartsWith(s_byteOrderMark))
        {
            state.Add(IssueCodes.ByteOrderMarkIgnored, IssueSeverity.Warning, IssueMessages.ByteOrderMarkIgnored(), string.Empty, new TextPosition(state.Positions.FirstLine, 1));
            input = input[s_byteOrderMark.Length..];
        }

        if (input.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            state.Add(IssueCodes.EmptyDocument, IssueSeverity.Error, IssueMessages.EmptyDocument(), string.Empty, new TextPosition(state.Positions.FirstLine, 1));
            return null;
        }

        var reader = new ArticleReader(input, options, state);
        return reader.ReadRoot();
    }

    private ClinicalArticle? ReadRoot()
    {
        try
        {
            _reader.Read();
            var article = ReadArticle();

            // Single-value mode: anything after the article is a syntax error thrown here.
            _reader.Read();
            return article;
        }
        catch (JsonException exception)
        {
            ReportSyntaxError(exception);
            return null;
        }
        catch (InvalidOperationException)
        {
            // Unpaired surrogate escapes or invalid UTF-8 met where no recovery is possible.
            Report(IssueCodes.InvalidText, IssueMessages.InvalidText(), _reader.TokenStartIndex);
            return null;
        }
    }

    private void ReportSyntaxError(JsonException exception)
    {
        var position = exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? _state.Positions.AtLineAndByte(_input, line, column)
            : _state.Positions.At(_input, _reader.BytesConsumed);
        var pointer = _state.Path.ToPointer();
        if (exception.LineNumber is { } errorLine && exception.BytePositionInLine is { } errorByte
            && NestingDepthAt(_input, errorLine, errorByte) >= _options.MaxDepth)
        {
            _state.Add(IssueCodes.MaxDepthExceeded, IssueSeverity.Error, IssueMessages.MaxDepthExceeded(_options.MaxDepth), pointer, position);
            return;
        }

        var detail = exception.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            detail = detail[..cut];
        }

        _state.Add(IssueCodes.JsonSyntaxError, IssueSeverity.Error, IssueMessages.JsonSyntaxError(detail), pointer, position);
    }

    /// <summary>
    /// How many objects and arrays are open at a 0-based line and byte, counted outside strings; tells a depth
    /// failure from other syntax errors without relying on exception messages.
    /// </summary>
    private static int NestingDepthAt(ReadOnlySpan<byte> input, long line, long bytePositionInLine)
    {
        var depth = 0;
        var inString = false;
        var escaped = false;
        long currentLine = 0;
        long column = 0;
        foreach (var b in input)
        {
            if (currentLine == line && column >= bytePositionInLine)
            {
                // The reader stops on the bracket that would go one level too deep.
                return b is (byte)'{' or (byte)'[' ? depth + 1 : depth;
            }

            column++;
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else
            {
                switch (b)
                {
                    case (byte)'"': inString = true; break;
                    case (byte)'{' or (byte)'[': depth++; break;
                    case (byte)'}' or (byte)']': depth--; break;
                    case (byte)'\n': currentLine++; column = 0; break;
                }
            }
        }

        return depth;
    }

    // ---- Issue reporting ------------------------------------------------------------------------------------

    private void Report(string code, string message, long byteOffset, string? child = null)
        => _state.Add(code, IssueSeverity.Error, message, _state.Path.ToPointer(child), _state.Positions.At(_input, byteOffset));

    private void ReportUnexpected(string expected)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            ReportNull();
            return;
        }

        Report(IssueCodes.WrongType, IssueMessages.WrongType(expected, Describe(_reader.TokenType)), _reader.TokenStartIndex);
        _reader.Skip();
    }

    private void ReportNull()
        => Report(IssueCodes.NullNotAllowed, _state.Path.TopIsIndex ? IssueMessages.NullElement() : IssueMessages.NullMember(), _reader.TokenStartIndex);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    // ---- Objects --------------------------------------------------------------------------------------------

    private bool BeginObject(ref ObjectState state)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            ReportUnexpected("an object");
            return false;
        }

        state = new ObjectState { Start = _reader.TokenStartIndex };
        return true;
    }

    /// <summary>
    /// Moves to the next member this object declares and onto its value. Unknown members are read into the
    /// object's bag (and reported in strict mode); duplicates are reported. Returns false at the end of the object.
    /// </summary>
    private bool NextMember(WireNames names, ref ObjectState state, out int index)
    {
        if (state.Pushed)
        {
            _state.Path.Pop();
            state.Pushed = false;
        }

        while (true)
        {
            _reader.Read();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                index = -1;
                return false;
            }

            var nameStart = _reader.TokenStartIndex;
            int match;
            try
            {
                match = names.Match(ref _reader);
            }
            catch (InvalidOperationException)
            {
                Report(IssueCodes.InvalidText, IssueMessages.InvalidText(), nameStart);
                _reader.Skip();
                continue;
            }

            if (match >= 0)
            {
                _state.Path.PushName(names.Names[match]);
                state.Pushed = true;
                var bit = 1 << match;
                if ((state.Seen & bit) != 0)
                {
                    Report(IssueCodes.DuplicateMember, IssueMessages.DuplicateMember(names.Names[match]), nameStart);
                }

                state.Seen |= bit;
                _reader.Read();
                index = match;
                return true;
            }

            ReadUnknownMember(names, ref state, nameStart);
        }
    }

    private void ReadUnknownMember(WireNames names, ref ObjectState state, long nameStart)
    {
        string name;
        try
        {
            name = _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Report(IssueCodes.InvalidText, IssueMessages.InvalidText(), nameStart);
            _reader.Skip();
            return;
        }

        _state.Path.PushName(name);
        var bag = state.Unknown ??= ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        var duplicate = false;
        foreach (var member in bag)
        {
            duplicate |= string.Equals(member.Key, name, StringComparison.Ordinal);
        }

        if (duplicate)
        {
            Report(IssueCodes.DuplicateMember, IssueMessages.DuplicateMember(name), nameStart);
        }
        else if (_options.UnknownMemberHandling == UnknownMemberHandling.Error)
        {
            Report(IssueCodes.UnknownMember, IssueMessages.UnknownMember(name, names.Expected), nameStart);
        }

        var value = JsonElement.ParseValue(ref _reader);
        if (duplicate)
        {
            // Last one wins, as for declared members; the duplicate itself is an error.
            for (var i = 0; i < bag.Count; i++)
            {
                if (string.Equals(bag[i].Key, name, StringComparison.Ordinal))
                {
                    bag[i] = new(name, value);
                }
            }
        }
        else
        {
            bag.Add(new(name, value));
        }

        _state.Path.Pop();
    }

    /// <summary>Reports each required member that is absent; true when all are present.</summary>
    private bool HasRequired(WireNames names, in ObjectState state, int requiredMask)
    {
        var missing = requiredMask & ~state.Seen;
        if (missing == 0)
        {
            return true;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if ((missing & (1 << i)) != 0)
            {
                Report(IssueCodes.RequiredMemberMissing, IssueMessages.RequiredMemberMissing(names.Names[i]), state.Start, names.Names[i]);
            }
        }

        return false;
    }

    private static UnknownMembers? Bag(in ObjectState state)
        => state.Unknown is { Count: > 0 } bag ? UnknownMembers.FromOwned(bag.DrainToImmutable()) : null;

    // ---- Lists ----------------------------------------------------------------------------------------------

    private EquatableArray<T> ReadList<T, TElement>()
        where TElement : IElementReader<T>
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            ReportUnexpected("an array");
            return default;
        }

        T[]? buffer = null;
        var count = 0;
        var index = 0;
        try
        {
            while (true)
            {
                _reader.Read();
                if (_reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                _state.Path.PushIndex(index++);
                if (_reader.TokenType == JsonTokenType.Null)
                {
                    ReportNull();
                }
                else if (TElement.TryRead(ref this, out var item))
                {
                    if (buffer is null || count == buffer.Length)
                    {
                        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(4, count * 2));
                        buffer?.AsSpan(0, count).CopyTo(bigger);
                        if (buffer is not null)
                        {
                            ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                        }

                        buffer = bigger;
                    }

                    buffer[count++] = item;
                }

                _state.Path.Pop();
            }

            return count == 0 ? default : new EquatableArray<T>(ImmutableArray.Create(buffer.AsSpan(0, count)));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<T>.Shared.Return(buffer, clearArray: true);
            }
        }
    }

    // ---- Primitives -----------------------------------------------------------------------------------------

    private string? ReadString()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            ReportUnexpected("a string");
            return null;
        }

        try
        {
            return _reader.GetString();
        }
        catch (InvalidOperationException)
        {
            Report(IssueCodes.InvalidText, IssueMessages.InvalidText(), _reader.TokenStartIndex);
            return null;
        }
    }

    private decimal? ReadDecimal()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            ReportUnexpected("a number");
            return null;
        }

        if (_reader.TryGetDecimal(out var value) && (_reader.ValueSpan.Length <= 28 || KeepsEveryDigit(_reader.ValueSpan, value)))
        {
            return value;
        }

        Report(IssueCodes.NumberOutOfRange, IssueMessages.NumberOutOfRange("a decimal (at most 28 significant digits, magnitude below 7.9e28)"), _reader.TokenStartIndex);
        return null;
    }

    /// <summary>
    /// True when <paramref name="value"/> holds every significant digit of the JSON number: TryGetDecimal rounds
    /// numbers with more digits than a decimal can hold, and a clinical quantity must never change silently.
    /// </summary>
    private static bool KeepsEveryDigit(ReadOnlySpan<byte> number, decimal value)
    {
        Span<char> formatted = stackalloc char[64];
        value.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture);
        return SignificantDigits(number).SequenceEqual(SignificantDigits(formatted[..written]));
    }

    private static string SignificantDigits<T>(ReadOnlySpan<T> number)
        where T : unmanaged, IBinaryInteger<T>
    {
        var digits = new System.Text.StringBuilder(number.Length);
        foreach (var c in number)
        {
            var ch = (char)ushort.CreateTruncating(c);
            if (ch is 'e' or 'E')
            {
                break;
            }

            if (char.IsAsciiDigit(ch) && (digits.Length > 0 || ch != '0'))
            {
                digits.Append(ch);
            }
        }

        return digits.ToString().TrimEnd('0');
    }

    private int? ReadInt32()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            ReportUnexpected("an integer");
            return null;
        }

        if (_reader.TryGetInt32(out var value))
        {
            return value;
        }

        Report(IssueCodes.NumberOutOfRange, IssueMessages.NumberOutOfRange("a 32-bit integer"), _reader.TokenStartIndex);
        return null;
    }

    private bool? ReadBoolean()
    {
        if (_reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return _reader.TokenType == JsonTokenType.True;
        }

        ReportUnexpected("true or false");
        return null;
    }

    /// <summary>Reads an enumeration value by its wire name; the index into <paramref name="names"/> is the enum value.</summary>
    private int? ReadEnum(WireNames names)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            ReportUnexpected("a string, one of: " + names.Expected);
            return null;
        }

        var start = _reader.TokenStartIndex;
        try
        {
            var index = names.Match(ref _reader);
            if (index >= 0)
            {
                return index;
            }

            Report(IssueCodes.InvalidEnumValue, IssueMessages.InvalidEnumValue(_reader.GetString()!, names.Expected), start);
        }
        catch (InvalidOperationException)
        {
            Report(IssueCodes.InvalidText, IssueMessages.InvalidText(), start);
        }

        return null;
    }

    private DateOnly? ReadDate()
    {
        var start = _reader.TokenStartIndex;
        var text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(IssueCodes.InvalidDate, IssueMessages.InvalidDate(text, "a calendar date as yyyy-MM-dd"), start);
        return null;
    }

    private PartialDate? ReadPartialDate()
    {
        var start = _reader.TokenStartIndex;
        var text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Report(IssueCodes.InvalidDate, IssueMessages.InvalidDate(text, "yyyy, yyyy-MM or yyyy-MM-dd"), start);
        return null;
    }

    /// <summary>What one object being read has seen so far.</summary>
    private struct ObjectState
    {
        public int Seen;
        public bool Pushed;
        public long Start;
        public ImmutableArray<KeyValuePair<string, JsonElement>>.Builder? Unknown;
    }

    /// <summary>Per-read state kept off the stack and reused across reads on the same thread.</summary>
    private sealed class ReaderState
    {
        private readonly List<ValidationIssue> _issues = [];

        public JsonPath Path { get; } = new();

        public TextPositions Positions { get; private set; } = new();

        public void Reset(int firstLine)
        {
            _issues.Clear();
            Path.Reset();
            Positions = new TextPositions { FirstLine = firstLine };
        }

        public void Add(string code, IssueSeverity severity, string message, string pointer, TextPosition position)
            => _issues.Add(new ValidationIssue { Code = code, Severity = severity, Message = message, Pointer = pointer, Position = position });

        public EquatableArray<ValidationIssue> TakeIssues()
        {
            if (_issues.Count == 0)
            {
                return default;
            }

            var issues = new EquatableArray<ValidationIssue>([.. _issues]);
            _issues.Clear();
            return issues;
        }
    }
}

/// <summary>Reads one list element of type <typeparamref name="T"/>; lets <c>ReadList</c> stay generic without delegates.</summary>
internal interface IElementReader<T>
{
    static abstract bool TryRead(ref ArticleReader reader, out T value);
}
