using System.Text.Json.Nodes;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// The schema's required sets, closed objects and "no null" rule must be the strict reader's. Each sample is
/// mutated one member at a time and read: the reader must report a missing member exactly where the schema
/// lists it as required, an unknown member everywhere, and a null everywhere.
/// </summary>
public sealed class ArticleSchemaReaderAgreementTests
{
    public static TheoryData<string> SampleNames() => [.. Samples()];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void RemoveMember_ReaderReportsMissingExactlyWhenSchemaRequiresIt(string sample)
    {
        var document = Load(sample);
        var failures = new List<string>();

        foreach (var member in Members(document))
        {
            var mutated = document.DeepClone().AsObject();
            Parent(mutated, member.Pointer).Remove(member.Name);
            var issues = ClinicalArticleJson.Read(mutated.ToJsonString()).Issues;

            var reported = member.IsDiscriminator
                ? issues.Any(i => i.Code == IssueCodes.DiscriminatorMissing && i.Pointer == member.Pointer)
                : issues.Any(i => i.Code == IssueCodes.RequiredMemberMissing && i.Pointer == member.MemberPointer);
            if (reported != member.Required)
            {
                failures.Add($"{member.MemberPointer} ({member.Definition}): schema required={member.Required}, reader reported={reported}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AddUnknownMember_ReaderReportsItInEveryObject(string sample)
    {
        var document = Load(sample);
        var objects = Objects(document).ToList();
        var failures = new List<string>();

        foreach (var pointer in objects)
        {
            var mutated = document.DeepClone().AsObject();
            ((JsonObject)Node(mutated, pointer)!)["notInTheSchema"] = 1;
            var issues = ClinicalArticleJson.Read(mutated.ToJsonString()).Issues;

            if (!issues.Any(i => i.Code == IssueCodes.UnknownMember && i.Pointer == pointer + "/notInTheSchema"))
            {
                failures.Add(pointer);
            }
        }

        objects.Should().NotBeEmpty();
        failures.Should().BeEmpty("the schema closes every object with additionalProperties: false");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SetMemberToNull_ReaderReportsNullEverywhere(string sample)
    {
        var document = Load(sample);
        var failures = new List<string>();

        foreach (var member in Members(document))
        {
            var mutated = document.DeepClone().AsObject();
            Parent(mutated, member.Pointer)[member.Name] = null;
            var issues = ClinicalArticleJson.Read(mutated.ToJsonString()).Issues;

            if (!issues.Any(i => i.Code is IssueCodes.NullNotAllowed or IssueCodes.WrongType && i.Pointer == member.MemberPointer))
            {
                failures.Add(member.MemberPointer);
            }
        }

        failures.Should().BeEmpty("the schema allows null nowhere");
    }

    [Fact]
    public void Samples_ExerciseEveryRequiredMemberOfEveryDefinition()
    {
        var tested = Samples()
            .SelectMany(static sample => Members(Load(sample)))
            .Where(static m => m.Required)
            .Select(static m => m.Definition + "." + m.Name)
            .ToHashSet(StringComparer.Ordinal);

        var declared = SchemaWalk.ObjectDefinitions()
            .SelectMany(static d => (d.Schema["required"]?.AsArray() ?? []).Select(r => d.Name + "." + r!.GetValue<string>()));

        declared.Where(d => !tested.Contains(d)).Should().BeEmpty("the agreement tests above only prove what the samples contain");
    }

    private static string[] Samples()
        => [.. Directory.GetFiles(SchemaTestPaths.SampleArticles, "*.json").Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static JsonObject Load(string sample)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaTestPaths.SampleArticles, sample)))!.AsObject();

    private static List<Member> Members(JsonObject document)
    {
        var members = new List<Member>();
        SchemaWalk.Walk(document, SchemaWalk.Committed, string.Empty, visit =>
        {
            if (visit.Instance is not JsonObject obj || visit.Schema["properties"] is null)
            {
                return;
            }

            var required = visit.Schema["required"]?.AsArray().Select(static r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (name, _) in obj)
            {
                members.Add(new Member(
                    visit.Pointer,
                    name,
                    visit.Definition ?? "ClinicalArticle",
                    required.Contains(name),
                    IsDiscriminator: visit.Family is not null && name == "kind"));
            }
        });
        return members;
    }

    private static List<string> Objects(JsonObject document)
    {
        var pointers = new List<string>();
        SchemaWalk.Walk(document, SchemaWalk.Committed, string.Empty, visit =>
        {
            if (visit.Instance is JsonObject)
            {
                pointers.Add(visit.Pointer);
            }
        });
        return pointers;
    }

    private static JsonObject Parent(JsonObject document, string pointer) => (JsonObject)Node(document, pointer)!;

    private static JsonNode? Node(JsonNode document, string pointer)
    {
        var node = document;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonArray array ? array[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)]! : node![name]!;
        }

        return node;
    }

    private sealed record Member(string Pointer, string Name, string Definition, bool Required, bool IsDiscriminator)
    {
        public string MemberPointer => Pointer + "/" + SchemaWalk.Escape(Name);
    }
}
