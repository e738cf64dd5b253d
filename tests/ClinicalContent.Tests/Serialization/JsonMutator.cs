using System.Text.Json.Nodes;

namespace ClinicalContent.Tests.Serialization;

/// <summary>Deterministic, seed-driven damage to article JSON: well-formed edits of the tree, or raw byte edits.</summary>
internal static class JsonMutator
{
    private static readonly string[] s_replacements =
    [
        "null", "42", "-1", "1.5", "1e400", "2147483648", "0.1234567890123456789012345678901234567890", "true", "false",
        "\"\"", "\"not-a-value\"", "\"2025-02-30\"", "\"2025-1-5\"", "\"2.0\"", "\"\\ud83d\\ude00\"", "[]", "[null]", "{}",
        "{\"kind\":\"ratio\"}", "{\"text\":\"x\"}", "[{\"unknown\":1}]",
    ];

    private static readonly byte[][] s_insertions =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\""u8.ToArray(), "\\"u8.ToArray(), "null"u8.ToArray(), "\\ud800"u8.ToArray(), "1e400"u8.ToArray(),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00], "\n"u8.ToArray(), "\"kind\":\"range\","u8.ToArray(),
    ];

    /// <summary>Applies one to three edits that keep the JSON well-formed but break the article's shape.</summary>
    public static string MutateTree(string json, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json) ?? throw new InvalidOperationException("The input is JSON null.");
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[random.Next(nodes.Count)];
            switch (random.Next(5))
            {
                case 0 when target is JsonObject { Count: > 0 } removable:
                    removable.Remove(removable.ElementAt(random.Next(removable.Count)).Key);
                    break;
                case 1 when target is JsonObject extended:
                    var name = "x-added" + random.Next(4) switch { 0 => "", 1 => "~", 2 => "/", _ => "é😀~1/" } + i;
                    extended[name] = JsonNode.Parse(s_replacements[random.Next(s_replacements.Length)]);
                    break;
                case 2 when target is JsonArray array:
                    array.Insert(random.Next(array.Count + 1), random.Next(2) == 0 ? null : JsonNode.Parse(s_replacements[random.Next(s_replacements.Length)]));
                    break;
                default:
                    Replace(target, JsonNode.Parse(s_replacements[random.Next(s_replacements.Length)]));
                    break;
            }
        }

        return root.ToJsonString();
    }

    /// <summary>Applies one to five byte deletions, insertions and flips.</summary>
    public static byte[] MutateBytes(byte[] utf8, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(utf8);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(3))
            {
                case 0 when bytes.Count > 0:
                    var length = Math.Min(random.Next(1, 40), bytes.Count - Math.Min(at, bytes.Count - 1));
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), length);
                    break;
                case 1:
                    bytes.InsertRange(at, s_insertions[random.Next(s_insertions.Length)]);
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        var index = Math.Min(at, bytes.Count - 1);
                        bytes[index] = (byte)(bytes[index] ^ (1 << random.Next(8)));
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }
    }
}
