using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Rendering.Markdown;

/// <summary>
/// Renders a <see cref="ClinicalArticle"/> as Markdown in the authoring format of docs/markdown-format.md, which
/// <see cref="MarkdownImporter"/> reads back into an equal article.
/// </summary>
/// <remarks>
/// Output is deterministic: the same article always gives the same text, with LF line endings and one trailing
/// newline. Prose (title, summary, statements, headings, reference titles) is escaped so that it reads back
/// unchanged; members prose cannot carry (codings, dosages, evidence, unknown members …) go into a small fenced
/// <c>yaml</c> block right after the item they belong to. Citation numbers are the 1-based positions of the
/// references in <see cref="ClinicalArticle.References"/>. Instances hold no state and are safe to share between threads.
/// </remarks>
public sealed class MarkdownRenderer
{
    /// <summary>Renders <paramref name="article"/> as Markdown.</summary>
    /// <param name="article">The article to render.</param>
    /// <returns>The Markdown text, LF line endings, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance method by design, so that options can be added without a breaking change.")]
    public string Render(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);

        // Render from the article's JSON: it is the lossless form of every member, unknown members included.
        using var document = JsonDocument.Parse(ClinicalArticleJson.Write(article, ClinicalArticleJsonOptions.Default with { WriteIndented = false }),
            new JsonDocumentOptions { MaxDepth = 256 });
        var root = document.RootElement;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("references", out var references))
        {
            var n = 0;
            foreach (var reference in references.EnumerateArray())
            {
                n++;
                numbers.TryAdd(reference.GetProperty("id").GetString()!, n);
            }
        }

        var writer = new Writer(numbers);
        writer.Line("---");
        writer.BlockLines(root, MarkdownBlockKind.Article, "");
        writer.Line("---");
        writer.Blank();
        writer.Line("# " + MarkdownText.Escape(root.GetProperty("title").GetString()!));
        writer.Blank();
        var summary = root.GetProperty("summary");
        writer.Line(writer.StatementLine(summary));
        writer.Block(summary, MarkdownBlockKind.Statement, "");
        writer.Points(summary, "");

        if (root.TryGetProperty("diagnosis", out var diagnosis))
        {
            writer.Part(MarkdownPart.Diagnosis, diagnosis, MarkdownBlockKind.Diagnosis);
        }

        foreach (var (part, member) in new[] { (MarkdownPart.FirstLineTherapy, "firstLineTherapy"), (MarkdownPart.Alternatives, "alternatives") })
        {
            if (root.TryGetProperty(member, out var section))
            {
                writer.Part(part, section, MarkdownBlockKind.TherapySection);
                if (section.TryGetProperty("options", out var options))
                {
                    foreach (var option in options.EnumerateArray())
                    {
                        writer.Item(option, "name", "description", MarkdownBlockKind.TherapyOption);
                    }
                }
            }
        }

        if (root.TryGetProperty("specialScenarios", out var scenarios))
        {
            writer.Heading2(MarkdownFormat.Heading(MarkdownPart.SpecialScenarios));
            foreach (var scenario in scenarios.EnumerateArray())
            {
                writer.Item(scenario, "title", "population", MarkdownBlockKind.Scenario);
            }
        }

        if (root.TryGetProperty("precautions", out var precautions))
        {
            writer.Heading2(MarkdownFormat.Heading(MarkdownPart.Precautions));
            foreach (var precaution in precautions.EnumerateArray())
            {
                writer.Item(precaution, "title", null, MarkdownBlockKind.Precaution);
            }
        }

        if (root.TryGetProperty("followUp", out var followUp))
        {
            writer.Part(MarkdownPart.FollowUp, followUp, MarkdownBlockKind.FollowUp);
        }

        if (root.TryGetProperty("otherSections", out var sections))
        {
            foreach (var section in sections.EnumerateArray())
            {
                var title = section.GetProperty("title").GetString()!;
                var heading = MarkdownText.Escape(title);
                writer.Heading2(MarkdownFormat.Recognize(title) is null ? heading : heading + " " + MarkdownFormat.OtherSectionAttribute, escaped: true);
                writer.Body(section, MarkdownBlockKind.Section);
            }
        }

        if (root.TryGetProperty("references", out references))
        {
            writer.Heading2(MarkdownFormat.Heading(MarkdownPart.References));
            var n = 0;
            foreach (var reference in references.EnumerateArray())
            {
                n++;
                var marker = n.ToString(CultureInfo.InvariantCulture) + ". ";
                writer.Line(marker + "{#" + MarkdownText.Escape(reference.GetProperty("id").GetString()!, "}") + "} **"
                    + reference.GetProperty("kind").GetString() + "** — " + MarkdownText.Escape(reference.GetProperty("title").GetString()!));
                writer.Block(reference, MarkdownBlockKind.Reference, new string(' ', marker.Length));
            }
        }

        return writer.ToString();
    }

    private sealed class Writer(Dictionary<string, int> numbers)
    {
        private readonly StringBuilder _builder = new();

        public void Line(string text) => _builder.Append(text).Append('\n');

        public void Blank() => _builder.Append('\n');

        public void Heading2(string text, bool escaped = false)
        {
            Blank();
            Line("## " + (escaped ? text : MarkdownText.Escape(text)));
            Blank();
        }

        public void Part(MarkdownPart part, JsonElement value, MarkdownBlockKind kind)
        {
            Heading2(MarkdownFormat.Heading(part));
            Body(value, kind);
        }

        public void Body(JsonElement value, MarkdownBlockKind kind)
        {
            if (value.TryGetProperty("introduction", out var introduction))
            {
                Line(MarkdownText.Escape(introduction.GetString()!));
                Blank();
            }

            Block(value, kind, "");
            Points(value, "");
        }

        /// <summary>A level-3 item: heading (with inline citations), an optional paragraph, its block and its points.</summary>
        public void Item(JsonElement value, string titleKey, string? paragraphKey, MarkdownBlockKind kind)
        {
            Blank();
            var heading = MarkdownText.Escape(value.GetProperty(titleKey).GetString()!);

            // Only an object whose model has citations carries them in its heading; on a scenario a member named
            // "citations" is an unknown one and goes under x-unknown like any other.
            Line("### " + heading + (MarkdownFormat.ProseKeys(kind).Contains("citations") ? Citations(value) : ""));
            Blank();
            if (paragraphKey is not null && value.TryGetProperty(paragraphKey, out var paragraph))
            {
                Line(MarkdownText.Escape(paragraph.GetString()!));
                Blank();
            }

            Block(value, kind, "");
            Points(value, "");
        }

        public string StatementLine(JsonElement statement) =>
            MarkdownText.Escape(statement.GetProperty("text").GetString()!) + Citations(statement);

        public void Points(JsonElement value, string indent)
        {
            if (!value.TryGetProperty("points", out var points))
            {
                return;
            }

            foreach (var point in points.EnumerateArray())
            {
                Line(indent + "- " + StatementLine(point));
                Block(point, MarkdownBlockKind.Statement, indent + "  ");
                Points(point, indent + "  ");
            }
        }

        public void Block(JsonElement value, MarkdownBlockKind kind, string indent)
        {
            var start = _builder.Length;
            Line(indent + "```yaml");
            var before = _builder.Length;
            BlockLines(value, kind, indent);
            if (_builder.Length == before)
            {
                _builder.Length = start;
                return;
            }

            Line(indent + "```");
        }

        public void BlockLines(JsonElement value, MarkdownBlockKind kind, string indent)
        {
            var blockKeys = MarkdownFormat.BlockKeys(kind);
            var proseKeys = MarkdownFormat.ProseKeys(kind);
            var unknown = new List<JsonProperty>();
            foreach (var property in value.EnumerateObject())
            {
                if (property.Name == "citations" && proseKeys.Contains(property.Name) && CanInline(property.Value))
                {
                    continue;
                }

                if (blockKeys.Contains(property.Name))
                {
                    Line(indent + property.Name + ": " + MarkdownYaml.Write(property.Value));
                }
                else if (!proseKeys.Contains(property.Name))
                {
                    unknown.Add(property);
                }
            }

            if (unknown.Count > 0)
            {
                var builder = new StringBuilder("{");
                for (var i = 0; i < unknown.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    MarkdownYaml.WriteString(unknown[i].Name, builder);
                    builder.Append(": ").Append(MarkdownYaml.Write(unknown[i].Value));
                }

                Line(indent + MarkdownFormat.UnknownKey + ": " + builder.Append('}'));
            }
        }

        /// <summary>Whether <paramref name="citations"/> is a list of citations with only a reference id and a locator.</summary>
        /// <remarks>Checks the shape, not only the member names, so that a value of any shape never makes rendering throw.</remarks>
        private static bool CanInline(JsonElement citations)
        {
            if (citations.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var citation in citations.EnumerateArray())
            {
                if (citation.ValueKind != JsonValueKind.Object
                    || !citation.TryGetProperty("referenceId", out var id) || id.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                foreach (var property in citation.EnumerateObject())
                {
                    if (!(property.Name == "referenceId" || (property.Name == "locator" && property.Value.ValueKind == JsonValueKind.String)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private string Citations(JsonElement value)
        {
            if (!value.TryGetProperty("citations", out var citations) || !CanInline(citations) || citations.GetArrayLength() == 0)
            {
                return "";
            }

            var builder = new StringBuilder(" [");
            var first = true;
            foreach (var citation in citations.EnumerateArray())
            {
                builder.Append(first ? "" : ", ");
                first = false;
                var id = citation.GetProperty("referenceId").GetString()!;
                if (numbers.TryGetValue(id, out var number))
                {
                    builder.Append(number.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append('@').Append(MarkdownText.Escape(id, ",:;"));
                }

                if (citation.TryGetProperty("locator", out var locator))
                {
                    builder.Append(": ").Append(MarkdownText.Escape(locator.GetString()!, ",;"));
                }
            }

            return builder.Append(']').ToString();
        }

        public override string ToString()
        {
            // Exactly one trailing newline.
            var text = _builder.ToString().TrimEnd('\n');
            return text + "\n";
        }
    }
}
