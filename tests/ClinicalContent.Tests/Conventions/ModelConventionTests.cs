using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Conventions;

/// <summary>The rules of STYLE.md §4 checked by reflection over the model.</summary>
public sealed partial class ModelConventionTests
{
    private static readonly Type[] s_modelTypes =
        [.. typeof(ClinicalArticle).Assembly.GetExportedTypes().Where(static t => t.Namespace == typeof(ClinicalArticle).Namespace)];

    private static readonly Type[] s_enums = [.. s_modelTypes.Where(static t => t.IsEnum)];

    // UnknownMembers is the overflow bag that every part carries, not a part of the article: it has no wire names of its own.
    private static readonly Type[] s_recordClasses = [.. s_modelTypes.Where(static t => t.IsClass && IsRecord(t) && t != typeof(UnknownMembers))];

    /// <summary>Record types whose wire-name table in <see cref="Wire"/> has a shorter name than the type.</summary>
    private static readonly Dictionary<Type, string> s_wireTableNames = new()
    {
        [typeof(ClinicalArticle)] = nameof(Wire.Article),
        [typeof(ClinicalScenario)] = nameof(Wire.Scenario),
        [typeof(ReviewInfo)] = nameof(Wire.Review),
        [typeof(DiagnosticApproach)] = nameof(Wire.Diagnosis),
        [typeof(FollowUpPlan)] = nameof(Wire.FollowUp),
        [typeof(ArticleSection)] = nameof(Wire.Section),
    };

    private static readonly HashSet<string> s_ucumTimeUnits = ["s", "min", "h", "d", "wk", "mo", "a"];

    public static TheoryData<string> EnumNames => [.. s_enums.Select(static t => t.Name)];

    public static TheoryData<string> ConcreteRecordNames => [.. s_recordClasses.Where(static t => !t.IsAbstract).Select(static t => t.Name)];

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static WireNames WireTable(string name) =>
        (WireNames)(typeof(Wire).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"Wire has no table named {name}."));

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public void ModelNamespace_HoldsTheWholeModel()
    {
        var names = s_modelTypes.Select(static t => t.Name);

        names.Should().Contain([nameof(ClinicalArticle), nameof(Dose), nameof(DoseRange), nameof(Audience), nameof(PartialDate), nameof(UnknownMembers)]);
    }

    [Fact]
    public void PublicModelTypes_AreSealedRecordsTheAbstractDoseEnumsOrReadonlyStructs()
    {
        var offenders = s_modelTypes.Where(static t => !(
            t.IsEnum
            || (t.IsValueType && t.IsDefined(typeof(IsReadOnlyAttribute)))
            || (t.IsClass && IsRecord(t) && t.IsSealed)
            || (t.IsClass && IsRecord(t) && t.IsAbstract && t == typeof(Dose))));

        string.Join(", ", offenders.Select(static t => t.Name)).Should().BeEmpty();
    }

    [Fact]
    public void PublicModelTypes_HaveNoPublicSettersExceptInit()
    {
        var offenders = s_modelTypes
            .SelectMany(static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(static p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(static p => $"{p.DeclaringType!.Name}.{p.Name}");

        string.Join(", ", offenders).Should().BeEmpty();
    }

    [Fact]
    public void PublicModelTypes_HaveNoPublicFieldsExceptConstantsAndEnumMembers()
    {
        var offenders = s_modelTypes
            .Where(static t => !t.IsEnum)
            .SelectMany(static t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(static f => !f.IsLiteral)
            .Select(static f => $"{f.DeclaringType!.Name}.{f.Name}");

        string.Join(", ", offenders).Should().BeEmpty();
    }

    [Fact]
    public void CollectionProperties_AreEquatableArrays()
    {
        // UnknownMembers is the overflow bag, not a list of model values; its own equality is tested separately.
        var offenders = s_modelTypes
            .SelectMany(static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(static p => p.GetIndexParameters().Length == 0)
            .Where(static p => p.PropertyType != typeof(string) && p.PropertyType != typeof(UnknownMembers)
                && typeof(System.Collections.IEnumerable).IsAssignableFrom(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(static p => !(p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>)))
            .Select(static p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}");

        string.Join(", ", offenders).Should().BeEmpty();
    }

    [Fact]
    public void RecordClasses_EachHaveAnUnknownMembersBag()
    {
        var offenders = s_recordClasses
            .Where(static t => t.GetProperty(nameof(ClinicalArticle.UnknownMembers))?.PropertyType != typeof(UnknownMembers))
            .Select(static t => t.Name);

        string.Join(", ", offenders).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Enum_HasOneWireNamePerMember(string enumName)
    {
        var type = s_enums.Single(t => t.Name == enumName);
        var values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(Convert.ToInt32).ToArray();

        var table = WireTable(enumName);

        table.Count.Should().Be(values.Length);
        values.Should().Equal(Enumerable.Range(0, values.Length), "the reader and writer use the enum value as the index into the table");
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Enum_WireNamesAreKebabCaseOrUcumTimeUnits(string enumName)
    {
        var table = WireTable(enumName);

        var names = table.Names;

        if (enumName == nameof(TimeUnit))
        {
            names.Should().BeEquivalentTo(s_ucumTimeUnits);
        }
        else
        {
            names.Should().OnlyContain(static n => KebabCase().IsMatch(n));
        }

        names.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void EnumMembers_DocumentedWireNames_MatchTheWireTable(string enumName)
    {
        var type = s_enums.Single(t => t.Name == enumName);
        var documentation = DocumentationConventionTests.LoadDocumentation();
        var documented = Enum.GetNames(type).Select(member =>
        {
            var summary = documentation.TryGetValue($"F:{type.FullName}.{member}", out var element) ? element.Element("summary") : null;
            var match = summary?.Value is { } text ? WireNameMention().Match(text) : null;
            return match is { Success: true } ? match.Groups[1].Value : null;
        });

        documented.Should().Equal(WireTable(enumName).Names);
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void EnumMembers_JsonStringEnumMemberNames_MatchTheWireTable(string enumName)
    {
        var type = s_enums.Single(t => t.Name == enumName);
        var table = WireTable(enumName);

        var mismatches = Enum.GetNames(type)
            .Select((member, index) => (member, index, attribute: type.GetField(member)!.GetCustomAttribute<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>()))
            .Where(m => m.attribute is not null && m.attribute.Name != table.Names[m.index])
            .Select(static m => m.member);

        string.Join(", ", mismatches).Should().BeEmpty("System.Text.Json metadata and the hand-written reader must agree on wire names");
    }

    [GeneratedRegex(@"wire name (\S+?)\)")]
    private static partial Regex WireNameMention();

    [Theory]
    [MemberData(nameof(ConcreteRecordNames))]
    public void RecordProperties_CamelCased_AreItsWireNamesInOrder(string recordName)
    {
        var type = s_recordClasses.Single(t => t.Name == recordName);
        var tableName = s_wireTableNames.GetValueOrDefault(type, type.Name);
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var properties = chain
            .SelectMany(static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(static p => p.Name is not ("EqualityContract" or nameof(ClinicalArticle.UnknownMembers)))
                .OrderBy(static p => p.MetadataToken))
            .Select(static p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        var expected = type.IsSubclassOf(typeof(Dose)) ? ["kind", .. properties] : properties.ToList();

        WireTable(tableName).Names.Should().Equal(expected);
    }

    [Fact]
    public void DoseSubtypes_EachHaveAKindInTheWireTable()
    {
        var subtypes = typeof(Dose).Assembly.GetTypes().Where(static t => t.IsSubclassOf(typeof(Dose)) && !t.IsAbstract).ToList();

        subtypes.Should().HaveCount(Wire.DoseKinds.Count);
        subtypes.Should().OnlyContain(static t => ModelSamples.ByType.ContainsKey(t));
    }

    [Fact]
    public void DoseSubtypes_EachRoundTripWithTheirOwnKind()
    {
        var subtypes = typeof(Dose).Assembly.GetTypes().Where(static t => t.IsSubclassOf(typeof(Dose)) && !t.IsAbstract);
        var kinds = new List<string>();

        foreach (var subtype in subtypes)
        {
            var dose = (Dose)ModelSamples.ByType[subtype].Full();
            var article = ModelSamples.MinimalArticle() with
            {
                FirstLineTherapy = new TherapySection { Options = [ModelSamples.MinimalTherapyOption() with { Components = [ModelSamples.MinimalTherapyComponent() with { Dosages = [new Dosage { Text = "x", Dose = dose }] }] }] },
            };
            var json = ClinicalArticleJson.Write(article);
            var read = ClinicalArticleJson.Read(json, ClinicalArticleJsonOptions.Tolerant);

            read.Issues.Should().BeEmpty();
            read.Value.Should().Be(article, subtype.Name);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            kinds.Add(document.RootElement.GetProperty("firstLineTherapy").GetProperty("options")[0].GetProperty("components")[0]
                .GetProperty("dosages")[0].GetProperty("dose").GetProperty("kind").GetString()!);
        }

        kinds.Should().BeEquivalentTo(Wire.DoseKinds.Names);
    }

    [Fact]
    public void RecordClasses_RequiredMembersAreReadAsRequired()
    {
        // A required C# member must be required on the wire: removing it from a written article is CC1005 at its pointer.
        var article = ModelSamples.MinimalArticle();
        using var document = System.Text.Json.JsonDocument.Parse(ClinicalArticleJson.Write(article));
        var required = typeof(ClinicalArticle).GetProperties()
            .Where(static p => p.IsDefined(typeof(RequiredMemberAttribute)))
            .Select(static p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .ToList();

        foreach (var name in required)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(document.RootElement.GetRawText())!.AsObject();
            node.Remove(name);

            var result = ClinicalArticleJson.Read(node.ToJsonString());

            result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.RequiredMemberMissing, "/" + name));
        }
    }
}
