using System.Security.Cryptography;
using System.Text;

namespace ClinicalContent.Fhir.Internal;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5) for the resources of an exported Bundle, so that the same article always gives
/// the same ids and <c>urn:uuid:</c> full URLs.
/// </summary>
internal static class DeterministicId
{
    // The namespace of every id: the version 5 UUID of https://clinicalcontent.dev/fhir in the RFC's URL namespace.
    private static readonly Guid s_namespace = Create(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), FhirUrls.Base);

    /// <summary>The id of the resource that <paramref name="key"/> names within the article <paramref name="articleId"/>.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="key">What the resource stands for, such as <c>composition</c> or the JSON Pointer of a therapy component.</param>
    public static string For(string articleId, string key) => Create(s_namespace, articleId + "\n" + key).ToString("D");

    private static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> input = stackalloc byte[16];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);

        // SHA-1 is what RFC 9562 prescribes for version 5; the ids are names, not secrets.
#pragma warning disable CA5350
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
