using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ClinicalContent.Model;

namespace ClinicalContent.Import;

/// <summary>
/// Reads a bullet that names a treatment into a <see cref="TherapyOption"/>: shared by the plain-text and Markdown
/// importers. The structured reading never adds what the text does not say; the text itself stays in the points.
/// </summary>
/// <remarks>
/// Two forms are recognised. "Clonazepam: Most effective treatment…" (a name, a colon, a description) gives an
/// option whose description is the text after the colon, whose citations are the bullet's and whose points are the
/// nested bullets. A bullet that starts with a name ("Anticonvulsants (for epileptic myoclonus)", "Tizanidine +
/// baclofen + clonazepam has shown…") gives an option whose only point is the bullet itself. A name is a drug (a
/// known name or a drug-name stem), drugs joined by "+" (a combination), or a phrase ending in a class noun
/// ("dopamine agonists", "Anticonvulsants"): a drug class. Anything else is not a treatment and gives null.
/// </remarks>
internal static partial class TherapyRecognizer
{
    // Common drugs that no stem below catches, and some that it does (listing them is cheaper than a false miss).
    private static readonly FrozenSet<string> s_drugs = new[]
    {
        "acetaminophen", "allopurinol", "amitriptyline", "amoxicillin", "amoxicillin-clavulanate", "ampicillin",
        "anakinra", "aspirin", "azithromycin", "baclofen", "carbamazepine", "cefuroxime", "ceftriaxone", "cefotaxime",
        "clarithromycin", "clonazepam", "clonidine", "colchicine", "dexamethasone", "diazepam", "doxycycline",
        "erythromycin", "febuxostat", "gabapentin", "heparin", "hydrocortisone", "ibuprofen", "indomethacin",
        "insulin", "lamotrigine", "levetiracetam", "levodopa", "levofloxacin", "levothyroxine", "liothyronine",
        "lithium", "lorazepam", "melatonin", "metformin", "methylprednisolone", "metoclopramide", "midazolam",
        "moxifloxacin", "naproxen", "oxcarbazepine", "paracetamol", "piracetam", "prednisolone", "prednisone",
        "pregabalin", "primidone", "probenecid", "prochlorperazine", "propranolol", "rizatriptan", "sumatriptan",
        "tizanidine", "topiramate", "triamcinolone", "valproate", "vancomycin", "warfarin", "zolmitriptan",
        "zonisamide", "ketorolac", "ondansetron", "linezolid", "piperacillin-tazobactam", "oseltamivir",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Drug-name stems (INN suffixes); long enough not to match ordinary English words.
    private static readonly string[] s_drugStems =
    [
        "azepam", "azolam", "cillin", "mycin", "floxacin", "cycline", "prazole", "conazole", "triptan", "olol",
        "pril", "sartan", "statin", "umab", "zumab", "ximab", "tinib", "gliptin", "gliflozin", "dronate", "parin",
        "xaban", "semide", "thiazide", "tidine", "azepine", "barbital", "codone", "morphone", "profen", "methacin",
        "olone", "isolone", "epant", "gepant", "ditan", "setron", "thyronine", "thyroxine",
    ];

    // Nouns that name a class of drugs; a phrase ending in one is a drug class.
    private static readonly FrozenSet<string> s_classNouns = new[]
    {
        "agonists", "antagonists", "anticonvulsants", "antiepileptics", "antibiotics", "antibodies", "antidepressants",
        "antiemetics", "antihistamines", "antipsychotics", "benzodiazepines", "blockers", "cephalosporins",
        "corticosteroids", "diuretics", "fluoroquinolones", "gepants", "glucocorticoids", "inhibitors", "macrolides",
        "nsaids", "opioids", "penicillins", "statins", "steroids", "tetracyclines", "triptans", "anticoagulants",
        "beta-lactams", "analgesics",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that end a name phrase: verbs, auxiliaries and prepositions.
    private static readonly FrozenSet<string> s_phraseStops = new[]
    {
        "is", "are", "was", "were", "has", "have", "had", "may", "can", "could", "should", "must", "will", "shows",
        "showed", "for", "in", "with", "of", "to", "as", "by", "at", "on", "from", "if", "when", "within", "plus",
        "be", "remain", "remains", "reduce", "reduces", "improve", "improves", "provide", "provides", "given",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a bullet into a therapy option when it names a treatment.</summary>
    /// <param name="bullet">The bullet: text without citation numbers, its citations and its nested points.</param>
    /// <returns>The option, or null when the bullet names no treatment.</returns>
    internal static TherapyOption? Recognize(Statement bullet)
    {
        ArgumentNullException.ThrowIfNull(bullet);
        var text = bullet.Text.Trim();

        // Form 1: "Name: description".
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < text.Length - 1 && TryReadName(text[..colon].Trim(), wholePhrase: true, out var head, out _))
        {
            var description = text[(colon + 1)..].Trim();
            return Build(head, description, indication: null, nameDosage: null, rest: string.Empty, bullet.Points, bullet.Citations);
        }

        // Form 2: a bullet that starts with a name.
        if (!TryReadName(text, wholePhrase: false, out var name, out var after))
        {
            return null;
        }

        string? indication = null;
        string? nameDosage = null;
        after = after.TrimStart();
        if (after.StartsWith('(') && after.IndexOf(')', StringComparison.Ordinal) is var close and > 0)
        {
            var inner = after[1..close].Trim();
            after = after[(close + 1)..].Trim();
            var forMatch = ForPhrase().Match(inner);
            if (forMatch.Success)
            {
                indication = forMatch.Groups["what"].Value.Trim();
            }
            else if (DoseLike().IsMatch(inner))
            {
                nameDosage = inner;
            }
        }

        if (indication is null && IndicationInSentence().Match(after) is { Success: true } m && !after.Contains('%', StringComparison.Ordinal))
        {
            indication = m.Groups["what"].Value.Trim();
        }

        return Build(name, description: null, indication, nameDosage, after, [bullet], default);
    }

    /// <summary>Whether a word is a drug name: a known drug or one with a drug-name stem.</summary>
    internal static bool IsDrugName(string word)
    {
        var w = word.Trim().TrimEnd(',', '.', ';').ToLowerInvariant();
        if (w.Length < 4)
        {
            return false;
        }

        if (s_drugs.Contains(w))
        {
            return true;
        }

        foreach (var stem in s_drugStems)
        {
            if (w.Length > stem.Length + 2 && w.EndsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first drug named in a text, capitalised, such as <c>Clonazepam</c> in "side effects of clonazepam".</summary>
    internal static string? FirstDrugIn(string text)
    {
        foreach (var word in Words().Matches(text).Select(static m => m.Value))
        {
            if (IsDrugName(word))
            {
                return Capitalize(word);
            }
        }

        return null;
    }

    internal static string Capitalize(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

    private static TherapyOption Build(
        NameReading name, string? description, string? indication, string? nameDosage, string rest,
        EquatableArray<Statement> points, EquatableArray<Citation> citations)
    {
        var scanned = new List<string>();
        if (rest.Length > 0)
        {
            scanned.Add(rest);
        }

        var dosages = new List<Dosage>();
        if (nameDosage is not null)
        {
            dosages.Add(PlainTextDosages.Parse(nameDosage));
        }

        // The nested points of a "Name: description" bullet say more about the option.
        if (description is not null)
        {
            foreach (var point in points)
            {
                scanned.Add(point.Text);
                if (DosageLine(point.Text) is { } dosageText)
                {
                    dosages.Add(PlainTextDosages.Parse(dosageText));
                }
            }
        }

        var components = name.Kind switch
        {
            TherapyKind.Drug => [new TherapyComponent
            {
                Drug = new CodedConcept { Text = name.Components[0] },
                Dosages = dosages.Count == 0 ? default : dosages.ToEquatableArray(),
            }],
            TherapyKind.Combination => name.Components.Select(static c => new TherapyComponent { Drug = new CodedConcept { Text = c } }).ToEquatableArray(),
            _ => default(EquatableArray<TherapyComponent>),
        };

        return new TherapyOption
        {
            Name = name.Name,
            Kind = name.Kind,
            Description = string.IsNullOrEmpty(description) ? null : description,
            Components = components,
            Indication = string.IsNullOrEmpty(indication) ? null : indication,
            Onset = scanned.Select(ReadOnset).FirstOrDefault(static o => o is not null),
            Efficacy = scanned.Select(ReadEfficacy).FirstOrDefault(static e => e is not null),
            Points = points,
            Citations = citations,
        };
    }

    /// <summary>The dose text of a point that states a dose: after a label ("Typical dosage: …"), or the whole
    /// point when it says how the drug is taken ("May be taken 1-2 hours before bedtime …").</summary>
    internal static string? DosageLine(string text)
    {
        var label = DoseLabel().Match(text);
        if (label.Success)
        {
            return label.Groups["dose"].Value.Trim();
        }

        return Administration().IsMatch(text) ? text.Trim() : null;
    }

    private static string? ReadOnset(string text)
    {
        var m = Onset().Match(text);
        return m.Success ? m.Groups["onset"].Value.Trim() : null;
    }

    private static Efficacy? ReadEfficacy(string text)
    {
        var m = EfficacyFor().Match(text);
        if (!m.Success)
        {
            m = EfficacyIn().Match(text);
        }

        if (!m.Success
            || !decimal.TryParse(m.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var population = m.Groups["population"].Success ? m.Groups["population"].Value.Trim() : null;
        if (population is not null && NonPopulation().IsMatch(population))
        {
            population = null;
        }

        return new Efficacy { Value = value, Unit = "%", Population = string.IsNullOrEmpty(population) ? null : population };
    }

    private static bool TryReadName(string text, bool wholePhrase, out NameReading name, out string after)
    {
        name = default;
        after = string.Empty;

        // The name part stops at a parenthesis.
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        var namePart = paren >= 0 ? text[..paren] : text;

        // A combination: drugs joined by "+".
        if (namePart.Contains(" + ", StringComparison.Ordinal))
        {
            var parts = namePart.Split(" + ");
            var components = new List<string>();
            var consumed = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                var words = parts[i].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || !IsDrugName(words[0]) || (i < parts.Length - 1 && words.Length != 1))
                {
                    return false;
                }

                if (i == parts.Length - 1 && wholePhrase && words.Length != 1)
                {
                    return false;
                }

                components.Add(words[0]);
                var lastStart = namePart.IndexOf(words[0], consumed, StringComparison.Ordinal);
                consumed = lastStart + words[0].Length;
            }

            name = new NameReading(namePart[..consumed].Trim(), TherapyKind.Combination, [.. components.Select(Capitalize)]);
            after = text[consumed..];
            return true;
        }

        // A phrase up to the first stop word.
        var tokens = Words().Matches(namePart).ToList();
        var phraseEnd = 0;
        var count = 0;
        foreach (var token in tokens)
        {
            if (s_phraseStops.Contains(token.Value) || count == 6)
            {
                break;
            }

            // A comma or other punctuation between words ends the phrase.
            var gap = namePart.AsSpan(phraseEnd, token.Index - phraseEnd);
            if (count > 0 && gap.Trim().Length > 0)
            {
                break;
            }

            phraseEnd = token.Index + token.Length;
            count++;
        }

        if (count == 0 || (wholePhrase && namePart[phraseEnd..].Trim().Length > 0))
        {
            return false;
        }

        var phrase = namePart[..phraseEnd].Trim();
        var phraseWords = tokens.Take(count).Select(static t => t.Value).ToList();
        if (s_classNouns.Contains(phraseWords[^1]))
        {
            name = new NameReading(phrase, TherapyKind.DrugClass, []);
            after = text[phraseEnd..];
            return true;
        }

        if (IsDrugName(phraseWords[0]))
        {
            // A single drug: the first word (a following word that is not a drug belongs to the sentence).
            name = new NameReading(Capitalize(phraseWords[0]), TherapyKind.Drug, [Capitalize(phraseWords[0])]);
            var first = tokens[0];
            if (wholePhrase && count != 1)
            {
                return false;
            }

            after = text[(first.Index + first.Length)..];
            return true;
        }

        return false;
    }

    private readonly record struct NameReading(string Name, TherapyKind Kind, string[] Components);

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9-]*")]
    private static partial Regex Words();

    // "(for epileptic myoclonus)", "(alternative for certain forms of myoclonus)".
    [GeneratedRegex(@"^(?:[A-Za-z-]+\s+)?for\s+(?<what>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForPhrase();

    // "has shown effectiveness for spinal myoclonus", "is effective for …", "is used for …".
    [GeneratedRegex(@"\b(?:effective(?:ness)?|indicated|used|useful|recommended|beneficial|preferred)\s+for\s+(?<what>[^,;]+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex IndicationInSentence();

    [GeneratedRegex(@"\d\s*(?:mg|mcg|µg|g|mL|ml|units?|IU|mg/kg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoseLike();

    [GeneratedRegex(@"^(?:(?:typical|usual|starting|initial|standard|recommended|maintenance|adult|pediatric|paediatric|target)\s+)?(?:dose|dosage|dosing|regimen)\s*:\s*(?<dose>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoseLabel();

    [GeneratedRegex(@"^(?:(?:may|can|should)\s+be\s+(?:taken|given|administered)|take|give|administer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Administration();

    [GeneratedRegex(@"\b(?:effects?|response|relief|improvement|benefit)\b[^.;]*?\b(?<onset>within\s+[^,;.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Onset();

    // "effective for REM sleep behavior disorder with 90% efficacy", "90% efficacy".
    [GeneratedRegex(@"(?:\bfor\s+(?<population>[^,;]+?)\s+with\s+)?(?<value>\d+(?:\.\d+)?)\s*%\s+efficacy\b", RegexOptions.IgnoreCase)]
    private static partial Regex EfficacyFor();

    // "effective in 90% of cases", "effective in 70% of adults with migraine".
    [GeneratedRegex(@"\beffective\s+in\s+(?<value>\d+(?:\.\d+)?)\s*%\s+of\s+(?<population>[^,;.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EfficacyIn();

    [GeneratedRegex(@"^(?:cases|patients|people|individuals|users)$", RegexOptions.IgnoreCase)]
    private static partial Regex NonPopulation();
}
