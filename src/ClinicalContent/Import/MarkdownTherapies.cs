using System.Text.Json.Nodes;
using ClinicalContent.Model;
using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;

namespace ClinicalContent.Import;

/// <summary>Hands a hand-written therapy bullet to <see cref="TherapyRecognizer"/> and turns its reading back into JSON.</summary>
internal static class MarkdownTherapies
{
    /// <summary>The recognised option as the JSON the importer assembles; null when the bullet is not a therapy.</summary>
    public static JsonObject? Recognize(JsonObject bullet)
    {
        var option = TherapyRecognizer.Recognize(ToStatement(bullet));
        if (option is null)
        {
            return null;
        }

        // Dose lines the recognizer kept as text are read by DosageParser; unreadable ones stay text-only.
        option = option with
        {
            Components = option.Components.Select(static c => c with
            {
                Dosages = c.Dosages.Select(static d => d.Dose is null && d.Timing is null && d.MaximumDose is null
                    ? DosageParser.Parse(d.Text).Value ?? d
                    : d).ToEquatableArray(),
            }).ToEquatableArray(),
        };

        // Serialize through a throw-away article: the one source-generated path, so the option's JSON is exact.
        var carrier = new ClinicalArticle
        {
            Id = new ArticleId("x"),
            Language = "en",
            Question = "",
            Title = "",
            Summary = new Statement { Text = "" },
            Condition = new CodedConcept { Text = "" },
            Audience = Audience.Clinician,
            Review = new ReviewInfo { Status = ReviewStatus.Draft },
            FirstLineTherapy = new TherapySection { Options = [option] },
        };
        var json = JsonNode.Parse(ClinicalArticleJson.Write(carrier, ClinicalArticleJsonOptions.Default with { WriteIndented = false }));
        var result = json?["firstLineTherapy"]?["options"]?[0] as JsonObject;
        result?.Parent?.AsArray().Clear();
        return result;
    }

    private static Statement ToStatement(JsonObject bullet) => new()
    {
        Text = bullet["text"]?.GetValue<string>() ?? "",
        Citations = bullet["citations"] is JsonArray citations
            ? citations.OfType<JsonObject>().Select(static c => new Citation
            {
                ReferenceId = new ReferenceId(c["referenceId"]?.GetValue<string>() ?? ""),
                Locator = c["locator"]?.GetValue<string>(),
            }).ToEquatableArray()
            : default,
        Points = bullet["points"] is JsonArray points ? points.OfType<JsonObject>().Select(ToStatement).ToEquatableArray() : default,
    };
}
