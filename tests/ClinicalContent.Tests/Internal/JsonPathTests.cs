using ClinicalContent.Internal;

namespace ClinicalContent.Tests.Internal;

public sealed class JsonPathTests
{
    [Fact]
    public void ToPointer_EmptyPath_IsTheRootPointer()
    {
        var path = new JsonPath();

        var pointer = path.ToPointer();

        pointer.Should().BeEmpty();
    }

    [Fact]
    public void ToPointer_NamesAndIndexes_JoinsThemWithSlashes()
    {
        var path = new JsonPath();
        path.PushName("firstLineTherapy");
        path.PushName("options");
        path.PushIndex(0);
        path.PushName("name");

        var pointer = path.ToPointer();

        pointer.Should().Be("/firstLineTherapy/options/0/name");
    }

    [Theory]
    [InlineData("a~b", "/a~0b")]
    [InlineData("a/b", "/a~1b")]
    [InlineData("~1", "/~01")]
    [InlineData("/~", "/~1~0")]
    [InlineData("", "/")]
    [InlineData("é 😀", "/é 😀")]
    public void ToPointer_NameWithTildeOrSlash_EscapesThem(string name, string expected)
    {
        var path = new JsonPath();
        path.PushName(name);

        var pointer = path.ToPointer();

        pointer.Should().Be(expected);
    }

    [Fact]
    public void ToPointer_WithChild_AppendsTheEscapedChild()
    {
        var path = new JsonPath();
        path.PushName("review");

        var pointer = path.ToPointer("a/b");

        pointer.Should().Be("/review/a~1b");
    }

    [Fact]
    public void ToPointer_RootWithChild_IsJustTheChild()
    {
        var pointer = new JsonPath().ToPointer("title");

        pointer.Should().Be("/title");
    }

    [Fact]
    public void Pop_RemovesTheLastSegment()
    {
        var path = new JsonPath();
        path.PushName("a");
        path.PushIndex(3);

        path.Pop();

        path.ToPointer().Should().Be("/a");
        path.Depth.Should().Be(1);
    }

    [Fact]
    public void TopIsIndex_TellsWhetherTheLastSegmentIsAnIndex()
    {
        var path = new JsonPath();

        var empty = path.TopIsIndex;
        path.PushIndex(0);
        var afterIndex = path.TopIsIndex;
        path.PushName("a");
        var afterName = path.TopIsIndex;

        (empty, afterIndex, afterName).Should().Be((false, true, false));
    }

    [Fact]
    public void Reset_EmptiesThePath()
    {
        var path = new JsonPath();
        path.PushName("a");
        path.PushIndex(1);

        path.Reset();

        path.ToPointer().Should().BeEmpty();
        path.Depth.Should().Be(0);
    }

    [Fact]
    public void Push_BeyondTheInitialCapacity_KeepsEverySegment()
    {
        var path = new JsonPath();
        for (var i = 0; i < 100; i++)
        {
            path.PushName("points");
            path.PushIndex(i);
        }

        var pointer = path.ToPointer();

        path.Depth.Should().Be(200);
        pointer.Should().Be(string.Concat(Enumerable.Range(0, 100).Select(static i => $"/points/{i}")));
    }
}
