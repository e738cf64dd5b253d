using System.Text.Json;

namespace ClinicalContent.Benchmarks;

/// <summary>The baseline every benchmark compares with: the cheapest full pass System.Text.Json can make over the same bytes.</summary>
internal static class JsonScan
{
    /// <summary>Reads every token with a plain <see cref="Utf8JsonReader"/> and folds the token types into a checksum,
    /// so the loop cannot be optimised away.</summary>
    public static int Checksum(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        var checksum = 0;
        while (reader.Read())
        {
            checksum = (checksum * 31) + (int)reader.TokenType;
        }

        return checksum;
    }
}
