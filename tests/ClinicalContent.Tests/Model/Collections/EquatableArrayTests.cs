using System.Collections;
using System.Collections.Immutable;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;

namespace ClinicalContent.Tests.Model.Collections;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Default_IsEmpty()
    {
        var array = default(EquatableArray<string>);

        array.Count.Should().Be(0);
        array.IsEmpty.Should().BeTrue();
        array.AsSpan().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void AsImmutableArray_OfDefault_IsEmptyNotDefault()
    {
        var array = default(EquatableArray<string>);

        var immutable = array.AsImmutableArray();

        immutable.IsDefault.Should().BeFalse();
        immutable.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Enumerating_Default_YieldsNothingWithEveryEnumerator()
    {
        var array = default(EquatableArray<string>);
        var viaStruct = new List<string>();

        foreach (var item in array)
        {
            viaStruct.Add(item);
        }

        viaStruct.Should().BeEmpty();
        ((IEnumerable<string>)array).Should().BeEmpty();
        ((IEnumerable)array).Cast<object>().Should().BeEmpty();
    }

    [Fact]
    public void Equals_DefaultAndEmpty_AreEqualAndHashAlike()
    {
        var unset = default(EquatableArray<int>);
        EquatableArray<int> empty = [];

        var equal = unset == empty;

        equal.Should().BeTrue();
        unset.GetHashCode().Should().Be(empty.GetHashCode());
    }

    [Fact]
    public void Equals_SameElementsBuiltSeparately_AreEqual()
    {
        EquatableArray<string> first = ["a", "b"];
        var second = new[] { new string('a', 1), new string('b', 1) }.ToEquatableArray();

        var equal = first.Equals(second);

        equal.Should().BeTrue();
        (first == second).Should().BeTrue();
        (first != second).Should().BeFalse();
        first.Equals((object)second).Should().BeTrue();
    }

    [Fact]
    public void GetHashCode_SameElementsBuiltSeparately_IsTheSame()
    {
        EquatableArray<string> first = ["a", "b"];
        var second = new List<string> { new('a', 1), new('b', 1) }.ToEquatableArray();

        var hashes = (first.GetHashCode(), second.GetHashCode());

        hashes.Item1.Should().Be(hashes.Item2);
    }

    [Fact]
    public void Equals_RecordElementsWithEqualContent_AreEqualAndHashAlike()
    {
        EquatableArray<Citation> first = [new Citation { ReferenceId = new ReferenceId("r") }];
        EquatableArray<Citation> second = [new Citation { ReferenceId = new ReferenceId("r") }];

        var equal = first == second;

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    public static TheoryData<string[], string[]> UnequalPairs => new()
    {
        { ["a", "b"], ["b", "a"] },
        { ["a", "b"], ["a"] },
        { ["a"], [] },
        { ["a"], ["A"] },
        { ["a", "b"], ["a", "b", "b"] },
    };

    [Theory]
    [MemberData(nameof(UnequalPairs))]
    public void Equals_DifferentOrderLengthOrElement_IsNotEqual(string[] left, string[] right)
    {
        var first = left.ToEquatableArray();
        var second = right.ToEquatableArray();

        var equal = first.Equals(second);

        equal.Should().BeFalse();
        (first != second).Should().BeTrue();
    }

    [Fact]
    public void Equals_ObjectOfAnotherType_IsNotEqual()
    {
        EquatableArray<int> array = [1];

        var equal = array.Equals((object)ImmutableArray.Create(1));

        equal.Should().BeFalse();
    }

    [Fact]
    public void Equals_NullElements_CompareEqual()
    {
        EquatableArray<string?> first = [null, "a"];
        EquatableArray<string?> second = [null, "a"];

        var equal = first == second;

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void CollectionExpression_BuildsTheArrayInOrder()
    {
        EquatableArray<string> array = ["a", "b", "c"];

        var items = array.ToList();

        items.Should().Equal("a", "b", "c");
        array.Count.Should().Be(3);
        array[1].Should().Be("b");
    }

    [Fact]
    public void CollectionExpression_WithSpread_CopiesTheElements()
    {
        EquatableArray<int> head = [1, 2];

        EquatableArray<int> array = [.. head, 3];

        array.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Create_CopiesTheSpan()
    {
        var source = new[] { 1, 2, 3 };

        var array = EquatableArray.Create<int>(source);
        source[0] = 99;

        array.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void ToEquatableArray_FromALazySequence_HoldsItsElements()
    {
        var sequence = Enumerable.Range(1, 4).Where(static i => i % 2 == 0);

        var array = sequence.ToEquatableArray();

        array.Should().Equal(2, 4);
    }

    [Fact]
    public void ToEquatableArray_Null_ThrowsArgumentNull()
    {
        var act = () => ((IEnumerable<int>)null!).ToEquatableArray();

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_WrapsTheImmutableArrayWithoutCopying()
    {
        var immutable = ImmutableArray.Create(1, 2);

        var array = new EquatableArray<int>(immutable);

        (array.AsImmutableArray() == immutable).Should().BeTrue();
    }

    [Fact]
    public void ImplicitConversion_FromImmutableArray_KeepsTheElements()
    {
        var immutable = ImmutableArray.Create("x", "y");

        EquatableArray<string> array = immutable;

        array.Should().Equal("x", "y");
    }

    [Fact]
    public void Constructor_DefaultImmutableArray_IsEmpty()
    {
        var array = new EquatableArray<int>(default);

        array.IsEmpty.Should().BeTrue();
        array.Should().Equal(default(EquatableArray<int>));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Indexer_OutsideTheArray_ThrowsIndexOutOfRange(int index)
    {
        EquatableArray<int> array = [1, 2];

        var act = () => array[index];

        act.Should().Throw<IndexOutOfRangeException>();
    }

    [Fact]
    public void GetEnumerator_StructEnumerator_VisitsEveryElementInOrder()
    {
        EquatableArray<int> array = [3, 1, 2];
        var visited = new List<int>();

        var enumerator = array.GetEnumerator();
        while (enumerator.MoveNext())
        {
            visited.Add(enumerator.Current);
        }

        visited.Should().Equal(3, 1, 2);
    }

    [Fact]
    public void GetEnumerator_ThroughInterfaces_VisitsEveryElementInOrder()
    {
        EquatableArray<int> array = [3, 1, 2];

        var generic = ((IEnumerable<int>)array).ToList();
        var nonGeneric = ((IEnumerable)array).Cast<int>().ToList();

        generic.Should().Equal(3, 1, 2);
        nonGeneric.Should().Equal(3, 1, 2);
    }

    [Fact]
    public void AsSpan_HoldsTheElements()
    {
        EquatableArray<int> array = [5, 6];

        var span = array.AsSpan();

        span.ToArray().Should().Equal(5, 6);
    }

    [Fact]
    public void AsKeyOfADictionary_FindsAnEqualArray()
    {
        var dictionary = new Dictionary<EquatableArray<string>, int> { [["a", "b"]] = 1 };

        var found = dictionary.TryGetValue(new[] { "a", "b" }.ToEquatableArray(), out var value);

        found.Should().BeTrue();
        value.Should().Be(1);
    }

    [Fact]
    public void ToString_NamesTheElementTypeAndCount()
    {
        EquatableArray<Statement> array = [new Statement { Text = "a" }, new Statement { Text = "b" }];

        var text = array.ToString();

        text.Should().Be("EquatableArray<Statement>[2]");
    }
}
