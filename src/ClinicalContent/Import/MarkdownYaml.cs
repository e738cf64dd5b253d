using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClinicalContent.Import;

/// <summary>One top-level entry of a YAML mapping: its key, its value as JSON and the 1-based line and column its key starts at.</summary>
internal sealed record MarkdownYamlEntry(string Key, JsonNode? Value, int Line, int Column);

/// <summary>
/// Writes JSON values as one-line YAML flow text and reads YAML (flow or block style) back into JSON nodes, with
/// YamlDotNet's low-level parser only (no reflection).
/// </summary>
internal static partial class MarkdownYaml
{
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    /// <summary>Writes <paramref name="value"/> as YAML flow text on one line (JSON syntax with YAML-safe escapes).</summary>
    public static string Write(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(value, builder);
        return builder.ToString();
    }

    private static void Write(JsonElement value, StringBuilder builder)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in value.EnumerateObject())
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    WriteString(property.Name, builder);
                    builder.Append(": ");
                    Write(property.Value, builder);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in value.EnumerateArray())
                {
                    builder.Append(firstItem ? "" : ", ");
                    firstItem = false;
                    Write(item, builder);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, builder);
                break;
            default:
                builder.Append(value.GetRawText());
                break;
        }
    }

    /// <summary>Writes a YAML double-quoted scalar; every character YAML or a Markdown viewer might alter is escaped.</summary>
    public static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Reads a YAML mapping; on failure returns null and sets <paramref name="error"/> and its 1-based line.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="stringKeys">Keys whose plain scalars are always strings (so <c>version: 3</c> reads as "3").</param>
    /// <param name="error">The parser's message, when reading failed.</param>
    /// <param name="errorLine">The 1-based line of the failure within <paramref name="yaml"/>.</param>
    public static List<MarkdownYamlEntry>? ReadMapping(string yaml, IReadOnlySet<string> stringKeys, out string? error, out int errorLine)
    {
        error = null;
        errorLine = 1;
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return [];
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return [];
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                error = "expected a mapping of keys to values";
                errorLine = (int)stream.Documents[0].RootNode.Start.Line;
                return null;
            }

            var entries = new List<MarkdownYamlEntry>(mapping.Children.Count);
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : keyNode.ToString();
                var value = stringKeys.Contains(key) && valueNode is YamlScalarNode { Style: ScalarStyle.Plain } plain && plain.Value is { Length: > 0 } text
                    ? JsonValue.Create(text)
                    : ToJson(valueNode);
                entries.Add(new MarkdownYamlEntry(key, value, (int)keyNode.Start.Line, (int)keyNode.Start.Column));
            }

            return entries;
        }
        catch (YamlException exception)
        {
            error = exception.Message;
            errorLine = Math.Max(1, (int)exception.Start.Line);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet surfaces some malformed escapes as framework exceptions; input must never crash the importer.
            error = exception.Message;
            return null;
        }
    }

    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : keyNode.ToString();
                    obj[key] = ToJson(valueNode);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(ToJson(item));
                }

                return array;
            case YamlScalarNode scalarNode:
                var text = scalarNode.Value ?? "";
                if (scalarNode.Style != ScalarStyle.Plain)
                {
                    return JsonValue.Create(text);
                }

                if (text is "" or "~" or "null" or "Null" or "NULL")
                {
                    return null;
                }

                if (text is "true" or "True" or "TRUE")
                {
                    return JsonValue.Create(true);
                }

                if (text is "false" or "False" or "FALSE")
                {
                    return JsonValue.Create(false);
                }

                // Keep the number's own text so that 0.50 stays 0.50 (decimal scale) and big numbers stay exact.
                return JsonNumber().IsMatch(text) ? JsonNode.Parse(text) : JsonValue.Create(text);
            default:
                return null;
        }
    }
}
