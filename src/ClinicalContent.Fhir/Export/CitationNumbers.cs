using ClinicalContent.Model;

namespace ClinicalContent.Fhir.Export;

/// <summary>The numbers the narrative shows for references: 1, 2, 3… by first citation in the order the export writes the
/// sections, then references nothing cites, in list order. Never stored: the structured citations keep reference ids.</summary>
internal sealed class CitationNumbers
{
    private readonly Dictionary<ReferenceId, int> _numbers = [];

    /// <summary>Every numbered reference id with its number, in number order.</summary>
    public IEnumerable<KeyValuePair<ReferenceId, int>> All => _numbers.OrderBy(static n => n.Value);

    public int Of(ReferenceId id)
    {
        if (!_numbers.TryGetValue(id, out var number))
        {
            number = _numbers.Count + 1;
            _numbers.Add(id, number);
        }

        return number;
    }
}
