using System.Globalization;
using ClinicalContent.Internal;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Model;

namespace ClinicalContent.Rendering.Html;

/// <summary>The state of rendering one page: the output, the citation numbers and where each reference is cited.</summary>
/// <remarks>One instance per call to <see cref="HtmlRenderer.Render(ClinicalArticle, TextWriter)"/>; never shared.
/// Parts are written in the order <see cref="CitationNumbering.Citations(ClinicalArticle)"/> walks them, so the
/// numbers first appear in ascending order.</remarks>
internal sealed class HtmlPageWriter
{
    private readonly ClinicalArticle _article;
    private readonly HtmlRendererOptions _options;
    private readonly TextWriter _writer;
    private readonly CitationNumbering _numbering;
    private readonly Dictionary<int, List<int>> _citedAt = [];
    private int _citationCount;
    private int _indent;

    public HtmlPageWriter(ClinicalArticle article, HtmlRendererOptions options, TextWriter writer)
    {
        _article = article;
        _options = options;
        _writer = writer;
        _numbering = CitationNumbering.Create(article);
    }

    public void Write()
    {
        Line("<!DOCTYPE html>");
        var language = string.IsNullOrWhiteSpace(_options.Language) ? _article.Language : _options.Language;
        Open("html", "lang", string.IsNullOrWhiteSpace(language) ? "und" : language);
        WriteHead();
        Open("body");
        WriteHeader();
        Open("main");
        WriteSummary();
        WriteDiagnosis();
        WriteTherapySection("first-line-therapy", "First-line therapy", _article.FirstLineTherapy);
        WriteTherapySection("alternatives", "Alternatives", _article.Alternatives);
        WriteScenarios();
        WritePrecautions();
        WriteFollowUp();
        WriteOtherSections();
        WriteReferences();
        Close("main");
        WriteFooter();
        Close("body");
        Close("html");
    }

    private void WriteHead()
    {
        Open("head");
        Line("<meta charset=\"utf-8\" />");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        Indent();
        _writer.Write("<title>");
        Text(_article.Title);
        _writer.Write("</title>\n");
        Indent();
        _writer.Write("<style>\n");
        _writer.Write(HtmlStyles.Css);
        Line("</style>");
        if (_options.IncludeJsonLd)
        {
            // A data block, not a script: browsers do not run it. HTML-safe escaping keeps "</script>" in article text
            // from ending it, and leaves no "<" or "&" that would make the page ill-formed XML.
            Indent();
            _writer.Write("<script type=\"application/ld+json\">");
            _writer.Write(JsonLdExporter.Export(_article, (_options.JsonLd ?? JsonLdOptions.Default) with { HtmlSafe = true }));
            _writer.Write("</script>\n");
        }

        Close("head");
    }

    private void WriteHeader()
    {
        Open("header", "class", "article-header");
        TextElement("p", "question", _article.Question);
        TextElement("h1", null, _article.Title);
        WriteReview(_article.Review);
        Close("header");
    }

    private void WriteReview(ReviewInfo? review)
    {
        if (review is null)
        {
            return;
        }

        Open("div", "class", "review");
        Indent();
        _writer.Write("<p class=\"status status-");
        _writer.Write(StatusClass(review.Status));
        _writer.Write("\"><span class=\"badge\">");
        Text(StatusLabel(review.Status));
        _writer.Write("</span>");
        if (review.Status == ReviewStatus.Approved && review.ApprovedOn is { } approvedOn)
        {
            _writer.Write(" on ");
            Time(approvedOn);
        }

        if (!review.Reviewers.IsEmpty)
        {
            _writer.Write(review.Status == ReviewStatus.Approved ? " by " : " · Reviewers: ");
            var first = true;
            foreach (var person in review.Reviewers)
            {
                if (person is null)
                {
                    continue;
                }

                if (!first)
                {
                    _writer.Write(", ");
                }

                first = false;
                _writer.Write("<span class=\"reviewer\">");
                Text(person.Name);
                if (person.Credentials is { } credentials)
                {
                    _writer.Write(", ");
                    Text(credentials);
                }

                _writer.Write("</span>");
            }
        }

        if (review.Board is { } board)
        {
            _writer.Write(" · <span class=\"board\">");
            Text(board);
            _writer.Write("</span>");
        }

        _writer.Write("</p>\n");

        // Pending-review notices first: readers must see them before anything else about the article.
        foreach (var notice in review.Notices.Where(static n => n?.Kind == ReviewNoticeKind.PendingReview))
        {
            WriteNotice(notice);
        }

        foreach (var notice in review.Notices.Where(static n => n is not null && n.Kind != ReviewNoticeKind.PendingReview))
        {
            WriteNotice(notice);
        }

        if (review.LastUpdated is not null || review.LastReviewed is not null)
        {
            Indent();
            _writer.Write("<p class=\"dates\">");
            if (review.LastUpdated is { } lastUpdated)
            {
                _writer.Write("Last updated: ");
                Time(lastUpdated);
            }

            if (review.LastReviewed is { } lastReviewed)
            {
                _writer.Write(review.LastUpdated is null ? "Last reviewed: " : " · Last reviewed: ");
                Time(lastReviewed);
            }

            _writer.Write("</p>\n");
        }

        Close("div");
    }

    private void WriteNotice(ReviewNotice notice)
    {
        var (cssClass, label) = notice.Kind switch
        {
            ReviewNoticeKind.PendingReview => ("notice notice-pending-review", "Pending review"),
            ReviewNoticeKind.EducationalUse => ("notice notice-educational-use", "Educational use"),
            _ => ("notice notice-other", "Notice"),
        };
        Indent();
        _writer.Write("<p class=\"");
        _writer.Write(cssClass);
        _writer.Write("\" role=\"note\"><strong>");
        _writer.Write(label);
        _writer.Write(":</strong> ");
        Text(notice.Text);
        _writer.Write("</p>\n");
    }

    private void WriteSummary()
    {
        OpenSection("summary", "Summary");
        WriteParagraph(_article.Summary?.Text, _article.Summary?.Citations ?? default, "summary-text");
        if (_article.Summary is { } summary)
        {
            WriteStatements(summary.Points);
        }

        CloseSection();
    }

    private void WriteDiagnosis()
    {
        if (_article.Diagnosis is not { } diagnosis)
        {
            return;
        }

        OpenSection("diagnosis", "Diagnostic approach");
        WriteParagraph(diagnosis.Introduction, default, "introduction");
        WriteStatements(diagnosis.Points);
        WriteConcepts("Causes to evaluate", "causes", diagnosis.CausesToEvaluate);
        WriteConcepts("Differential diagnoses", "differentials", diagnosis.Differentials);
        CloseSection();
    }

    private void WriteConcepts(string heading, string cssClass, EquatableArray<CodedConcept> concepts)
    {
        if (concepts.IsEmpty)
        {
            return;
        }

        TextElement("h3", null, heading);
        Open("ul", "class", cssClass);
        foreach (var concept in concepts)
        {
            if (concept is null)
            {
                continue;
            }

            Indent();
            _writer.Write("<li>");
            Concept(concept);
            _writer.Write("</li>\n");
        }

        Close("ul");
    }

    private void WriteTherapySection(string id, string heading, TherapySection? section)
    {
        if (section is null)
        {
            return;
        }

        OpenSection(id, heading);
        WriteParagraph(section.Introduction, default, "introduction");
        WriteTherapies(section.Options, 3);
        CloseSection();
    }

    private void WriteTherapies(EquatableArray<TherapyOption> options, int level)
    {
        foreach (var option in options)
        {
            if (option is not null)
            {
                WriteTherapy(option, level);
            }
        }
    }

    private void WriteTherapy(TherapyOption option, int level)
    {
        Open("div", "class", "therapy therapy-" + KindClass(option.Kind));
        Indent();
        _writer.Write("<h");
        _writer.Write(level.ToString(CultureInfo.InvariantCulture));
        _writer.Write('>');
        Text(option.Name);
        _writer.Write(" <span class=\"kind\">");
        Text(TherapyKindLabel(option.Kind));
        _writer.Write("</span>");

        // Citations of the option as a whole follow its description, or its name when it has none.
        if (option.Description is null)
        {
            Citations(option.Citations);
        }

        _writer.Write("</h");
        _writer.Write(level.ToString(CultureInfo.InvariantCulture));
        _writer.Write(">\n");

        if (option.Description is not null)
        {
            WriteParagraph(option.Description, option.Citations, "description");
        }

        WriteDosages(option);
        WriteFacts(option);
        WriteStatements(option.Points);
        Close("div");
    }

    private void WriteDosages(TherapyOption option)
    {
        var components = option.Components.Where(static c => c is not null).ToArray();
        if (components.Length == 0)
        {
            return;
        }

        var anyDosage = components.Any(static c => !c.Dosages.IsEmpty);
        if (!anyDosage)
        {
            if (option.Kind == TherapyKind.Combination || components.Length > 1)
            {
                Indent();
                _writer.Write("<p class=\"components\"><span class=\"label\">Components:</span> ");
                for (var i = 0; i < components.Length; i++)
                {
                    if (i > 0)
                    {
                        _writer.Write(", ");
                    }

                    Concept(components[i].Drug);
                }

                _writer.Write("</p>\n");
            }

            return;
        }

        Open("ul", "class", "dosages");
        foreach (var component in components)
        {
            if (component.Dosages.IsEmpty)
            {
                Indent();
                _writer.Write("<li><span class=\"drug\">");
                Concept(component.Drug);
                _writer.Write("</span></li>\n");
                continue;
            }

            foreach (var dosage in component.Dosages)
            {
                if (dosage is null)
                {
                    continue;
                }

                Indent();
                _writer.Write("<li><span class=\"drug\">");
                Concept(component.Drug);
                _writer.Write("</span>: <span class=\"dose-text\">");
                Text(dosage.Text);
                _writer.Write("</span>");
                var structured = StructuredDosage(dosage);
                if (structured.Length > 0)
                {
                    _writer.Write(" <span class=\"dose-structured\" title=\"Structured reading\">");
                    Text(structured);
                    _writer.Write("</span>");
                }

                _writer.Write("</li>\n");
            }
        }

        Close("ul");
    }

    private void WriteFacts(TherapyOption option)
    {
        if (option.Indication is null && option.Population is null && option.Onset is null
            && option.Efficacy is null && option.Evidence is null)
        {
            return;
        }

        Open("dl", "class", "facts");
        Fact("Indication", option.Indication);
        Fact("Population", option.Population);
        Fact("Onset", option.Onset);
        if (option.Efficacy is { } efficacy)
        {
            var text = HtmlText.Number(efficacy.Value) + (efficacy.Unit == "%" ? "%" : " " + efficacy.Unit);
            if (efficacy.Outcome is not null)
            {
                text += " " + efficacy.Outcome;
            }

            if (efficacy.Population is not null)
            {
                text += " (" + efficacy.Population + ")";
            }

            Fact("Efficacy", text);
        }

        if (option.Evidence is { } evidence)
        {
            var parts = new List<string>(3) { evidence.GradingSystem };
            if (evidence.Strength is not null)
            {
                parts.Add("strength: " + evidence.Strength);
            }

            if (evidence.Certainty is not null)
            {
                parts.Add("certainty: " + evidence.Certainty);
            }

            Fact("Evidence", string.Join(" · ", parts));
        }

        Close("dl");
    }

    private void Fact(string term, string? value)
    {
        if (value is null)
        {
            return;
        }

        Indent();
        _writer.Write("<div><dt>");
        _writer.Write(term);
        _writer.Write("</dt><dd>");
        Text(value);
        _writer.Write("</dd></div>\n");
    }

    private void WriteScenarios()
    {
        if (_article.SpecialScenarios.IsEmpty)
        {
            return;
        }

        OpenSection("special-scenarios", "Special clinical scenarios");
        foreach (var scenario in _article.SpecialScenarios)
        {
            if (scenario is null)
            {
                continue;
            }

            Open("div", "class", "scenario");
            TextElement("h3", null, scenario.Title);
            if (scenario.Population is not null)
            {
                Indent();
                _writer.Write("<p class=\"population\"><span class=\"label\">Population:</span> ");
                Text(scenario.Population);
                _writer.Write("</p>\n");
            }

            WriteStatements(scenario.Points);
            WriteTherapies(scenario.Therapies, 4);
            Close("div");
        }

        CloseSection();
    }

    private void WritePrecautions()
    {
        if (_article.Precautions.IsEmpty)
        {
            return;
        }

        OpenSection("precautions", "Important precautions");
        foreach (var precaution in _article.Precautions)
        {
            if (precaution is null)
            {
                continue;
            }

            Open("div", "class", "precaution precaution-" + PrecautionClass(precaution.Kind));
            Indent();
            _writer.Write("<h3>");
            Text(precaution.Title);
            Citations(precaution.Citations);
            _writer.Write("</h3>\n");
            if (precaution.Subject is { } subject)
            {
                Indent();
                _writer.Write("<p class=\"subject\"><span class=\"label\">Applies to:</span> ");
                Concept(subject);
                _writer.Write("</p>\n");
            }

            WriteStatements(precaution.Points);
            Close("div");
        }

        CloseSection();
    }

    private void WriteFollowUp()
    {
        if (_article.FollowUp is not { } followUp)
        {
            return;
        }

        OpenSection("follow-up", "Follow-up and monitoring");
        WriteParagraph(followUp.Introduction, default, "introduction");
        WriteStatements(followUp.Points);
        CloseSection();
    }

    private void WriteOtherSections()
    {
        var index = 0;
        foreach (var section in _article.OtherSections)
        {
            if (section is null)
            {
                continue;
            }

            index++;
            OpenSection("section-" + index.ToString(CultureInfo.InvariantCulture), section.Title);
            WriteParagraph(section.Introduction, default, "introduction");
            WriteStatements(section.Points);
            CloseSection();
        }
    }

    private void WriteReferences()
    {
        var ordered = _numbering.Ordered;
        if (ordered.Count == 0 && _article.References.IsEmpty)
        {
            return;
        }

        OpenSection("references", "References");
        var missing = new List<(int Number, ReferenceId Id)>();
        var anyListed = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (_numbering.TryGetReference(ordered[i], out _))
            {
                anyListed = true;
            }
            else
            {
                missing.Add((i + 1, ordered[i]));
            }
        }

        if (anyListed)
        {
            Open("ol", "class", "references");
            for (var i = 0; i < ordered.Count; i++)
            {
                if (_numbering.TryGetReference(ordered[i], out var reference))
                {
                    WriteReference(i + 1, reference);
                }
            }

            Close("ol");
        }

        WriteDuplicateReferences();

        if (missing.Count > 0)
        {
            Indent();
            _writer.Write("<p class=\"missing-references\" role=\"note\"><strong>Cited but not listed:</strong> ");
            for (var i = 0; i < missing.Count; i++)
            {
                if (i > 0)
                {
                    _writer.Write(", ");
                }

                _writer.Write("<span class=\"missing\" title=\"reference not listed\">[");
                _writer.Write(missing[i].Number.ToString(CultureInfo.InvariantCulture));
                _writer.Write("]</span> (");
                Text(missing[i].Id.Value);
                _writer.Write(')');
            }

            _writer.Write("</p>\n");
        }

        CloseSection();
    }

    private void WriteDuplicateReferences()
    {
        // A second reference with an id already listed cannot be cited unambiguously; show it, unnumbered, rather than drop it.
        var seen = new HashSet<ReferenceId>();
        List<Reference>? duplicates = null;
        foreach (var reference in _article.References)
        {
            if (reference is not null && !seen.Add(reference.Id))
            {
                (duplicates ??= []).Add(reference);
            }
        }

        if (duplicates is null)
        {
            return;
        }

        Open("ul", "class", "references duplicate-references");
        foreach (var reference in duplicates)
        {
            WriteReference(0, reference);
        }

        Close("ul");
    }

    private void WriteReference(int number, Reference reference)
    {
        Indent();
        if (number > 0)
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            _writer.Write("<li id=\"ref-");
            _writer.Write(text);
            _writer.Write("\" value=\"");
            _writer.Write(text);
            _writer.Write("\">");
        }
        else
        {
            _writer.Write("<li class=\"duplicate\" title=\"duplicate reference id\">");
        }

        _writer.Write("<span class=\"ref-kind\">");
        Text(ReferenceKindLabel(reference.Kind));
        _writer.Write("</span> ");
        var authors = reference.Authors.Where(static a => a is not null).Select(AuthorName).Where(static n => n.Length > 0).ToArray();
        if (authors.Length > 0)
        {
            _writer.Write("<span class=\"authors\">");
            Text(string.Join(", ", authors));
            _writer.Write(".</span> ");
        }

        _writer.Write("<cite>");
        Text(reference.Title);
        _writer.Write("</cite>");
        var source = new List<string>(4);
        if (reference.Container is not null)
        {
            source.Add(reference.Container);
        }

        if (reference.Publisher is not null)
        {
            source.Add(reference.Publisher);
        }

        if (reference.Issued is { Year: > 0 } issued)
        {
            source.Add(issued.ToString());
        }

        var locator = reference.Volume ?? string.Empty;
        if (reference.Issue is not null)
        {
            locator += "(" + reference.Issue + ")";
        }

        if (reference.Pages is not null)
        {
            locator += (locator.Length > 0 ? ":" : "pp. ") + reference.Pages;
        }

        if (locator.Length > 0)
        {
            source.Add(locator);
        }

        if (source.Count > 0)
        {
            _writer.Write(" <span class=\"source\">");
            Text(string.Join(", ", source));
            _writer.Write(".</span>");
        }

        Identifier("DOI", reference.Doi, WebAddresses.Doi(reference.Doi));
        Identifier("PMID", reference.Pmid, HtmlText.PubMedUrl(reference.Pmid));
        if (reference.Url is not null)
        {
            Identifier(null, reference.Url, WebAddresses.Http(reference.Url));
        }

        if (number > 0 && _citedAt.TryGetValue(number, out var places))
        {
            _writer.Write(" <span class=\"backlinks\">");
            foreach (var place in places)
            {
                var k = place.ToString(CultureInfo.InvariantCulture);
                _writer.Write("<a href=\"#cite-");
                _writer.Write(k);
                _writer.Write("\" class=\"backlink\" aria-label=\"Back to citation ");
                _writer.Write(k);
                _writer.Write("\">\u21A9</a>");
            }

            _writer.Write("</span>");
        }

        _writer.Write("</li>\n");
    }

    private void Identifier(string? label, string? value, string? url)
    {
        if (value is null)
        {
            return;
        }

        _writer.Write(" <span class=\"identifier\">");
        if (label is not null)
        {
            _writer.Write(label);
            _writer.Write(": ");
        }

        if (url is null)
        {
            _writer.Write("<span class=\"unlinked\">");
            Text(value);
            _writer.Write("</span>");
        }
        else
        {
            _writer.Write("<a href=\"");
            Text(url);
            _writer.Write("\" rel=\"noopener noreferrer\">");
            Text(value);
            _writer.Write("</a>");
        }

        _writer.Write("</span>");
    }

    private void WriteFooter()
    {
        Open("footer", "class", "article-footer");
        if (_options.IncludeDisclaimer && _article.Disclaimer is { } disclaimer)
        {
            Indent();
            _writer.Write("<p class=\"disclaimer\"><strong>Disclaimer:</strong> ");
            Text(disclaimer);
            _writer.Write("</p>\n");
        }

        Indent();
        _writer.Write("<p class=\"article-id\">Article <code>");
        Text(_article.Id.Value);
        _writer.Write("</code>");
        if (_article.Version is { } version)
        {
            _writer.Write(" · version ");
            Text(version);
        }

        _writer.Write(" · for ");
        Text(AudienceLabel(_article.Audience));
        _writer.Write("</p>\n");
        Close("footer");
    }

    private void WriteParagraph(string? text, EquatableArray<Citation> citations, string cssClass)
    {
        if (text is null && citations.IsEmpty)
        {
            return;
        }

        Indent();
        _writer.Write("<p class=\"");
        _writer.Write(cssClass);
        _writer.Write("\">");
        Text(text);
        Citations(citations);
        _writer.Write("</p>\n");
    }

    private void WriteStatements(EquatableArray<Statement> statements)
    {
        if (statements.IsEmpty || statements.All(static s => s is null))
        {
            return;
        }

        Open("ul", "class", "points");
        foreach (var statement in statements)
        {
            if (statement is null)
            {
                continue;
            }

            Indent();
            _writer.Write("<li>");
            Text(statement.Text);
            Citations(statement.Citations);
            if (statement.Points.IsEmpty)
            {
                _writer.Write("</li>\n");
                continue;
            }

            _writer.Write('\n');
            _indent++;
            WriteStatements(statement.Points);
            _indent--;
            Line("</li>");
        }

        Close("ul");
    }

    private void Citations(EquatableArray<Citation> citations)
    {
        if (citations.IsEmpty || citations.All(static c => c is null))
        {
            return;
        }

        _writer.Write("<sup class=\"citations\">");
        var first = true;
        foreach (var citation in citations)
        {
            if (citation is null)
            {
                continue;
            }

            if (!first)
            {
                _writer.Write(", ");
            }

            first = false;
            var k = (++_citationCount).ToString(CultureInfo.InvariantCulture);
            var number = _numbering.NumberOf(citation.ReferenceId);
            var n = number.ToString(CultureInfo.InvariantCulture);
            if (_numbering.TryGetReference(citation.ReferenceId, out _))
            {
                if (!_citedAt.TryGetValue(number, out var places))
                {
                    _citedAt[number] = places = [];
                }

                places.Add(_citationCount);
                _writer.Write("<a href=\"#ref-");
                _writer.Write(n);
                _writer.Write("\" id=\"cite-");
                _writer.Write(k);
                _writer.Write("\">");
                _writer.Write(n);
                _writer.Write("</a>");
            }
            else
            {
                _writer.Write("<span class=\"missing\" id=\"cite-");
                _writer.Write(k);
                _writer.Write("\" title=\"reference not listed\">[");
                _writer.Write(n);
                _writer.Write("]</span>");
            }

            if (citation.Locator is { } locator)
            {
                _writer.Write("<span class=\"locator\"> (");
                Text(locator);
                _writer.Write(")</span>");
            }
        }

        _writer.Write("</sup>");
    }

    private void Concept(CodedConcept? concept)
    {
        if (concept is null)
        {
            return;
        }

        Text(concept.Text);
        var codes = concept.Codings.Where(static c => c?.Code is not null).Select(static c => c.Code!).ToArray();
        if (codes.Length > 0)
        {
            _writer.Write(" <span class=\"codes\">(");
            Text(string.Join(", ", codes));
            _writer.Write(")</span>");
        }
    }

    private void OpenSection(string id, string heading)
    {
        Indent();
        _writer.Write("<section id=\"");
        Text(id);
        _writer.Write("\" aria-labelledby=\"");
        Text(id);
        _writer.Write("-heading\">\n");
        _indent++;
        Indent();
        _writer.Write("<h2 id=\"");
        Text(id);
        _writer.Write("-heading\">");
        Text(heading);
        _writer.Write("</h2>\n");
    }

    private void CloseSection() => Close("section");

    private void TextElement(string tag, string? cssClass, string? text)
    {
        Indent();
        _writer.Write('<');
        _writer.Write(tag);
        if (cssClass is not null)
        {
            _writer.Write(" class=\"");
            _writer.Write(cssClass);
            _writer.Write('"');
        }

        _writer.Write('>');
        Text(text);
        _writer.Write("</");
        _writer.Write(tag);
        _writer.Write(">\n");
    }

    private void Time(DateOnly date)
    {
        _writer.Write("<time datetime=\"");
        _writer.Write(HtmlText.IsoDate(date));
        _writer.Write("\">");
        _writer.Write(HtmlText.DisplayDate(date));
        _writer.Write("</time>");
    }

    private void Open(string tag, string? attribute = null, string? value = null)
    {
        Indent();
        _writer.Write('<');
        _writer.Write(tag);
        if (attribute is not null)
        {
            _writer.Write(' ');
            _writer.Write(attribute);
            _writer.Write("=\"");
            Text(value);
            _writer.Write('"');
        }

        _writer.Write(">\n");
        _indent++;
    }

    private void Close(string tag)
    {
        _indent--;
        Indent();
        _writer.Write("</");
        _writer.Write(tag);
        _writer.Write(">\n");
    }

    private void Line(string markup)
    {
        Indent();
        _writer.Write(markup);
        _writer.Write('\n');
    }

    private void Indent()
    {
        for (var i = 0; i < _indent; i++)
        {
            _writer.Write("  ");
        }
    }

    private void Text(string? text) => HtmlText.Encode(_writer, text);

    private static string AuthorName(Author author) =>
        author.Literal ?? string.Join(" ", new[] { author.Family, author.Given }.Where(static p => p is not null));

    private static string StructuredDosage(Dosage dosage)
    {
        var parts = new List<string>(6);
        switch (dosage.Dose)
        {
            case DoseQuantity quantity:
                parts.Add(HtmlText.Number(quantity.Value) + " " + quantity.Unit);
                break;
            case DoseRange range:
                parts.Add(HtmlText.Number(range.Low) + "\u2013" + HtmlText.Number(range.High) + " " + range.Unit);
                break;
        }

        if (dosage.Route is { } route)
        {
            parts.Add(route.Text);
        }

        if (dosage.Timing is { } timing)
        {
            if (timing.Frequency is { } frequency)
            {
                var period = timing.Period is { } p ? HtmlText.Number(p) + " " : string.Empty;
                parts.Add(frequency.ToString(CultureInfo.InvariantCulture) + "\u00D7 per " + period
                    + (timing.PeriodUnit is { } unit ? TimeUnitLabel(unit) : "period"));
            }

            var events = string.Join(", ", timing.When.Select(e => TimingEventLabel(e, timing.Offset is null)));
            if (timing.Offset is { } offset)
            {
                var span = offset.Low == offset.High
                    ? HtmlText.Number(offset.Low)
                    : HtmlText.Number(offset.Low) + "\u2013" + HtmlText.Number(offset.High);
                parts.Add(span + " " + TimeUnitLabel(offset.Unit) + (offset.Relation == OffsetRelation.Before ? " before" : " after")
                    + (events.Length > 0 ? " " + events : string.Empty));
            }
            else if (events.Length > 0)
            {
                parts.Add(events);
            }
        }

        if (dosage.AsNeeded)
        {
            parts.Add(dosage.AsNeededFor is { } reason ? "as needed for " + reason : "as needed");
        }

        if (dosage.MaximumDose is { } maximum)
        {
            parts.Add("max " + HtmlText.Number(maximum.Amount.Value) + " " + maximum.Amount.Unit + " per "
                + (maximum.Period.Value == 1 ? string.Empty : HtmlText.Number(maximum.Period.Value) + " ")
                + TimeUnitLabel(maximum.Period.Unit));
        }

        return string.Join(" · ", parts);
    }

    private static string StatusLabel(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "Draft",
        ReviewStatus.Submitted => "Submitted",
        ReviewStatus.UnderReview => "Under review",
        ReviewStatus.ChangesRequested => "Changes requested",
        ReviewStatus.Approved => "Approved",
        ReviewStatus.Retired => "Retired",
        _ => "Unknown status",
    };

    private static string StatusClass(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "draft",
        ReviewStatus.Submitted => "submitted",
        ReviewStatus.UnderReview => "under-review",
        ReviewStatus.ChangesRequested => "changes-requested",
        ReviewStatus.Approved => "approved",
        ReviewStatus.Retired => "retired",
        _ => "unknown",
    };

    private static string TherapyKindLabel(TherapyKind kind) => kind switch
    {
        TherapyKind.Drug => "drug",
        TherapyKind.Combination => "combination",
        TherapyKind.DrugClass => "drug class",
        TherapyKind.Procedure => "procedure",
        TherapyKind.NonPharmacological => "non-pharmacological",
        _ => "other",
    };

    private static string KindClass(TherapyKind kind) => TherapyKindLabel(kind).Replace(' ', '-');

    private static string PrecautionClass(PrecautionKind kind) => kind switch
    {
        PrecautionKind.AdverseEffect => "adverse-effect",
        PrecautionKind.Dependence => "dependence",
        PrecautionKind.Withdrawal => "withdrawal",
        PrecautionKind.Suicidality => "suicidality",
        PrecautionKind.Interaction => "interaction",
        PrecautionKind.Contraindication => "contraindication",
        PrecautionKind.Monitoring => "monitoring",
        _ => "warning",
    };

    private static string ReferenceKindLabel(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Guideline => "Guideline",
        ReferenceKind.SystematicReview => "Systematic review",
        ReferenceKind.Research => "Research",
        ReferenceKind.Review => "Review",
        ReferenceKind.DrugLabel => "Drug label",
        ReferenceKind.Textbook => "Textbook",
        ReferenceKind.Website => "Website",
        _ => "Other",
    };

    private static string AudienceLabel(Audience audience) => audience switch
    {
        Audience.Clinician => "clinicians",
        Audience.Patient => "patients",
        Audience.Caregiver => "caregivers",
        Audience.Researcher => "researchers",
        Audience.GeneralPublic => "the general public",
        _ => "readers",
    };

    private static string TimeUnitLabel(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "s",
        TimeUnit.Minute => "min",
        TimeUnit.Hour => "h",
        TimeUnit.Day => "day",
        TimeUnit.Week => "week",
        TimeUnit.Month => "month",
        TimeUnit.Year => "year",
        _ => "?",
    };

    private static string TimingEventLabel(TimingEvent timingEvent, bool asPhrase) => timingEvent switch
    {
        TimingEvent.Bedtime => asPhrase ? "at bedtime" : "bedtime",
        TimingEvent.Waking => asPhrase ? "on waking" : "waking",
        TimingEvent.Morning => asPhrase ? "in the morning" : "morning",
        TimingEvent.Afternoon => asPhrase ? "in the afternoon" : "afternoon",
        TimingEvent.Evening => asPhrase ? "in the evening" : "evening",
        TimingEvent.Night => asPhrase ? "at night" : "night",
        TimingEvent.WithMeals => asPhrase ? "with meals" : "meals",
        TimingEvent.BeforeMeals => asPhrase ? "before meals" : "meals",
        TimingEvent.AfterMeals => asPhrase ? "after meals" : "meals",
        _ => "?",
    };
}
