using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Schema;

namespace ClinicalContent.Tests.Schema;

/// <summary>The committed schema document itself: structure, references, portable regexes, no null, formatting, embedding.</summary>
public sealed class ArticleSchemaDocumentTests
{
    private static readonly string[] s_rootKeys =
        ["$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties", "$defs"];

    [Fact]
    public void Root_Keys_AreInThePublishedOrder()
    {
        var root = SchemaWalk.Committed;

        root.Select(static p => p.Key).Should().Equal(s_rootKeys);
        root["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root["$id"]!.GetValue<string>().Should().Be(ArticleSchema.Id);
        root["type"]!.GetValue<string>().Should().Be("object");
    }

    [Fact]
    public void Id_EndsWithTheVersionTheLibraryWrites()
    {
        ArticleSchema.Version.Should().Be(ClinicalArticle.CurrentSchemaVersion);
        ArticleSchema.Id.Should().EndWith(":" + ArticleSchema.Version);
    }

    [Fact]
    public void References_AreLocalAndResolve()
    {
        var references = AllReferences(SchemaWalk.Committed).ToList();

        references.Should().NotBeEmpty();
        references.Should().OnlyContain(static r => r.StartsWith(ArticleSchemaGenerator.DefinitionsPrefix, StringComparison.Ordinal));
        references.Select(static r => r[ArticleSchemaGenerator.DefinitionsPrefix.Length..])
            .Should().OnlyContain(static name => SchemaWalk.Definitions.ContainsKey(name));
    }

    [Fact]
    public void Definitions_AreEachReferenced()
    {
        var referenced = AllReferences(SchemaWalk.Committed).Select(static r => r[ArticleSchemaGenerator.DefinitionsPrefix.Length..]).ToHashSet(StringComparer.Ordinal);

        SchemaWalk.Definitions.Select(static d => d.Key).Should().OnlyContain(name => referenced.Contains(name));
    }

    [Fact]
    public void Definitions_AreNamedAfterModelTypes()
    {
        var assembly = typeof(ClinicalArticle).Assembly;

        SchemaWalk.Definitions.Select(static d => d.Key)
            .Should().OnlyContain(name => assembly.GetType("ClinicalContent.Model." + name) != null);
        SchemaWalk.Definitions.Should().NotContainKey(nameof(ClinicalArticle), "the root is the article");
    }

    [Fact]
    public void Patterns_UseOnlyPortableAsciiSyntax()
    {
        var patterns = Patterns().ToList();

        patterns.Should().NotBeEmpty();
        foreach (var (pointer, pattern) in patterns)
        {
            pattern.Should().MatchRegex("^[\\x20-\\x7E]*$", "{0} must be ASCII only", pointer);
            pattern.Should().NotContainAny(["\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\p", "\\P", "\\b", "\\B", "(?<", "(?i", "\\z", "\\Z", "\\A"]);
            var compile = () => new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
            compile.Should().NotThrow("{0} must be a valid ECMA-262 regex", pointer);
        }
    }

    [Fact]
    public void Null_IsAllowedNowhere()
    {
        foreach (var (pointer, schema) in SchemaWalk.AllSchemas(SchemaWalk.Committed))
        {
            var types = schema["type"] switch
            {
                JsonArray array => array.Select(static t => t!.GetValue<string>()),
                JsonValue value => [value.GetValue<string>()],
                _ => [],
            };
            types.Should().NotContain("null", "at {0}", pointer);
            (schema["enum"]?.AsArray() ?? []).Should().NotContainNulls("at {0}", pointer);
            if (schema.ContainsKey("const"))
            {
                schema["const"].Should().NotBeNull("at {0}", pointer);
            }
        }
    }

    [Fact]
    public void Objects_AreClosedAndRequireOnlyDeclaredMembers()
    {
        foreach (var (pointer, schema) in SchemaWalk.AllSchemas(SchemaWalk.Committed).Where(static s => s.Schema["properties"] is not null))
        {
            schema["type"]!.GetValue<string>().Should().Be("object", "at {0}", pointer);
            schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse("{0} is a strict contract", pointer);
            var properties = schema["properties"]!.AsObject();
            (schema["required"]?.AsArray() ?? []).Select(static r => r!.GetValue<string>())
                .Where(r => !properties.ContainsKey(r)).Should().BeEmpty("at {0}", pointer);
        }
    }

    [Fact]
    public void Strings_MayNotBeEmpty()
    {
        foreach (var (pointer, schema) in SchemaWalk.AllSchemas(SchemaWalk.Committed))
        {
            if (schema["type"]?.GetValue<string>() != "string" || schema.ContainsKey("enum") || schema.ContainsKey("const"))
            {
                continue;
            }

            var minLength = schema["minLength"]?.GetValue<int>() ?? 0;
            var pattern = schema["pattern"]?.GetValue<string>();
            var rejectsEmpty = minLength >= 1 || (pattern is not null && !Regex.IsMatch(string.Empty, pattern, RegexOptions.ECMAScript));
            rejectsEmpty.Should().BeTrue("{0} must not accept an empty string: absence is written by leaving the member out", pointer);
        }
    }

    [Fact]
    public void Samples_StringsAndNumbers_SatisfyTheirConstraints()
    {
        // A check independent of the evaluator: every pattern and bound accepts what the samples hold.
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(SchemaTestPaths.SampleArticles, "*.json"))
        {
            var document = JsonNode.Parse(File.ReadAllText(file));
            SchemaWalk.Walk(document, SchemaWalk.Committed, string.Empty, visit =>
            {
                if (visit.Instance is not JsonValue value)
                {
                    return;
                }

                if (value.GetValueKind() == JsonValueKind.String && visit.Schema["pattern"]?.GetValue<string>() is { } pattern
                    && !Regex.IsMatch(value.GetValue<string>(), pattern, RegexOptions.ECMAScript))
                {
                    failures.Add($"{Path.GetFileName(file)}{visit.Pointer}: '{value}' does not match {pattern}");
                }

                if (value.GetValueKind() == JsonValueKind.Number)
                {
                    var number = value.GetValue<decimal>();
                    if ((visit.Schema["minimum"] is { } minimum && number < minimum.GetValue<decimal>())
                        || (visit.Schema["exclusiveMinimum"] is { } exclusive && number <= exclusive.GetValue<decimal>()))
                    {
                        failures.Add($"{Path.GetFileName(file)}{visit.Pointer}: {number} is below the minimum");
                    }
                }
            });
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void File_IsFormattedDeterministically()
    {
        var bytes = File.ReadAllBytes(SchemaTestPaths.CommittedSchema);
        var text = Encoding.UTF8.GetString(bytes);

        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble).Should().BeFalse("no byte order mark");
        text.Should().NotContain("\r").And.NotContain("\t").And.EndWith("}\n").And.NotEndWith("\n\n");
        text.Should().NotContain("\\u", "text is written as is; only quotation marks, reverse solidi and control characters are escaped");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            (indent % 2).Should().Be(0, "2-space indentation: '{0}'", line);
            line.Should().NotEndWith(" ");
        }
    }

    [Fact]
    public void EmbeddedSchema_IsTheCommittedFile()
    {
        var committed = File.ReadAllBytes(SchemaTestPaths.CommittedSchema);

        ArticleSchema.Utf8Json.ToArray().Should().Equal(committed);
        ArticleSchema.Json.Should().Be(Encoding.UTF8.GetString(committed));
    }

    [Fact]
    public void EmbeddedSchema_ReadFromManyThreads_IsOneInstance()
    {
        var texts = new string[16];

        Parallel.For(0, texts.Length, i => texts[i] = ArticleSchema.Json);

        texts.Should().OnlyContain(t => ReferenceEquals(t, texts[0]));
    }

    [Fact]
    public void Descriptions_AreSetOnEveryDefinitionAndMember()
    {
        foreach (var (name, definition) in SchemaWalk.Definitions)
        {
            definition!["description"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace("definition {0}", name);
        }

        foreach (var (name, schema) in SchemaWalk.ObjectDefinitions())
        {
            foreach (var (member, memberSchema) in schema["properties"]!.AsObject())
            {
                var description = memberSchema!["description"]?.GetValue<string>();
                description.Should().NotBeNullOrWhiteSpace("{0}.{1}", name, member);
                description.Should().NotContain("<").And.NotContain("(JSON ", "{0}.{1} is rendered from the XML docs", name, member);
            }
        }
    }

    private static IEnumerable<string> AllReferences(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(static p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : AllReferences(p.Value)),
        JsonArray array => array.SelectMany(AllReferences),
        _ => [],
    };

    private static IEnumerable<(string Pointer, string Pattern)> Patterns()
        => SchemaWalk.AllSchemas(SchemaWalk.Committed)
            .Where(static s => s.Schema["pattern"] is not null)
            .Select(static s => (s.Pointer, s.Schema["pattern"]!.GetValue<string>()));
}
