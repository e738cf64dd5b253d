using System.Text.Json;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ClinicalContent.Tests.Interop.Csl;

/// <summary>A list of references built to probe the CSL mapping.</summary>
public sealed record ReferenceList(EquatableArray<Reference> References)
{
    /// <summary>The ids and kinds only: FsCheck prints this when a case fails, and the whole list is too long to read.</summary>
    public override string ToString() => string.Join(", ", References.Select(static r => $"{r.Kind}:{r.UnknownMembers}"));
}

/// <summary>FsCheck arbitraries for the CSL tests.</summary>
public static class CslArbitraries
{
    /// <summary>Reference lists whose references have unknown members chosen to collide with CSL: variables with
    /// values of the right and the wrong shape, the names the mapping uses itself, <c>custom</c> objects, and
    /// members CSL does not define, in any order; authors likewise with name parts.</summary>
    public static Arbitrary<ReferenceList> ReferenceLists() => Arb.From(
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => new CslReferenceFactory(seed).List(1 + (size / 20)))));
}

/// <summary>Builds reproducible references from a seed, text from <see cref="ArticleFactory"/>, unknown members from
/// pools that exercise every branch of the exporter's split (see CslWriter).</summary>
public sealed class CslReferenceFactory
{
    /// <summary>Unknown members of a reference: name and JSON value.</summary>
    private static readonly (string Name, string Json)[] s_referenceMembers =
    [
        // CSL variables the model does not map, with values CSL accepts: written as variables.
        ("abstract", "\"An abstract\""), ("note", "\"PMCID: PMC1\""), ("ISSN", "\"1474-4422\""), ("language", "\"en-GB\""),
        ("edition", "2"), ("edition", "\"3rd\""), ("editor", "[{\"family\": \"Doe\", \"given\": \"J.\"}, {\"literal\": \"WHO\"}]"),
        ("accessed", "{\"date-parts\": [[2024, 5, 1]]}"), ("original-date", "{\"literal\": \"Spring 1999\"}"),
        ("categories", "[\"neurology\", \"movement\"]"), ("number-of-pages", "312"), ("citation-key", "\"smith2004\""),
        // The same variables with values CSL refuses: kept in custom.clinicalContent.
        ("abstract", "5"), ("editor", "\"Doe\""), ("accessed", "{\"date-parts\": [[2024, 5, 1]], \"x\": 1}"), ("categories", "[1]"),
        // Names the mapping writes itself.
        ("type", "\"report\""), ("type", "\"article-journal\""), ("type", "\"thesis\""), ("type", "\"journal-article\""), ("type", "3"),
        ("genre", "\"Editorial\""), ("genre", "\"Clinical practice guideline\""), ("genre", "\"Review\""), ("genre", "false"),
        ("id", "7"), ("title", "\"A second title\""), ("volume", "true"), ("issued", "{\"literal\": \"Spring 2004\"}"),
        ("DOI", "\"10.1000/xyz\""), ("author", "\"Doe, J.\""), ("custom", "{\"short_id\": \"xyz\", \"other-ids\": [\"a\"]}"),
        ("custom", "{}"), ("custom", "{\"clinicalContent\": {\"kind\": \"research\"}}"), ("custom", "\"text\""),
        // Members CSL does not define at all.
        ("kind", "\"guideline\""), ("clinicalContent", "{}"), ("pmcid", "\"PMC1\""), ("x-review-note", "null"),
    ];

    /// <summary>Unknown members of an author.</summary>
    private static readonly (string Name, string Json)[] s_authorMembers =
    [
        ("dropping-particle", "\"van\""), ("non-dropping-particle", "\"de\""), ("suffix", "\"Jr.\""), ("comma-suffix", "true"),
        ("static-ordering", "1"), ("parse-names", "\"false\""), ("suffix", "4"), ("family", "5"), ("literal", "null"),
        ("orcid", "\"0000-0002-1825-0097\""), ("affiliation", "{\"name\": \"Clinic\"}"),
    ];

    private readonly Random _random;
    private readonly ArticleFactory _text;

    public CslReferenceFactory(int seed)
    {
        _random = new Random(seed);
        _text = new ArticleFactory(seed);
    }

    public ReferenceList List(int maxCount)
        => new(Enumerable.Range(0, _random.Next(1, maxCount + 2)).Select(_ => Reference()).ToEquatableArray());

    private Reference Reference() => new()
    {
        Id = new ReferenceId(_random.Next(4) == 0 ? _random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture) : _text.Text()),
        Kind = (ReferenceKind)_random.Next(8),
        Title = _text.Text(),
        Authors = Enumerable.Range(0, _random.Next(4)).Select(_ => Author()).ToEquatableArray(),
        Container = Optional(),
        Publisher = Optional(),
        Issued = _random.Next(3) == 0 ? null : Date(),
        Volume = Optional(),
        Issue = Optional(),
        Pages = Optional(),
        Doi = Optional(),
        Pmid = Optional(),
        Url = Optional(),
        UnknownMembers = Unknown(s_referenceMembers, 6),
    };

    private Author Author() => new()
    {
        Family = Optional(),
        Given = Optional(),
        Literal = _random.Next(4) == 0 ? _text.Text() : null,
        UnknownMembers = Unknown(s_authorMembers, 4),
    };

    private PartialDate Date()
    {
        var year = _random.Next(1, 10_000);
        var month = _random.Next(1, 13);
        return _random.Next(3) switch
        {
            0 => new PartialDate(year),
            1 => new PartialDate(year, month),
            _ => new PartialDate(year, month, _random.Next(1, DateTime.DaysInMonth(year, month) + 1)),
        };
    }

    private string? Optional() => _random.Next(3) == 0 ? null : _text.Text();

    /// <summary>None (often), or up to <paramref name="max"/> members with distinct names in random order, from the pool
    /// and from the article generator's unknown members.</summary>
    private UnknownMembers? Unknown((string Name, string Json)[] pool, int max)
    {
        if (_random.Next(3) == 0)
        {
            return null;
        }

        var members = new List<KeyValuePair<string, JsonElement>>();
        var count = _random.Next(1, max + 1);
        for (var i = 0; i < count; i++)
        {
            var (name, value) = _random.Next(5) == 0
                ? _text.NonEmptyUnknown()[0]
                : Pick(pool);
            if (!members.Exists(m => m.Key == name))
            {
                members.Add(new(name, value));
            }
        }

        return UnknownMembers.Create(members);
    }

    private KeyValuePair<string, JsonElement> Pick((string Name, string Json)[] pool)
    {
        var (name, json) = pool[_random.Next(pool.Length)];
        using var document = JsonDocument.Parse(json);
        return new(name, document.RootElement.Clone());
    }
}
