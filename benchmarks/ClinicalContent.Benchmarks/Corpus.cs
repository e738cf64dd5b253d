using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>The NDJSON corpus the corpus benchmarks share: distinct articles built from the samples.</summary>
internal static class Corpus
{
    /// <summary><paramref name="count"/> articles cycling through every sample in file-name order, each with its own
    /// id and title so that no two are the same.</summary>
    public static ClinicalArticle[] Articles(int count)
    {
        var samples = Samples.ReadAll();
        var articles = new ClinicalArticle[count];
        for (var i = 0; i < count; i++)
        {
            var article = samples[i % samples.Length];
            articles[i] = article with { Id = new ArticleId($"{article.Id}-{i}"), Title = $"{article.Title} {i}" };
        }

        return articles;
    }

    /// <summary>The articles as compact NDJSON, one per line.</summary>
    public static byte[] Ndjson(ClinicalArticle[] articles)
    {
        using var stream = new MemoryStream();
        ClinicalArticleNdjson.Write(articles, stream);
        return stream.ToArray();
    }

    /// <summary>Where each non-empty line of an NDJSON corpus lies, without its line end.</summary>
    public static Range[] Lines(ReadOnlySpan<byte> ndjson)
    {
        var lines = new List<Range>();
        var start = 0;
        while (start < ndjson.Length)
        {
            var newline = ndjson[start..].IndexOf((byte)'\n');
            var end = newline < 0 ? ndjson.Length : start + newline;
            if (end > start)
            {
                lines.Add(start..end);
            }

            start = end + 1;
        }

        return [.. lines];
    }
}
