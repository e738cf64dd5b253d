using System.Text;
using ClinicalContent.Internal;

namespace ClinicalContent.Tests.Validation;

public sealed class PointerLocatorTests
{
    private const string Json = """{"a": [10, {"b~c/d": true}], "e": {"f": null}}""";

    public static TheoryData<string, string> Pointers => new()
    {
        { "", "{" },
        { "/a", "[10" },
        { "/a/0", "10" },
        { "/a/1", "{\"b~c" },
        { "/a/1/b~0c~1d", "true" },
        { "/e/f", "null" },
        { "/e/missing", "{\"f\"" },
        { "/a/7/x", "[10" },
    };

    [Theory]
    [MemberData(nameof(Pointers))]
    public void Locate_Pointer_FindsItsValueOrNearestAncestor(string target, string startsWith)
    {
        var bytes = Encoding.UTF8.GetBytes(Json);

        var offsets = PointerLocator.Locate(bytes, [target], 64);

        Json[(int)offsets[target]..].Should().StartWith(startsWith);
    }

    [Fact]
    public void Locate_MalformedInput_ResolvesWhatItReachedAndTheRestToAncestors()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"a": {"b": 1}, "c": [1,,2]}""");

        var offsets = PointerLocator.Locate(bytes, ["/a/b", "/c/1"], 64);

        offsets["/a/b"].Should().Be(12);
        offsets["/c/1"].Should().Be(21);
    }
}
