namespace ClinicalContent.Schema;

/// <summary>
/// Which members or items of one object or array the keywords of a schema have evaluated, collected only where an
/// <c>unevaluatedProperties</c> or <c>unevaluatedItems</c> needs to know.
/// </summary>
/// <remarks>Members are identified by their position in the object, items by index. <see cref="PrefixCount"/>
/// covers the leading items evaluated by <c>prefixItems</c>; the bit set holds the rest (<c>contains</c> matches,
/// evaluated members).</remarks>
internal sealed class EvaluationAnnotations
{
    private ulong[] _bits = new ulong[4];
    private int _words;

    /// <summary>Every member or item has been evaluated.</summary>
    public bool All { get; set; }

    /// <summary>The items before this index have been evaluated.</summary>
    public int PrefixCount { get; set; }

    public void Reset()
    {
        Array.Clear(_bits, 0, _words);
        _words = 0;
        All = false;
        PrefixCount = 0;
    }

    public void Mark(int index)
    {
        var word = index >> 6;
        if (word >= _words)
        {
            if (word >= _bits.Length)
            {
                Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
            }

            _words = word + 1;
        }

        _bits[word] |= 1UL << (index & 63);
    }

    public bool IsEvaluated(int index)
    {
        if (All || index < PrefixCount)
        {
            return true;
        }

        var word = index >> 6;
        return word < _words && (_bits[word] & (1UL << (index & 63))) != 0;
    }

    public void MergeFrom(EvaluationAnnotations other)
    {
        All |= other.All;
        PrefixCount = Math.Max(PrefixCount, other.PrefixCount);
        if (other._words > _words)
        {
            if (other._words > _bits.Length)
            {
                Array.Resize(ref _bits, other._words);
            }

            _words = other._words;
        }

        for (var i = 0; i < other._words; i++)
        {
            _bits[i] |= other._bits[i];
        }
    }
}
