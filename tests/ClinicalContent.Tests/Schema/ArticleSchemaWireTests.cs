using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// The schema is generated from the model; the reader and writer take their names from the <see cref="Wire"/>
/// tables. These tests hold the two together: every object definition lists exactly its table's members in the
/// table's order, every enumeration exactly its table's values.
/// </summary>
public sealed class ArticleSchemaWireTests
{
    // Definition name (the C# type name) -> the reader's member table.
    private static readonly Dictionary<string, WireNames> s_objects = new(StringComparer.Ordinal)
    {
        ["ClinicalArticle"] = Wire.Article,
        ["Statement"] = Wire.Statement,
        ["Citation"] = Wire.Citation,
        ["CodedConcept"] = Wire.CodedConcept,
        ["Coding"] = Wire.Coding,
        ["Person"] = Wire.Person,
        ["ReviewNotice"] = Wire.ReviewNotice,
        ["ReviewInfo"] = Wire.Review,
        ["DiagnosticApproach"] = Wire.Diagnosis,
        ["TherapySection"] = Wire.TherapySection,
        ["TherapyOption"] = Wire.TherapyOption,
        ["TherapyComponent"] = Wire.TherapyComponent,
        ["Efficacy"] = Wire.Efficacy,
        ["Evidence"] = Wire.Evidence,
        ["Dosage"] = Wire.Dosage,
        ["DoseQuantity"] = Wire.DoseQuantity,
        ["DoseRange"] = Wire.DoseRange,
        ["Quantity"] = Wire.Quantity,
        ["Duration"] = Wire.Duration,
        ["MaximumDose"] = Wire.MaximumDose,
        ["TimeOffset"] = Wire.TimeOffset,
        ["Timing"] = Wire.Timing,
        ["ClinicalScenario"] = Wire.Scenario,
        ["Precaution"] = Wire.Precaution,
        ["FollowUpPlan"] = Wire.FollowUp,
        ["ArticleSection"] = Wire.Section,
        ["Author"] = Wire.Author,
        ["Reference"] = Wire.Reference,
    };

    private static readonly Dictionary<string, WireNames> s_enums = new(StringComparer.Ordinal)
    {
        ["Audience"] = Wire.Audience,
        ["ReviewStatus"] = Wire.ReviewStatus,
        ["ReviewNoticeKind"] = Wire.ReviewNoticeKind,
        ["TherapyKind"] = Wire.TherapyKind,
        ["PrecautionKind"] = Wire.PrecautionKind,
        ["ReferenceKind"] = Wire.ReferenceKind,
        ["TimingEvent"] = Wire.TimingEvent,
        ["TimeUnit"] = Wire.TimeUnit,
        ["OffsetRelation"] = Wire.OffsetRelation,
    };

    public static TheoryData<string> ObjectDefinitionNames() => [.. SchemaWalk.ObjectDefinitions().Select(static d => d.Name)];

    public static TheoryData<string> EnumDefinitionNames() => [.. SchemaWalk.Definitions.Where(static d => d.Value!["enum"] is not null).Select(static d => d.Key)];

    [Theory]
    [MemberData(nameof(ObjectDefinitionNames))]
    public void ObjectDefinition_Properties_EqualWireMembersInOrder(string definition)
    {
        var schema = SchemaWalk.ObjectDefinitions().Single(d => d.Name == definition).Schema;

        var members = schema["properties"]!.AsObject().Select(static p => p.Key).ToArray();

        s_objects.Should().ContainKey(definition, "every object definition needs a Wire table the reader uses");
        members.Should().Equal(s_objects[definition].Names);
    }

    [Theory]
    [MemberData(nameof(EnumDefinitionNames))]
    public void EnumDefinition_Values_EqualWireNamesInOrder(string definition)
    {
        var values = SchemaWalk.Definitions[definition]!["enum"]!.AsArray().Select(static v => v!.GetValue<string>()).ToArray();

        s_enums.Should().ContainKey(definition, "every enumeration definition needs a Wire table the reader uses");
        values.Should().Equal(s_enums[definition].Names);
    }

    [Fact]
    public void Definitions_CoverEveryWireTable()
    {
        var objects = SchemaWalk.ObjectDefinitions().Select(static d => d.Name);
        var enums = SchemaWalk.Definitions.Where(static d => d.Value!["enum"] is not null).Select(static d => d.Key);

        objects.Should().BeEquivalentTo(s_objects.Keys);
        enums.Should().BeEquivalentTo(s_enums.Keys);
    }

    [Fact]
    public void DoseDefinition_Shapes_EqualWireDoseKindsInOrder()
    {
        var shapes = SchemaWalk.Definitions["Dose"]!["oneOf"]!.AsArray()
            .Select(static s => SchemaWalk.Resolve(s!.AsObject(), out _)["properties"]!["kind"]!["const"]!.GetValue<string>())
            .ToArray();

        shapes.Should().Equal(Wire.DoseKinds.Names);
    }

    [Fact]
    public void DoseShapes_KindConstAndRequired_SelectExactlyOneShape()
    {
        var dose = SchemaWalk.Definitions["Dose"]!.AsObject();

        dose["required"]!.AsArray().Select(static r => r!.GetValue<string>()).Should().Equal("kind");
        foreach (var shape in dose["oneOf"]!.AsArray())
        {
            var resolved = SchemaWalk.Resolve(shape!.AsObject(), out _);
            resolved["required"]!.AsArray().Select(static r => r!.GetValue<string>()).Should().Contain("kind");
            resolved["properties"]!["kind"]!["const"].Should().NotBeNull();
        }
    }

    [Fact]
    public void EnumDefinitions_MatchTheModelsEnumMemberNames()
    {
        // The generator reads [JsonStringEnumMemberName]; the reader indexes Wire tables by enum value.
        foreach (var (name, table) in s_enums)
        {
            var type = typeof(ClinicalContent.Model.ClinicalArticle).Assembly.GetType("ClinicalContent.Model." + name)!;
            var values = Enum.GetValues(type).Cast<object>().Select(static v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

            values.Should().Equal(Enumerable.Range(0, table.Count), "{0}'s values index its Wire table", name);
        }
    }
}
