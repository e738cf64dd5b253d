using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Interop.Csl;

internal sealed partial class CslReader
{
    /// <summary>Builds a reference from one item, or reports why none can be built.</summary>
    private Reference? ReadItem(JsonElement item, string pointer)
    {
        var parts = new ItemParts();
        foreach (var (name, value) in Members(item))
        {
            ReadVariable(parts, name, value, JsonPointers.Append(pointer, name));
        }

        foreach (var (name, present) in (ReadOnlySpan<(string, bool)>)[("id", parts.HasId), ("type", parts.HasType), ("title", parts.HasTitle)])
        {
            if (!present)
            {
                Error(IssueCodes.CslRequiredVariableMissing, CslMessages.RequiredVariableMissing(name), JsonPointers.Append(pointer, name));
            }
        }

        // Read custom.clinicalContent even when no reference can be built, so that its problems are reported too.
        var custom = parts.Custom is { } customValue ? ReadCustom(customValue, JsonPointers.Append(pointer, "custom"), parts.Authors.Count) : null;
        if (parts.Id is not { } id || parts.Type is not { } type || parts.Title is not { } title)
        {
            return null;
        }

        var reference = Build(parts, id, type, title, custom?.Ours);
        if (reference is null)
        {
            // What custom.clinicalContent carries collides with what the item carries itself: keep it all unread.
            Warning(IssueCodes.CslCustomUnreadable, CslMessages.CustomUnreadable(CslMessages.CustomMembersRepeated()), custom!.Pointer);
            reference = Build(parts, id, type, title, null)!;
        }

        return reference;
    }

    /// <summary>Reads one member of an item into <paramref name="parts"/>.</summary>
    private void ReadVariable(ItemParts parts, string name, JsonElement value, string at)
    {
        switch (name)
        {
            case "id":
                if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    parts.Id = new ReferenceId(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                }
                else
                {
                    Error(IssueCodes.CslWrongType, CslMessages.RequiredWrongType(name, "a string or a number", Describe(value)), at);
                }

                parts.HasId = true;
                break;
            case "type":
                if (value.ValueKind == JsonValueKind.String)
                {
                    parts.Type = (value.GetString()!, value);
                    if (!CslVocabulary.ItemTypes.Contains(parts.Type.Value.Text))
                    {
                        Warning(IssueCodes.CslTypeUnknown, CslMessages.TypeUnknown(parts.Type.Value.Text), at);
                    }
                }
                else
                {
                    Error(IssueCodes.CslWrongType, CslMessages.RequiredWrongType(name, "a string", Describe(value)), at);
                }

                parts.HasType = true;
                break;
            case "title":
                if (value.ValueKind == JsonValueKind.String)
                {
                    parts.Title = value.GetString()!;
                }
                else
                {
                    Error(IssueCodes.CslWrongType, CslMessages.RequiredWrongType(name, "a string", Describe(value)), at);
                }

                parts.HasTitle = true;
                break;
            case "genre":
                if (value.ValueKind == JsonValueKind.String)
                {
                    parts.Genre = (value.GetString()!, value);
                }
                else
                {
                    Keep(parts, name, value, at, "a string");
                }

                break;
            case "author":
                ReadAuthors(parts, value, at);
                break;
            case "container-title":
                parts.Container = Text(parts, name, value, at);
                break;
            case "publisher":
                parts.Publisher = Text(parts, name, value, at);
                break;
            case "issued":
                parts.Issued = ReadIssued(parts, value, at);
                break;
            case "volume":
                parts.Volume = TextOrNumber(parts, name, value, at);
                break;
            case "issue":
                parts.Issue = TextOrNumber(parts, name, value, at);
                break;
            case "page":
                parts.Pages = TextOrNumber(parts, name, value, at);
                break;
            case "DOI":
                parts.Doi = Text(parts, name, value, at);
                break;
            case "PMID":
                parts.Pmid = Text(parts, name, value, at);
                break;
            case "URL":
                parts.Url = Text(parts, name, value, at);
                break;
            case "custom":
                if (value.ValueKind == JsonValueKind.Object)
                {
                    parts.Custom = value;
                }
                else
                {
                    Keep(parts, name, value, at, "an object");
                }

                break;
            default:
                // A CSL variable the model has no member for, or a member CSL does not define: kept, in order.
                parts.Variables.Add(new(name, value));
                break;
        }
    }

    /// <summary>Builds the reference; null when members of <paramref name="ours"/> collide with the item's own.</summary>
    private static Reference? Build(ItemParts parts, ReferenceId id, (string Text, JsonElement Value) type, string title, OurCustom? ours)
    {
        var kind = ours?.Kind ?? CslKinds.Classify(type.Text, parts.Genre?.Text);
        var (ownType, ownGenre) = CslKinds.ToCsl(kind, parts.Container is not null);
        var unknown = new List<KeyValuePair<string, JsonElement>>();
        if (type.Text != ownType)
        {
            unknown.Add(new("type", type.Value));
        }

        if (parts.Genre is { } genre && genre.Text != ownGenre)
        {
            unknown.Add(new("genre", genre.Value));
        }

        unknown.AddRange(parts.Variables);
        var foreign = parts.Custom is { } custom
            ? Members(custom).Where(m => ours is null || m.Name != CslVocabulary.Namespace).ToList()
            : [];
        if (foreign.Count > 0)
        {
            unknown.Add(new("custom", ObjectOf(foreign)));
        }

        var authors = parts.Authors.ToArray();
        if (ours is not null)
        {
            if (!TryAppend(unknown, ours.UnknownMembers))
            {
                return null;
            }

            foreach (var (index, members) in ours.AuthorUnknownMembers)
            {
                var own = ((IEnumerable<KeyValuePair<string, JsonElement>>?)authors[index].UnknownMembers ?? []).ToList();
                if (!TryAppend(own, members))
                {
                    return null;
                }

                authors[index] = authors[index] with { UnknownMembers = UnknownMembers.Create(own) };
            }
        }

        return new Reference
        {
            Id = id,
            Kind = kind,
            Title = title,
            Authors = authors.ToEquatableArray(),
            Container = parts.Container,
            Publisher = parts.Publisher,
            Issued = parts.Issued,
            Volume = parts.Volume,
            Issue = parts.Issue,
            Pages = parts.Pages,
            Doi = parts.Doi,
            Pmid = parts.Pmid,
            Url = parts.Url,
            UnknownMembers = unknown.Count == 0 ? null : UnknownMembers.Create(unknown),
        };

        static bool TryAppend(List<KeyValuePair<string, JsonElement>> to, List<(string Name, JsonElement Value)> members)
        {
            foreach (var (name, value) in members)
            {
                if (to.Exists(m => string.Equals(m.Key, name, StringComparison.Ordinal)))
                {
                    return false;
                }

                to.Add(new(name, value));
            }

            return true;
        }
    }

    // ---- Authors --------------------------------------------------------------------------------------------

    private void ReadAuthors(ItemParts parts, JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Keep(parts, "author", value, at, "an array of names");
            return;
        }

        var index = 0;
        foreach (var name in value.EnumerateArray())
        {
            var nameAt = JsonPointers.Append(at, index++);
            if (name.ValueKind != JsonValueKind.Object)
            {
                Error(IssueCodes.CslWrongType, CslMessages.NameWrongType(Describe(name)), nameAt);
                continue;
            }

            string? family = null, given = null, literal = null;
            var unknown = new List<KeyValuePair<string, JsonElement>>();
            foreach (var (part, partValue) in Members(name))
            {
                var partAt = JsonPointers.Append(nameAt, part);
                switch (part)
                {
                    case "family" or "given" or "literal" when partValue.ValueKind == JsonValueKind.String:
                        _ = part switch
                        {
                            "family" => family = partValue.GetString(),
                            "given" => given = partValue.GetString(),
                            _ => literal = partValue.GetString(),
                        };
                        break;
                    case "family" or "given" or "literal":
                        Error(IssueCodes.CslWrongType, CslMessages.WrongTypeKept(part, "a string", Describe(partValue)), partAt);
                        unknown.Add(new(part, partValue));
                        break;
                    default:
                        // Other name parts (particles, suffix …) and members CSL does not define: kept, in order.
                        unknown.Add(new(part, partValue));
                        break;
                }
            }

            parts.Authors.Add(new Author
            {
                Family = family,
                Given = given,
                Literal = literal,
                UnknownMembers = unknown.Count == 0 ? null : UnknownMembers.Create(unknown),
            });
        }
    }

    // ---- Dates ----------------------------------------------------------------------------------------------

    /// <summary>Reads <c>issued</c>: one date of one to three parts (numbers or digit strings), or a <c>raw</c> ISO 8601
    /// date. Anything else is kept as an unknown member: reported as an error when it is not a valid CSL date, as a
    /// warning when it is one the model cannot carry (a range, a season, circa, a literal, other raw text).</summary>
    private PartialDate? ReadIssued(ItemParts parts, JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Keep(parts, "issued", value, at, "a date object");
            return null;
        }

        JsonElement? dateParts = null;
        JsonElement? raw = null;
        string? notCarried = null;
        foreach (var (name, member) in Members(value))
        {
            var memberAt = JsonPointers.Append(at, name);
            switch (name)
            {
                case "date-parts":
                    dateParts = member;
                    break;
                case "raw" when member.ValueKind == JsonValueKind.String:
                    raw = member;
                    break;
                case "season" when member.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                    notCarried ??= "a season";
                    break;
                case "circa" when member.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    notCarried ??= "approximate (circa)";
                    break;
                case "literal" when member.ValueKind == JsonValueKind.String:
                    notCarried ??= "a literal text";
                    break;
                case "raw" or "season" or "circa" or "literal":
                    return Invalid(CslMessages.DateMemberWrongType(name, Describe(member)), memberAt);
                default:
                    return Invalid(CslMessages.DateMemberUnknown(name), memberAt);
            }
        }

        PartialDate? date = null;
        if (dateParts is { } partsValue)
        {
            var partsAt = JsonPointers.Append(at, "date-parts");
            if (partsValue.ValueKind != JsonValueKind.Array || partsValue.GetArrayLength() is < 1 or > 2)
            {
                return Invalid(CslMessages.DatePartsShape(), partsAt);
            }

            var rangeIndex = 0;
            foreach (var range in partsValue.EnumerateArray())
            {
                var rangeAt = JsonPointers.Append(partsAt, rangeIndex++);
                if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() is < 1 or > 3)
                {
                    return Invalid(CslMessages.DatePartsShape(), rangeAt);
                }

                var numbers = new int[range.GetArrayLength()];
                var p = 0;
                foreach (var part in range.EnumerateArray())
                {
                    if (!TryReadDatePart(part, out numbers[p]))
                    {
                        return Invalid(CslMessages.DatePartNotInteger(Echo(part)), JsonPointers.Append(rangeAt, p));
                    }

                    p++;
                }

                if (numbers.Length >= 2 && numbers[1] is < 1 or > 12)
                {
                    return Invalid(CslMessages.DateMonthOutOfRange(numbers[1]), JsonPointers.Append(rangeAt, 1));
                }

                if (numbers[0] is < 1 or > 9999)
                {
                    notCarried ??= "outside the years 1 to 9999";
                }
                else if (numbers.Length == 3 && numbers[2] is var day && (day < 1 || day > DateTime.DaysInMonth(numbers[0], numbers[1])))
                {
                    return Invalid(CslMessages.DateDayOutOfRange(numbers[0], numbers[1], day), JsonPointers.Append(rangeAt, 2));
                }
                else if (rangeIndex == 1)
                {
                    date = new PartialDate(numbers[0], numbers.Length >= 2 ? numbers[1] : null, numbers.Length == 3 ? numbers[2] : null);
                }
            }

            if (partsValue.GetArrayLength() == 2)
            {
                notCarried ??= "a range";
            }
        }

        if (raw is { } rawValue)
        {
            if (dateParts is not null)
            {
                notCarried ??= "given both as date-parts and as raw text";
            }
            else if (PartialDate.TryParse(rawValue.GetString(), out var parsed))
            {
                date = parsed;
            }
            else
            {
                notCarried ??= "raw text other than yyyy, yyyy-MM or yyyy-MM-dd";
            }
        }

        if (dateParts is null && raw is null && notCarried is null)
        {
            return Invalid(CslMessages.DateEmpty(), at);
        }

        if (notCarried is not null)
        {
            Warning(IssueCodes.CslDateNotCarried, CslMessages.DateNotCarried(notCarried), at);
            parts.Variables.Add(new("issued", value));
            return null;
        }

        return date;

        PartialDate? Invalid(string message, string pointer)
        {
            Error(IssueCodes.CslDateInvalid, message, pointer);
            parts.Variables.Add(new("issued", value));
            return null;
        }
    }

    private static bool TryReadDatePart(JsonElement part, out int value)
    {
        value = 0;
        if (part.ValueKind == JsonValueKind.Number)
        {
            if (part.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            {
                value = (int)number;
                return true;
            }

            return false;
        }

        return part.ValueKind == JsonValueKind.String
            && int.TryParse(part.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    // ---- custom.clinicalContent -----------------------------------------------------------------------------

    /// <summary>Reads <c>custom.clinicalContent</c>; when it is absent or cannot be read (reported), the item is
    /// classified from its CSL type and the member stays in the foreign <c>custom</c> members, unchanged.</summary>
    private CustomPart ReadCustom(JsonElement custom, string at, int authorCount)
    {
        var oursAt = JsonPointers.Append(at, CslVocabulary.Namespace);
        var ours = Members(custom).Where(static m => m.Name == CslVocabulary.Namespace).Select(static m => (JsonElement?)m.Value).FirstOrDefault();
        if (ours is not { } value)
        {
            return new CustomPart(null, oursAt);
        }

        var problem = ReadOurs(value, authorCount, out var parsed);
        if (problem is not null)
        {
            Warning(IssueCodes.CslCustomUnreadable, CslMessages.CustomUnreadable(problem), oursAt);
        }

        return new CustomPart(parsed, oursAt);
    }

    /// <summary>Reads what <see cref="CslWriter"/> writes into <c>custom.clinicalContent</c>; returns what is wrong, or null.</summary>
    private static string? ReadOurs(JsonElement value, int authorCount, out OurCustom? parsed)
    {
        parsed = null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return CslMessages.CustomNotAnObject(Describe(value));
        }

        ReferenceKind? kind = null;
        var unknown = new List<(string, JsonElement)>();
        var authors = new List<(int, List<(string, JsonElement)>)>();
        foreach (var (name, member) in Members(value))
        {
            switch (name)
            {
                case CslVocabulary.Kind:
                    if (member.ValueKind != JsonValueKind.String || !CslKinds.TryParse(member.GetString()!, out kind))
                    {
                        return CslMessages.CustomKindUnknown();
                    }

                    break;
                case CslVocabulary.UnknownMembers:
                    if (member.ValueKind != JsonValueKind.Object)
                    {
                        return CslMessages.CustomMemberNotAnObject(name);
                    }

                    unknown = Members(member);
                    break;
                case CslVocabulary.AuthorUnknownMembers:
                    if (member.ValueKind != JsonValueKind.Object)
                    {
                        return CslMessages.CustomMemberNotAnObject(name);
                    }

                    foreach (var (key, members) in Members(member))
                    {
                        if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                            || index.ToString(CultureInfo.InvariantCulture) != key || index >= authorCount || members.ValueKind != JsonValueKind.Object)
                        {
                            return CslMessages.CustomAuthorIndexInvalid(key);
                        }

                        authors.Add((index, Members(members)));
                    }

                    break;
                default:
                    return CslMessages.CustomMemberUnknown(name);
            }
        }

        if (kind is null)
        {
            return CslMessages.CustomKindMissing();
        }

        parsed = new OurCustom(kind.Value, unknown, authors);
        return null;
    }

    // ---- Values ---------------------------------------------------------------------------------------------

    private string? Text(ItemParts parts, string name, JsonElement value, string at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Keep(parts, name, value, at, "a string");
        return null;
    }

    private string? TextOrNumber(ItemParts parts, string name, JsonElement value, string at)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                // As written: "12" and 12 both become "12"; 1.50 stays "1.50".
                return value.GetRawText();
            default:
                Keep(parts, name, value, at, "a string or a number");
                return null;
        }
    }

    /// <summary>Reports a variable of the wrong type and keeps it, in order, as an unknown member.</summary>
    private void Keep(ItemParts parts, string name, JsonElement value, string at, string expected)
    {
        Error(IssueCodes.CslWrongType, CslMessages.WrongTypeKept(name, expected, Describe(value)), at);
        parts.Variables.Add(new(name, value));
    }

    /// <summary>A JSON object of the given members, in order, as a value that outlives its document.</summary>
    private static JsonElement ObjectOf(List<(string Name, JsonElement Value)> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        // Depth: the members come from a document read within the limit, one level deeper than here.
        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1000 });
        return document.RootElement.Clone();
    }

    /// <summary>What an item holds, gathered before a reference is built from it.</summary>
    private sealed class ItemParts
    {
        public bool HasId { get; set; }

        public bool HasType { get; set; }

        public bool HasTitle { get; set; }

        public ReferenceId? Id { get; set; }

        public (string Text, JsonElement Value)? Type { get; set; }

        public string? Title { get; set; }

        public (string Text, JsonElement Value)? Genre { get; set; }

        public List<Author> Authors { get; } = [];

        public string? Container { get; set; }

        public string? Publisher { get; set; }

        public PartialDate? Issued { get; set; }

        public string? Volume { get; set; }

        public string? Issue { get; set; }

        public string? Pages { get; set; }

        public string? Doi { get; set; }

        public string? Pmid { get; set; }

        public string? Url { get; set; }

        public JsonElement? Custom { get; set; }

        /// <summary>Members kept as unknown members, in document order: unmapped variables and values of the wrong type.</summary>
        public List<KeyValuePair<string, JsonElement>> Variables { get; } = [];
    }

    /// <summary><c>custom.clinicalContent</c> as read: the exact kind and the members CSL could not carry.</summary>
    private sealed record OurCustom(
        ReferenceKind Kind,
        List<(string Name, JsonElement Value)> UnknownMembers,
        List<(int Index, List<(string Name, JsonElement Value)> Members)> AuthorUnknownMembers);

    /// <summary>The item's <c>custom.clinicalContent</c>, if it could be read, and where it is.</summary>
    private sealed record CustomPart(OurCustom? Ours, string Pointer);
}
