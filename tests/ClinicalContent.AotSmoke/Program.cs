using System.Text;
using System.Text.Json;
using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Rendering.Markdown;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

// Published with Native AOT, this program exercises the library's reading, writing and NDJSON paths without
// reflection: every sample must read strictly, write back byte for byte, and survive every round trip.
// Usage: ClinicalContent.AotSmoke [samples/articles directory]. Exit code 0 when every check passes, 1 otherwise.
var directory = args.Length > 0 ? args[0] : FindSamplesDirectory();
if (directory is null || !Directory.Exists(directory))
{
    Console.Error.WriteLine($"samples directory not found: {directory ?? "(no ClinicalContent.sln above the program)"}");
    return 1;
}

var failed = 0;
var passed = 0;
var articles = new List<ClinicalArticle>();
foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(path);
    var bytes = File.ReadAllBytes(path);
    ClinicalArticle? article = null;
    Check($"read {name}", () =>
    {
        var result = ClinicalArticleJson.Read(bytes);
        article = result.Value;
        return result.IsValid && result.Issues.IsEmpty ? null : $"{result.Issues.Count} issue(s): {string.Join("; ", result.Issues.Take(3))}";
    });
    if (article is null)
    {
        continue;
    }

    articles.Add(article);
    var written = ClinicalArticleJson.WriteToUtf8Bytes(article);
    Check($"write {name} byte-identical", () => FirstDifference(bytes, written));
    Check($"re-read {name} equal", () =>
    {
        var again = ClinicalArticleJson.Read(written);
        return again.Issues.IsEmpty && article.Equals(again.Value) ? null : $"{again.Issues.Count} issue(s), equal: {article.Equals(again.Value)}";
    });
    Check($"System.Text.Json TypeInfo {name} equal", () =>
    {
        var json = JsonSerializer.Serialize(article, ClinicalArticleJson.TypeInfo);
        return article.Equals(JsonSerializer.Deserialize(json, ClinicalArticleJson.TypeInfo)) ? null : "the deserialized article differs";
    });

    // The importers and renderers (Markdig, YamlDotNet's parser) must work without reflection too.
    var markdownPath = Path.ChangeExtension(path, ".md");
    Check($"Markdown render of {name} equals its .md sample", () =>
    {
        var markdown = new MarkdownRenderer().Render(article);
        return !File.Exists(markdownPath) || markdown == File.ReadAllText(markdownPath) ? null : "the rendered Markdown differs from the sample";
    });
    Check($"Markdown import of {name}'s .md sample equals it", () =>
    {
        if (!File.Exists(markdownPath))
        {
            return null;
        }

        var imported = MarkdownImporter.Import(File.ReadAllText(markdownPath));
        return article.Equals(imported.Value) ? null : $"{imported.Issues.Count} issue(s), equal: false";
    });
    Check($"HTML render of {name}", () =>
    {
        var html = new HtmlRenderer().Render(article);
        return html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && html.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) ? null : "not a whole page";
    });
}

var pageText = Path.Combine(directory, "..", "page-text", "myoclonus.txt");
Check("page text import of the seed equals myoclonus.json", () =>
{
    var imported = PlainTextImporter.Import(File.ReadAllText(pageText), new PlainTextImportOptions { ArticleId = new ArticleId("myoclonus-treatment") });
    var expected = articles.Find(article => article.Id == new ArticleId("myoclonus-treatment"));
    return expected is not null && expected.Equals(imported.Value) ? null : $"{imported.Issues.Count} issue(s), equal: false";
});
Check("dose text is read", () =>
{
    var dosage = DosageParser.Parse("0.5-1 mg at bedtime").Value;
    return dosage?.Dose is DoseRange { Low: 0.5m, High: 1m, Unit: "mg" } ? null : $"read as {dosage}";
});

Check($"samples found in {directory}", () => articles.Count > 0 ? null : "no article was read");

using (var ndjson = new MemoryStream())
{
    ClinicalArticleNdjson.Write(articles, ndjson);
    Check($"NDJSON write then read ({articles.Count} articles)", () =>
    {
        ndjson.Position = 0;
        return SameArticles(ClinicalArticleNdjson.Read(ndjson).ToList());
    });

    ndjson.Position = 0;
    var records = new List<NdjsonRecord>();
    await foreach (var record in ClinicalArticleNdjson.ReadAsync(ndjson))
    {
        records.Add(record);
    }

    Check($"NDJSON ReadAsync ({articles.Count} articles)", () => SameArticles(records));
}

// Content from outside: every one of these must come back as issues, never as an exception.
(string Name, byte[] Json, string[] Codes)[] hostile =
[
    ("duplicate keys and nulls", """{"id": "a", "id": "b", "title": null, "review": {"status": 7}}"""u8.ToArray(),
        [IssueCodes.DuplicateMember, IssueCodes.NullNotAllowed]),
    ("unknown kind", """{"firstLineTherapy": {"options": [{"components": [{"dosages": [{"dose": {"kind": "nope"}}]}]}]}"""u8.ToArray(),
        [IssueCodes.DiscriminatorUnknown]),
    ("10,000 nested arrays", Encoding.ASCII.GetBytes(new string('[', 10_000)), [IssueCodes.MaxDepthExceeded]),
    ("invalid UTF-8", [.. "{\"title\": \""u8, 0xC3, 0x28, .. "\"}"u8], []),
];
foreach (var (name, json, codes) in hostile)
{
    Check($"hostile input ({name}) gives issues", () =>
    {
        var result = ClinicalArticleJson.Read(json);
        var missing = codes.Where(code => !result.Issues.Any(issue => issue.Code == code)).ToList();
        return !result.HasErrors ? "no error reported"
            : missing.Count > 0 ? $"expected {string.Join(", ", missing)}; got {string.Join(", ", result.Issues.Select(issue => issue.Code))}"
            : null;
    });
}

Check("hostile input through TypeInfo throws JsonException", () =>
{
    try
    {
        JsonSerializer.Deserialize(hostile[0].Json, ClinicalArticleJson.TypeInfo);
        return "no exception";
    }
    catch (JsonException)
    {
        return null;
    }
});

Console.WriteLine($"{passed} of {passed + failed} checks passed");
return failed == 0 ? 0 : 1;

// Runs one check; a check returns null when it passes and a reason when it fails. Any exception is a failure.
void Check(string name, Func<string?> check)
{
    string? failure;
    try
    {
        failure = check();
    }
#pragma warning disable CA1031 // A smoke test reports every exception as a failed check and goes on.
    catch (Exception exception)
#pragma warning restore CA1031
    {
        failure = $"{exception.GetType().Name}: {exception.Message}";
    }

    if (failure is null)
    {
        passed++;
        Console.WriteLine($"ok   {name}");
    }
    else
    {
        failed++;
        Console.WriteLine($"FAIL {name}: {failure}");
    }
}

string? SameArticles(List<NdjsonRecord> records)
{
    if (records.Count != articles.Count)
    {
        return $"{records.Count} records for {articles.Count} articles";
    }

    for (var i = 0; i < records.Count; i++)
    {
        if (records[i].LineNumber != i + 1 || !records[i].Result.Issues.IsEmpty || !articles[i].Equals(records[i].Result.Value))
        {
            return $"line {records[i].LineNumber}: {records[i].Result.Issues.Count} issue(s), equal: {articles[i].Equals(records[i].Result.Value)}";
        }
    }

    return null;
}

static string? FirstDifference(byte[] expected, byte[] actual)
{
    var common = expected.AsSpan().CommonPrefixLength(actual);
    if (common == expected.Length && common == actual.Length)
    {
        return null;
    }

    var line = expected.AsSpan(0, common).Count((byte)'\n') + 1;
    return $"differs from line {line} (file {expected.Length} bytes, written {actual.Length} bytes)";
}

static string? FindSamplesDirectory()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
        {
            return Path.Combine(directory.FullName, "samples", "articles");
        }
    }

    return null;
}
