using System.Collections;
using System.Reflection;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Tests.Generators;

namespace ClinicalContent.Tests.Model;

/// <summary>Value equality of every model record: equal content is equal and hashes alike; any one changed member makes it unequal.</summary>
public sealed class RecordEqualityTests
{
    public static TheoryData<string> RecordTypes => [.. ModelSamples.ByType.Keys.Select(static t => t.Name).Order(StringComparer.Ordinal)];

    private static Type TypeNamed(string name) => ModelSamples.ByType.Keys.Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Equals_TwoSeparatelyBuiltFullInstances_AreEqualAndHashAlike(string typeName)
    {
        var (full, _) = ModelSamples.ByType[TypeNamed(typeName)];

        var first = full();
        var second = full();

        first.Should().NotBeSameAs(second);
        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Equals_TwoSeparatelyBuiltMinimalInstances_AreEqualAndHashAlike(string typeName)
    {
        var (_, minimal) = ModelSamples.ByType[TypeNamed(typeName)];

        var first = minimal();
        var second = minimal();

        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Equals_FullInstanceWithAnyOneMemberChanged_IsNotEqual(string typeName)
    {
        var type = TypeNamed(typeName);
        var original = ModelSamples.ByType[type].Full();
        var clone = type.GetMethod("<Clone>$")!;
        var unaffected = new List<string>();

        foreach (var property in SettableProperties(type))
        {
            var changed = clone.Invoke(original, null)!;
            property.SetValue(changed, Alternative(property.PropertyType, property.GetValue(original)));

            if (changed.Equals(original) || original.Equals(changed))
            {
                unaffected.Add(property.Name);
            }
        }

        string.Join(", ", unaffected).Should().BeEmpty("every member takes part in equality");
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Equals_MinimalInstanceWithAnyOneMemberChanged_IsNotEqual(string typeName)
    {
        var type = TypeNamed(typeName);
        var original = ModelSamples.ByType[type].Minimal();
        var clone = type.GetMethod("<Clone>$")!;
        var unaffected = new List<string>();

        foreach (var property in SettableProperties(type))
        {
            var changed = clone.Invoke(original, null)!;
            property.SetValue(changed, Alternative(property.PropertyType, property.GetValue(original)));

            if (changed.Equals(original))
            {
                unaffected.Add(property.Name);
            }
        }

        string.Join(", ", unaffected).Should().BeEmpty("every member takes part in equality");
    }

    [Fact]
    public void ByType_CoversEveryConcreteRecordOfTheModel()
    {
        var records = typeof(ClinicalArticle).Assembly.GetExportedTypes()
            .Where(static t => t.Namespace == typeof(ClinicalArticle).Namespace && t is { IsClass: true, IsAbstract: false } && t.GetMethod("<Clone>$") is not null)
            .Where(static t => t != typeof(UnknownMembers)); // The bag's own equality is tested in UnknownMembersTests.

        ModelSamples.ByType.Keys.Should().BeEquivalentTo(records);
    }

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.SetMethod is { IsPublic: true });

    /// <summary>A value of <paramref name="type"/> that differs from <paramref name="current"/>.</summary>
    private static object? Alternative(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        switch (current)
        {
            case null when underlying == typeof(string):
                return "changed";
            case string text:
                return text + "-changed";
            case decimal number:
                return number + 1m;
            case int number:
                return number + 1;
            case bool flag:
                return !flag;
            case DateOnly date:
                return date.AddDays(1);
            case PartialDate date:
                return new PartialDate(date.Year == 1999 ? 1998 : 1999);
            case ArticleId id:
                return new ArticleId(id.Value + "-changed");
            case ReferenceId id:
                return new ReferenceId(id.Value + "-changed");
            case UnknownMembers:
            case null when underlying == typeof(UnknownMembers):
                return ModelSamples.Unknown("x-other", "2");
            case DoseQuantity:
                return ModelSamples.FullDoseRange();
            case null when underlying == typeof(Dose):
            case DoseRange:
                return ModelSamples.FullDoseQuantity();
            case null when underlying == typeof(DateOnly):
                return new DateOnly(2000, 1, 1);
            case null when underlying == typeof(PartialDate):
                return new PartialDate(2000);
            case null when underlying == typeof(int):
                return 1;
            case null when underlying == typeof(decimal):
                return 1m;
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValuesAsUnderlyingType(underlying).Cast<object>().Select(v => Enum.ToObject(underlying, v)).ToArray();
            return current is null ? values[0] : values[(Array.IndexOf(values, current) + 1) % values.Length];
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            if (((IEnumerable)current!).Cast<object>().Any())
            {
                return Activator.CreateInstance(underlying);
            }

            var elementType = underlying.GetGenericArguments()[0];
            var elements = Array.CreateInstance(elementType, 1);
            elements.SetValue(SampleOf(elementType), 0);
            return typeof(EquatableArray).GetMethod(nameof(EquatableArray.ToEquatableArray))!.MakeGenericMethod(elementType).Invoke(null, [elements]);
        }

        if (ModelSamples.ByType.TryGetValue(underlying, out var samples))
        {
            var full = samples.Full();
            return full.Equals(current) ? samples.Minimal() : full;
        }

        throw new NotSupportedException($"No alternative value for {type}; extend the test.");
    }

    private static object SampleOf(Type type) =>
        type.IsEnum ? Enum.GetValues(type).GetValue(0)!
        : type == typeof(Dose) ? ModelSamples.FullDoseQuantity()
        : ModelSamples.ByType[type].Full();
}
