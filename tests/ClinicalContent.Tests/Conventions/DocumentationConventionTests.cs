using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClinicalContent.Model;

namespace ClinicalContent.Tests.Conventions;

/// <summary>STYLE.md §7: every public symbol has a summary that says what it is for, not just its name.</summary>
public sealed partial class DocumentationConventionTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Lazy<Dictionary<string, XElement>> s_documentation = new(static () =>
        XDocument.Load(DocumentationPath).Descendants("member").ToDictionary(static m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    private static string DocumentationPath => Path.ChangeExtension(typeof(ClinicalArticle).Assembly.Location, ".xml");

    /// <summary>The library's XML documentation, by documentation ID.</summary>
    internal static Dictionary<string, XElement> LoadDocumentation() => s_documentation.Value;

    [Fact]
    public void DocumentationFile_SitsNextToTheAssembly()
    {
        var exists = File.Exists(DocumentationPath);

        exists.Should().BeTrue(DocumentationPath);
    }

    [Fact]
    public void PublicTypesAndMembers_EachHaveANonEmptySummary()
    {
        var documentation = LoadDocumentation();

        var undocumented = PublicSymbols()
            .Where(symbol => !HasSummary(documentation, symbol))
            .Select(static symbol => symbol.Id)
            .ToList();

        string.Join(Environment.NewLine, undocumented).Should().BeEmpty();
    }

    [Fact]
    public void Summaries_DoNotJustRestateTheName()
    {
        var documentation = LoadDocumentation();

        var restating = PublicSymbols()
            .Select(symbol => (symbol.Id, symbol.Name, Summary: documentation.GetValueOrDefault(symbol.Id)?.Element("summary")?.Value))
            .Where(static s => s.Summary is not null && Words(Strip(s.Summary)) == Words(SplitName(s.Name)))
            .Select(static s => $"{s.Id}: {s.Summary!.Trim()}")
            .ToList();

        string.Join(Environment.NewLine, restating).Should().BeEmpty();
    }

    [Fact]
    public void DocumentationIds_ComputedByTheseTests_ExistInTheFile()
    {
        // Guards the ID computation below: a member the compiler documented must be found under the ID computed for it.
        var documentation = LoadDocumentation();

        var computed = PublicSymbols().Select(static s => s.Id).ToHashSet(StringComparer.Ordinal);
        var documentedPublic = documentation.Keys.Where(id => id.StartsWith("T:", StringComparison.Ordinal) && computed.Contains(id));

        documentedPublic.Should().NotBeEmpty();
        computed.Should().Contain("M:ClinicalContent.Model.Collections.EquatableArray`1.op_Implicit(System.Collections.Immutable.ImmutableArray{`0})~ClinicalContent.Model.Collections.EquatableArray{`0}");
        computed.Should().Contain("M:ClinicalContent.Model.UnknownMembers.TryGetValue(System.String,System.Text.Json.JsonElement@)");
        computed.Should().Contain("M:ClinicalContent.Model.Collections.EquatableArray.Create``1(System.ReadOnlySpan{``0})");
        computed.Should().Contain("M:ClinicalContent.Model.PartialDate.#ctor(System.Int32,System.Nullable{System.Int32},System.Nullable{System.Int32})");
    }

    private static bool HasSummary(Dictionary<string, XElement> documentation, Symbol symbol)
    {
        if (!documentation.TryGetValue(symbol.Id, out var member))
        {
            return false;
        }

        if (member.Element("summary") is { } summary)
        {
            return !string.IsNullOrWhiteSpace(summary.Value) || summary.Elements().Any();
        }

        // <inheritdoc/> is the documentation of an override or an interface implementation.
        return member.Element("inheritdoc") is not null && symbol.Inherits;
    }

    private sealed record Symbol(string Id, string Name, bool Inherits);

    private static IEnumerable<Symbol> PublicSymbols()
    {
        foreach (var type in typeof(ClinicalArticle).Assembly.GetExportedTypes())
        {
            yield return new Symbol("T:" + TypeName(type), type.Name.Split('`')[0], false);
            var isRecord = type.GetMethod("<Clone>$", Declared) is not null || type.GetProperty("EqualityContract", Declared) is not null
                || (type.IsValueType && type.GetMethod("PrintMembers", Declared) is not null);

            foreach (var member in type.GetMembers(Declared))
            {
                if (!IsVisible(member) || IsGenerated(type, member, isRecord))
                {
                    continue;
                }

                var id = member switch
                {
                    FieldInfo field => "F:" + TypeName(type) + "." + field.Name,
                    PropertyInfo property => "P:" + TypeName(type) + "." + property.Name + Parameters(property.GetIndexParameters()),
                    EventInfo @event => "E:" + TypeName(type) + "." + @event.Name,
                    ConstructorInfo constructor => "M:" + TypeName(type) + ".#ctor" + Parameters(constructor.GetParameters()),
                    MethodInfo method => "M:" + TypeName(type) + "." + method.Name
                        + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
                        + Parameters(method.GetParameters())
                        + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterTypeName(method.ReturnType) : string.Empty),
                    _ => null,
                };

                if (id is not null)
                {
                    yield return new Symbol(id, member.Name, Inherits(type, member));
                }
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(static a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };

    /// <summary>Accessors, enum internals and members the compiler writes for records.</summary>
    private static bool IsGenerated(Type type, MemberInfo member, bool isRecord)
    {
        if (member is MethodBase { IsSpecialName: true } special && !special.Name.StartsWith("op_", StringComparison.Ordinal) && special is not ConstructorInfo)
        {
            return true;
        }

        if (member is FieldInfo { IsSpecialName: true })
        {
            return true;
        }

        if (member.IsDefined(typeof(CompilerGeneratedAttribute)))
        {
            return true;
        }

        // The implicit parameterless constructor of a type that declares no constructor has no source to document.
        if (member is ConstructorInfo { IsStatic: false } implicitConstructor && implicitConstructor.GetParameters().Length == 0
            && type.GetConstructors().All(static c => c.GetParameters().Length == 0))
        {
            return true;
        }

        if (!isRecord)
        {
            return false;
        }

        return member.Name switch
        {
            "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" => true,
            "op_Equality" or "op_Inequality" or "Equals" or "GetHashCode" => true,
            "ToString" => member.IsDefined(typeof(CompilerGeneratedAttribute)),
            ".ctor" => member is ConstructorInfo constructor && constructor.GetParameters() is [{ } only] && only.ParameterType == type,
            _ => false,
        };
    }

    private static bool Inherits(Type type, MemberInfo member)
    {
        var method = member switch
        {
            MethodInfo m => m,
            PropertyInfo p => p.GetMethod ?? p.SetMethod,
            _ => null,
        };

        if (method is null)
        {
            return false;
        }

        if (method.GetBaseDefinition().DeclaringType != method.DeclaringType)
        {
            return true;
        }

        return !type.IsInterface && type.GetInterfaces().Any(i => type.GetInterfaceMap(i).TargetMethods.Contains(method));
    }

    private static string TypeName(Type type) =>
        (type.DeclaringType is { } outer ? TypeName(outer) : type.Namespace) + "." + type.Name;

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(static p => ParameterTypeName(p.ParameterType))) + ")";

    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeName(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return ParameterTypeName(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            return ParameterTypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        var name = (type.DeclaringType is { } outer ? ParameterTypeName(outer) : type.Namespace) + "." + type.Name.Split('`')[0];
        return type.IsGenericType
            ? name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeName)) + "}"
            : name;
    }

    /// <summary>The words of a summary, lower case, without the usual openings that add nothing.</summary>
    private static string Strip(string summary)
    {
        var text = NonWord().Replace(summary, " ").Trim().ToLowerInvariant();
        foreach (var opening in new[] { "gets or sets ", "gets ", "sets ", "returns ", "the ", "a ", "an " })
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                text = text[opening.Length..];
            }
        }

        return text;
    }

    private static string SplitName(string name) => CamelHump().Replace(name.TrimStart('.').Replace("#ctor", string.Empty, StringComparison.Ordinal), " $1").ToLowerInvariant();

    private static string Words(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();
}
