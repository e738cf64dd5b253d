using System.Text.Json;
using ClinicalContent.Model;

namespace ClinicalContent.Tests.Model;

public sealed class UnknownMembersTests
{
    private static UnknownMembers Bag(params (string Name, string Json)[] members)
    {
        var documents = members.Select(static m => (m.Name, Document: JsonDocument.Parse(m.Json))).ToList();
        try
        {
            return UnknownMembers.Create(documents.Select(static m => new KeyValuePair<string, JsonElement>(m.Name, m.Document.RootElement)));
        }
        finally
        {
            foreach (var (_, document) in documents)
            {
                document.Dispose();
            }
        }
    }

    [Fact]
    public void Create_ThenDisposeTheSourceDocument_KeepsTheValuesReadable()
    {
        UnknownMembers bag;
        using (var document = JsonDocument.Parse("""{"a":{"b":[1,"two"]},"c":"é😀"}"""))
        {
            bag = UnknownMembers.Create(document.RootElement.EnumerateObject().Select(static p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)));
        }

        var value = bag[0].Value.GetProperty("b")[1].GetString();

        value.Should().Be("two");
        bag[1].Value.GetString().Should().Be("é😀");
    }

    [Fact]
    public void Create_KeepsTheMembersInOrder()
    {
        var bag = Bag(("z", "1"), ("a", "2"), ("m", "3"));

        var names = bag.Select(static m => m.Key).ToList();

        names.Should().Equal("z", "a", "m");
        bag.Count.Should().Be(3);
        bag[2].Key.Should().Be("m");
    }

    [Fact]
    public void Create_DuplicateNames_ThrowsArgumentException()
    {
        var act = () => Bag(("a", "1"), ("a", "2"));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("members");
    }

    [Fact]
    public void Create_NamesDifferingOnlyInCase_AreDistinct()
    {
        var bag = Bag(("a", "1"), ("A", "2"));

        var count = bag.Count;

        count.Should().Be(2);
    }

    [Fact]
    public void Create_NullName_ThrowsArgumentException()
    {
        using var document = JsonDocument.Parse("1");

        var act = () => UnknownMembers.Create([new KeyValuePair<string, JsonElement>(null!, document.RootElement)]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_NullSequence_ThrowsArgumentNull()
    {
        var act = () => UnknownMembers.Create(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Create_Empty_GivesAnEmptyBag()
    {
        var bag = UnknownMembers.Create([]);

        bag.Count.Should().Be(0);
        bag.Should().BeEmpty();
    }

    public static TheoryData<string, string> DeeplyEqualValues => new()
    {
        { "1", "1" },
        { "1", "1.0" },
        { "100", "1e2" },
        { "\"é\"", "\"\\u00e9\"" },
        { "{\"x\":1,\"y\":[true,null]}", "{ \"x\" : 1 , \"y\" : [ true , null ] }" },
        { "{\"x\":1,\"y\":2}", "{\"y\":2,\"x\":1}" },
    };

    [Theory]
    [MemberData(nameof(DeeplyEqualValues))]
    public void Equals_DeeplyEqualValues_AreEqualAndHashAlike(string left, string right)
    {
        var first = Bag(("x-a", left));
        var second = Bag(("x-a", right));

        var equal = first.Equals(second);

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    public static TheoryData<string, string> DifferentValues => new()
    {
        { "1", "2" },
        { "1", "\"1\"" },
        { "true", "false" },
        { "null", "{}" },
        { "[1,2]", "[2,1]" },
        { "{\"x\":1}", "{\"x\":1,\"y\":2}" },
        { "\"a\"", "\"A\"" },
    };

    [Theory]
    [MemberData(nameof(DifferentValues))]
    public void Equals_DifferentValues_AreNotEqual(string left, string right)
    {
        var first = Bag(("x-a", left));

        var second = Bag(("x-a", right));

        first.Equals(second).Should().BeFalse();
    }

    [Fact]
    public void Equals_SameMembersInAnotherOrder_AreNotEqual()
    {
        var first = Bag(("a", "1"), ("b", "2"));

        var second = Bag(("b", "2"), ("a", "1"));

        first.Equals(second).Should().BeFalse();
    }

    [Fact]
    public void Equals_DifferentNamesOrCounts_AreNotEqual()
    {
        var bag = Bag(("a", "1"));

        var others = new[] { Bag(("b", "1")), Bag(("A", "1")), Bag(("a", "1"), ("b", "2")), UnknownMembers.Create([]) };

        others.Should().OnlyContain(other => !bag.Equals(other) && !other.Equals(bag));
    }

    [Fact]
    public void Equals_NullOrAnotherType_IsNotEqual()
    {
        var bag = Bag(("a", "1"));

        var results = (WithString: bag.Equals((object)"a"), WithEqualBag: bag.Equals((object)Bag(("a", "1"))), WithNull: bag.Equals(null));

        results.Should().Be((false, true, false));
    }

    [Fact]
    public void Equals_RecordsHoldingEqualBags_AreEqual()
    {
        var first = new Citation { ReferenceId = new ReferenceId("r"), UnknownMembers = Bag(("x-page", "{\"from\":4}")) };

        var second = new Citation { ReferenceId = new ReferenceId("r"), UnknownMembers = Bag(("x-page", "{ \"from\": 4 }")) };

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void TryGetValue_PresentName_ReturnsTheValue()
    {
        var bag = Bag(("a", "1"), ("b", "\"two\""));

        var found = bag.TryGetValue("b", out var value);

        found.Should().BeTrue();
        value.GetString().Should().Be("two");
    }

    [Theory]
    [InlineData("c")]
    [InlineData("B")]
    [InlineData("")]
    public void TryGetValue_AbsentName_ReturnsFalseAndDefault(string name)
    {
        var bag = Bag(("a", "1"), ("b", "2"));

        var found = bag.TryGetValue(name, out var value);

        found.Should().BeFalse();
        value.ValueKind.Should().Be(JsonValueKind.Undefined);
    }

    [Fact]
    public void Indexer_OutsideTheBag_Throws()
    {
        var bag = Bag(("a", "1"));

        var act = () => bag[1];

        act.Should().Throw<IndexOutOfRangeException>();
    }

    [Fact]
    public void ToString_ListsTheNames()
    {
        var bag = Bag(("a", "1"), ("b~/", "2"));

        var text = bag.ToString();

        text.Should().Be("UnknownMembers[a, b~/]");
    }
}
