using ClinicalContent.Model;
using ClinicalContent.Serialization;

// The samples are in samples/articles, next to ClinicalContent.sln.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "ClinicalContent.sln")))
{
    root = root.Parent;
}

var allValid = true;
ClinicalArticle? first = null;
foreach (var path in Directory.GetFiles(Path.Combine(root?.FullName ?? ".", "samples", "articles"), "*.json").Order(StringComparer.Ordinal))
{
    // Read never throws on bad content: it returns the article, if one could be built, and every issue found.
    var result = ClinicalArticleJson.Read(File.ReadAllBytes(path));
    allValid &= result.IsValid;
    if (result.Value is { } article)
    {
        first ??= article;
        Console.WriteLine($"{article.Title} [{article.Review.Status}]: {article.FirstLineTherapy?.Options.Count ?? 0} first-line options, "
            + $"{article.Alternatives?.Options.Count ?? 0} alternatives, {article.SpecialScenarios.Count} scenarios, "
            + $"{article.Precautions.Count} precautions, {article.References.Count} references");
    }

    foreach (var issue in result.Issues)
    {
        var where = issue.Position is { } at ? $"{at.Line}:{at.Column}" : "?:?";
        Console.WriteLine($"{Path.GetRelativePath(".", path)}:{where}: {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}: {issue.Message} ({issue.Pointer})");
    }
}

if (first is not null)
{
    Console.WriteLine($"\nFirst-line therapy in \"{first.Title}\":");
    foreach (var option in first.FirstLineTherapy?.Options ?? [])
    {
        var dosages = option.Components.SelectMany(component => component.Dosages).Select(dosage => dosage.Text);
        Console.WriteLine($"  {option.Name}: {string.Join("; ", dosages)}");
    }

    // Articles are immutable records: change one with `with`, then write it back.
    var json = ClinicalArticleJson.Write(first with { Title = $"{first.Title} (revised)" });
    Console.WriteLine($"\nWritten back:\n{string.Join('\n', json.Split('\n').Take(6))}\n  ...");
}

return allValid && first is not null ? 0 : 2;
