using ClinicalContent.Fhir.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Fhir.Export;

/// <summary>Collects the loss report while the export walks the article, and checks values against what FHIR can hold.</summary>
internal sealed class LossCollector
{
    private readonly List<FhirLoss> _entries = [];

    public FhirLossReport ToReport() => _entries.Count == 0 ? FhirLossReport.None : new FhirLossReport { Entries = _entries.ToEquatableArray() };

    public int Count => _entries.Count;

    /// <summary>Drops the entries added after <paramref name="count"/>, for a part that is then reported whole.</summary>
    public void Truncate(int count) => _entries.RemoveRange(count, _entries.Count - count);

    public void Add(string code, string pointer, string message) => _entries.Add(new FhirLoss { Code = code, Pointer = pointer, Message = message });

    /// <summary>Reports each member of <paramref name="unknown"/> of the object at <paramref name="pointer"/>.</summary>
    public void Unknown(UnknownMembers? unknown, string pointer)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var member in unknown)
        {
            Add(IssueCodes.FhirUnknownMemberNotCarried, Pointers.Member(pointer, member.Key), FhirMessages.UnknownMemberNotCarried(member.Key));
        }
    }

    /// <summary>Returns <paramref name="value"/> when FHIR can hold it as a string; otherwise reports it and returns null.</summary>
    public string? Text(string? value, string pointer)
    {
        if (value is null || FhirText.IsString(value))
        {
            return value;
        }

        var reason = value.Length == 0 ? "empty" : "hold control characters or unpaired surrogates";
        Add(IssueCodes.FhirTextNotCarried, pointer, FhirMessages.TextNotCarried(reason));
        return null;
    }

    /// <summary>Returns <paramref name="value"/> when FHIR can hold it as a code; otherwise reports it and returns null.</summary>
    public string? Code(string? value, string pointer)
    {
        if (value is null || FhirText.IsCode(value))
        {
            return value;
        }

        Add(IssueCodes.FhirCodeNotCarried, pointer, FhirMessages.CodeNotCarried(value));
        return null;
    }
}
