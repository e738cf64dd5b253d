using System.Globalization;
using System.Text.Json;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.Csl;

/// <summary>
/// Writes references as CSL-JSON items. Every member of a <see cref="Reference"/> goes to a CSL variable or to
/// <c>custom.clinicalContent</c>, so that <see cref="CslReader"/> gives back an equal reference.
/// </summary>
/// <remarks>
/// <para>Unknown members are split so that the item stays valid CSL and their order survives the round trip
/// (docs/interop-csl.md): a leading <c>type</c> or <c>genre</c> that differs from the kind's own replaces it; then
/// members that are CSL variables the reference does not map, with values of the right shape, are written as
/// variables, as long as they come one after another; a following <c>custom</c> object is merged into the item's
/// <c>custom</c>; everything from the first member that fits none of these goes, in order, to
/// <c>custom.clinicalContent.unknownMembers</c>. The reader puts them back in exactly that order. Authors' unknown
/// members are split the same way, between CSL name parts and <c>custom.clinicalContent.authorUnknownMembers</c>.</para>
/// </remarks>
internal static class CslWriter
{
    private static readonly UnknownMembers s_noMembers = UnknownMembers.Create([]);

    /// <summary>Throws when a reference holds a value that has no CSL-JSON form; called on every reference before
    /// anything is written, so that a bad reference never leaves a partial document.</summary>
    /// <exception cref="ArgumentException">The reference is null, or holds such a value.</exception>
    public static void Check(Reference? reference)
    {
        if (reference is null)
        {
            throw new ArgumentException("The references hold a null reference; lists may not hold null.");
        }

        _ = CslKinds.Name(reference.Kind);
        if (reference.Title is null)
        {
            throw new ArgumentException("The required member 'Title' of a reference is null; every CSL item needs a title.");
        }

        if (reference.Issued is { Year: < 1 })
        {
            throw new ArgumentException("A reference's issued date is default(PartialDate), which has no JSON form; leave Issued null when the date is unknown.");
        }

        foreach (var author in reference.Authors)
        {
            if (author is null)
            {
                throw new ArgumentException("A reference's authors hold a null author; lists may not hold null.");
            }
        }
    }

    /// <summary>Writes the references as a JSON array of CSL items.</summary>
    public static void WriteArray(Utf8JsonWriter w, IReadOnlyList<Reference> references)
    {
        w.WriteStartArray();
        foreach (var reference in references)
        {
            WriteItem(w, reference);
        }

        w.WriteEndArray();
    }

    private static void WriteItem(Utf8JsonWriter w, Reference r)
    {
        var (type, genre) = CslKinds.ToCsl(r.Kind, r.Container is not null);
        var unknown = Members(r.UnknownMembers);
        var i = 0;
        JsonElement? typeOverride = null;
        JsonElement? genreOverride = null;
        if (i < unknown.Count && unknown[i].Key == "type" && TryGetText(unknown[i].Value, out var otherType)
            && CslVocabulary.ItemTypes.Contains(otherType) && otherType != type)
        {
            typeOverride = unknown[i++].Value;
        }

        if (i < unknown.Count && unknown[i].Key == "genre" && TryGetText(unknown[i].Value, out var otherGenre) && otherGenre != genre)
        {
            genreOverride = unknown[i++].Value;
        }

        var variablesStart = i;
        while (i < unknown.Count && CslVocabulary.FitsItem(unknown[i].Key, unknown[i].Value))
        {
            i++;
        }

        var variablesEnd = i;
        JsonElement? foreignCustom = null;
        if (i < unknown.Count && unknown[i].Key == "custom" && IsMergeableCustom(unknown[i].Value))
        {
            foreignCustom = unknown[i++].Value;
        }

        var rest = i;

        w.WriteStartObject();
        w.WriteString("id"u8, r.Id.Value);
        WriteStringOr(w, "type"u8, typeOverride, type);
        if (genreOverride is not null || genre is not null)
        {
            WriteStringOr(w, "genre"u8, genreOverride, genre!);
        }

        w.WriteString("title"u8, r.Title);
        var authorRests = WriteAuthors(w, r.Authors);
        Optional(w, "container-title"u8, r.Container);
        Optional(w, "publisher"u8, r.Publisher);
        if (r.Issued is { } issued)
        {
            w.WritePropertyName("issued"u8);
            w.WriteStartObject();
            w.WritePropertyName("date-parts"u8);
            w.WriteStartArray();
            w.WriteStartArray();
            w.WriteNumberValue(issued.Year);
            if (issued.Month is { } month)
            {
                w.WriteNumberValue(month);
            }

            if (issued.Day is { } day)
            {
                w.WriteNumberValue(day);
            }

            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        Optional(w, "volume"u8, r.Volume);
        Optional(w, "issue"u8, r.Issue);
        Optional(w, "page"u8, r.Pages);
        Optional(w, "DOI"u8, r.Doi);
        Optional(w, "PMID"u8, r.Pmid);
        Optional(w, "URL"u8, r.Url);
        for (var v = variablesStart; v < variablesEnd; v++)
        {
            w.WritePropertyName(unknown[v].Key);
            unknown[v].Value.WriteTo(w);
        }

        w.WritePropertyName("custom"u8);
        w.WriteStartObject();
        if (foreignCustom is { } custom)
        {
            foreach (var member in custom.EnumerateObject())
            {
                member.WriteTo(w);
            }
        }

        w.WritePropertyName(CslVocabulary.Namespace);
        w.WriteStartObject();
        w.WriteString(CslVocabulary.Kind, CslKinds.Name(r.Kind));
        if (rest < unknown.Count)
        {
            w.WritePropertyName(CslVocabulary.UnknownMembers);
            WriteMembers(w, unknown, rest);
        }

        if (authorRests is not null)
        {
            w.WritePropertyName(CslVocabulary.AuthorUnknownMembers);
            w.WriteStartObject();
            foreach (var (index, members, start) in authorRests)
            {
                w.WritePropertyName(index.ToString(CultureInfo.InvariantCulture));
                WriteMembers(w, members, start);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes the authors as CSL names; returns, for each author with unknown members that are not name
    /// parts, where those members start.</summary>
    private static List<(int Index, IReadOnlyList<KeyValuePair<string, JsonElement>> Members, int Start)>? WriteAuthors(
        Utf8JsonWriter w, EquatableArray<Author> authors)
    {
        if (authors.IsEmpty)
        {
            return null;
        }

        List<(int, IReadOnlyList<KeyValuePair<string, JsonElement>>, int)>? rests = null;
        w.WritePropertyName("author"u8);
        w.WriteStartArray();
        for (var a = 0; a < authors.Count; a++)
        {
            var author = authors[a];
            w.WriteStartObject();
            Optional(w, "family"u8, author.Family);
            Optional(w, "given"u8, author.Given);
            Optional(w, "literal"u8, author.Literal);
            var unknown = Members(author.UnknownMembers);
            var i = 0;
            while (i < unknown.Count && CslVocabulary.FitsName(unknown[i].Key, unknown[i].Value))
            {
                w.WritePropertyName(unknown[i].Key);
                unknown[i].Value.WriteTo(w);
                i++;
            }

            if (i < unknown.Count)
            {
                (rests ??= []).Add((a, unknown, i));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        return rests;
    }

    /// <summary>A <c>custom</c> unknown member can be merged into the item's own <c>custom</c> when it is a non-empty
    /// object with distinct member names, none of them <c>clinicalContent</c>.</summary>
    private static bool IsMergeableCustom(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (member.NameEquals(CslVocabulary.Namespace) || !names.Add(member.Name))
            {
                return false;
            }
        }

        return names.Count > 0;
    }

    /// <summary>The text of a string value; false for other values and for strings that are not valid Unicode (an
    /// escaped unpaired surrogate), which the reader would not take for a type or genre either.</summary>
    private static bool TryGetText(JsonElement value, out string text)
    {
        text = string.Empty;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void WriteMembers(Utf8JsonWriter w, IReadOnlyList<KeyValuePair<string, JsonElement>> members, int start)
    {
        w.WriteStartObject();
        for (var i = start; i < members.Count; i++)
        {
            w.WritePropertyName(members[i].Key);
            members[i].Value.WriteTo(w);
        }

        w.WriteEndObject();
    }

    private static UnknownMembers Members(UnknownMembers? unknown) => unknown ?? s_noMembers;

    private static void WriteStringOr(Utf8JsonWriter w, ReadOnlySpan<byte> name, JsonElement? value, string fallback)
    {
        if (value is { } element)
        {
            w.WritePropertyName(name);
            element.WriteTo(w);
        }
        else
        {
            w.WriteString(name, fallback);
        }
    }

    private static void Optional(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
