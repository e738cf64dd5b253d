using System.Globalization;
using System.Text;

namespace ClinicalContent.Internal;

/// <summary>The path from the document root to the value being read, turned into an RFC 6901 JSON Pointer only when an issue needs one.</summary>
internal sealed class JsonPath
{
    private string?[] _names = new string?[16];
    private int[] _indexes = new int[16];
    private int _count;

    public int Depth => _count;

    public bool TopIsIndex => _count > 0 && _names[_count - 1] is null;

    public void PushName(string name)
    {
        Grow();
        _names[_count] = name;
        _count++;
    }

    public void PushIndex(int index)
    {
        Grow();
        _names[_count] = null;
        _indexes[_count] = index;
        _count++;
    }

    public void Pop() => _count--;

    public void Reset() => _count = 0;

    /// <summary>The pointer to the current value, with an optional extra member name appended.</summary>
    public string ToPointer(string? child = null)
    {
        if (_count == 0 && child is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < _count; i++)
        {
            builder.Append('/');
            if (_names[i] is { } name)
            {
                AppendEscaped(builder, name);
            }
            else
            {
                builder.Append(_indexes[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        if (child is not null)
        {
            builder.Append('/');
            AppendEscaped(builder, child);
        }

        return builder.ToString();
    }

    public static void AppendEscaped(StringBuilder builder, string name)
    {
        foreach (var c in name)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }
    }

    private void Grow()
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _indexes, _count * 2);
        }
    }
}
