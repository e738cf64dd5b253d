using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ArticleService.Tests.Infrastructure;

/// <summary>The requests the tests send, spelled out once.</summary>
internal static class HttpClientExtensions
{
    public static Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, byte[] body, string? contentType = "application/json")
        => client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = Body(body, contentType) });

    public static Task<HttpResponseMessage> PutArticleAsync(this HttpClient client, string id, byte[] body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/articles/" + id) { Content = Body(body, "application/json") };
        if (ifMatch is not null)
        {
            // Without validation, so that malformed values reach the service as sent.
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> DeleteArticleAsync(this HttpClient client, string id, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/articles/" + id);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetWithAsync(this HttpClient client, string path, string? accept = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Creates an article and returns the ETag of its JSON representation.</summary>
    public static async Task<string> CreateAsync(this HttpClient client, byte[] body)
    {
        using var response = await client.PostArticleAsync(body);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ETag(response);
    }

    public static string ETag(HttpResponseMessage response)
    {
        response.Headers.ETag.Should().NotBeNull();
        return response.Headers.ETag!.ToString();
    }

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response)
    {
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        node.Should().BeOfType<JsonObject>();
        return (JsonObject)node!;
    }

    /// <summary>The (code, pointer) pairs of a problem's or receipt's <c>issues</c>, in order.</summary>
    public static IReadOnlyList<(string Code, string Pointer)> CodesAndPointers(JsonObject body)
        => [.. body["issues"]!.AsArray().Select(static issue => (issue!["code"]!.GetValue<string>(), issue["pointer"]!.GetValue<string>()))];

    private static ByteArrayContent Body(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }
}
