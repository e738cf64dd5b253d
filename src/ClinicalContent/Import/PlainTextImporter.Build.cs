using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Import;

public static partial class PlainTextImporter
{
    private sealed partial class Reader
    {
        private ReadResult<ClinicalArticle> Build(string question, string title, Statement summary)
        {
            var disclaimer = Paragraphs(HeadingKind.Disclaimer);
            var article = new ClinicalArticle
            {
                Id = options.ArticleId ?? new ArticleId(Slug(title)),
                Language = options.Language,
                Question = question,
                Title = title,
                Summary = summary,
                Condition = options.Condition ?? new CodedConcept { Text = ConditionName(title, summary.Text) },
                Audience = AudienceOf(disclaimer),
                Review = new ReviewInfo
                {
                    Status = _notices.Exists(static n => n.Kind == ReviewNoticeKind.PendingReview) || !_approvalLine
                        ? ReviewStatus.Submitted
                        : ReviewStatus.Approved,
                    Reviewers = _reviewers.ToEquatableArray(),
                    Board = _board,
                    LastUpdated = _lastUpdated,
                    ApprovedOn = _approvedOn,
                    Notices = _notices.ToEquatableArray(),
                },
                Diagnosis = Diagnosis(),
                FirstLineTherapy = Therapies(HeadingKind.FirstLine),
                Alternatives = Therapies(HeadingKind.Alternatives),
                SpecialScenarios = Scenarios(),
                Precautions = Precautions(),
                FollowUp = FollowUp(),
                OtherSections = OtherSections(),
                References = References(),
                Disclaimer = disclaimer,
            };

            _issues.Sort(static (a, b) => (a.Position?.Line ?? 0).CompareTo(b.Position?.Line ?? 0));
            return new ReadResult<ClinicalArticle> { Value = article, Issues = _issues.ToEquatableArray() };
        }

        private PlainTextSection? Find(HeadingKind kind) => _sections.Find(s => s.Kind == kind);

        private static IEnumerable<PlainTextBullet> Bullets(PlainTextSection section) =>
            section.Blocks.OfType<PlainTextBulletBlock>().Select(static b => b.Bullet);

        /// <summary>The section's first paragraph, without a closing colon; later paragraphs are reported.</summary>
        private string? Introduction(PlainTextSection section)
        {
            string? introduction = null;
            foreach (var paragraph in section.Blocks.OfType<PlainTextParagraph>())
            {
                if (introduction is null)
                {
                    introduction = paragraph.Text.TrimEnd(':').TrimEnd();
                }
                else
                {
                    NotPlaced(paragraph.Text, paragraph.Line, "a second paragraph in a part that holds one introduction");
                }
            }

            return introduction;
        }

        private DiagnosticApproach? Diagnosis()
        {
            if (Find(HeadingKind.Diagnosis) is not { } section)
            {
                return null;
            }

            var bullets = Bullets(section).ToList();
            var causes = bullets.SelectMany(static b => b.SelfAndDescendants())
                .Where(static b => b.Children.Count > 0 && CausesLeadIn().IsMatch(b.Text))
                .SelectMany(static b => b.Children)
                .Select(static c => new CodedConcept { Text = PlainTextLines.WithoutTrailingParenthesis(c.Text) });
            var differentials = bullets.SelectMany(static b => b.SelfAndDescendants())
                .Select(static b => Differentials().Match(b.Text))
                .Where(static m => m.Success)
                .SelectMany(static m => ListItems().Split(m.Groups["list"].Value))
                .Where(static item => item.Length > 0)
                .Select(static item => new CodedConcept { Text = TherapyRecognizer.Capitalize(item.Trim()) });
            return new DiagnosticApproach
            {
                Introduction = Introduction(section),
                Points = bullets.Select(static b => b.ToStatement()).ToEquatableArray(),
                CausesToEvaluate = causes.ToEquatableArray(),
                Differentials = differentials.ToEquatableArray(),
            };
        }

        private TherapySection? Therapies(HeadingKind kind)
        {
            if (Find(kind) is not { } section)
            {
                return null;
            }

            var introduction = Introduction(section);
            var options = new List<TherapyOption>();
            foreach (var bullet in Bullets(section))
            {
                if (TherapyRecognizer.Recognize(bullet.ToStatement()) is { } option)
                {
                    options.Add(option);
                }
                else if (bullet.IsLeadIn && bullet.Children.Count > 0 && introduction is null)
                {
                    // "Combination therapy may be required in refractory cases:" introduces the options under it.
                    introduction = bullet.Text;
                    foreach (var child in bullet.Children)
                    {
                        if (TherapyRecognizer.Recognize(child.ToStatement()) is { } nested)
                        {
                            options.Add(nested);
                        }
                        else
                        {
                            NotPlaced(child.Text, child.Line, "a bullet in a therapy section that names no treatment");
                        }
                    }
                }
                else
                {
                    NotPlaced(bullet.Text, bullet.Line, "a bullet in a therapy section that names no treatment");
                }
            }

            return introduction is null && options.Count == 0
                ? null
                : new TherapySection { Introduction = introduction, Options = options.ToEquatableArray() };
        }

        private EquatableArray<ClinicalScenario> Scenarios()
        {
            if (Find(HeadingKind.SpecialScenarios) is not { } section)
            {
                return default;
            }

            var scenarios = new List<ClinicalScenario>();
            string? title = null;
            var points = new List<Statement>();
            var therapies = new List<TherapyOption>();
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case PlainTextSubHeading heading:
                        Flush();
                        title = heading.Text;
                        break;
                    case PlainTextBulletBlock { Bullet: var bullet } when title is not null:
                        var statement = bullet.ToStatement();
                        points.Add(statement);
                        if (TherapyRecognizer.Recognize(statement) is { } therapy)
                        {
                            // The bullet stays a point of the scenario; the therapy cites it rather than repeating it.
                            therapies.Add(therapy with
                            {
                                Points = default,
                                Citations = statement.Citations,
                                Efficacy = therapy.Efficacy is { Population: null } efficacy
                                    ? efficacy with { Population = PlainTextLines.SentenceCase(title) }
                                    : therapy.Efficacy,
                            });
                        }

                        break;
                    case PlainTextBulletBlock { Bullet: var orphan }:
                        NotPlaced(orphan.Text, orphan.Line, "a bullet before the first scenario heading");
                        break;
                    case PlainTextParagraph paragraph:
                        NotPlaced(paragraph.Text, paragraph.Line, "a paragraph among special scenarios, which hold headings and bullets");
                        break;
                }
            }

            Flush();
            return scenarios.ToEquatableArray();

            void Flush()
            {
                if (title is not null)
                {
                    scenarios.Add(new ClinicalScenario
                    {
                        Title = title,
                        Points = points.ToEquatableArray(),
                        Therapies = therapies.ToEquatableArray(),
                    });
                }

                points = [];
                therapies = [];
            }
        }

        private EquatableArray<Precaution> Precautions()
        {
            if (Find(HeadingKind.Precautions) is not { } section)
            {
                return default;
            }

            foreach (var paragraph in section.Blocks.OfType<PlainTextParagraph>())
            {
                NotPlaced(paragraph.Text, paragraph.Line, "a paragraph among precautions, which hold bullets");
            }

            return Bullets(section).Select(static b => new Precaution
            {
                Kind = PrecautionKindOf(b.Text),
                Title = b.Text,
                Subject = TherapyRecognizer.FirstDrugIn(b.Text) is { } drug ? new CodedConcept { Text = drug } : null,
                Points = b.Children.Select(static c => c.ToStatement()).ToEquatableArray(),
                Citations = b.Citations,
            }).ToEquatableArray();
        }

        internal static PrecautionKind PrecautionKindOf(string title)
        {
            var n = " " + HeadingClassifier.Normalize(title) + " ";
            if (Regex.IsMatch(n, @" (?:side effects?|adverse|undesirable effects?) ", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return PrecautionKind.AdverseEffect;
            }

            var dependence = Regex.IsMatch(n, @" (?:dependence|dependency|addiction|misuse|abuse) ", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (dependence)
            {
                return PrecautionKind.Dependence;
            }

            if (n.Contains(" withdrawal ", StringComparison.Ordinal))
            {
                return PrecautionKind.Withdrawal;
            }

            if (n.Contains(" suicid", StringComparison.Ordinal))
            {
                return PrecautionKind.Suicidality;
            }

            if (n.Contains(" interaction", StringComparison.Ordinal))
            {
                return PrecautionKind.Interaction;
            }

            if (n.Contains(" contraindicat", StringComparison.Ordinal))
            {
                return PrecautionKind.Contraindication;
            }

            return n.Contains(" monitor", StringComparison.Ordinal) ? PrecautionKind.Monitoring : PrecautionKind.Warning;
        }

        private FollowUpPlan? FollowUp()
        {
            if (Find(HeadingKind.FollowUp) is not { } section)
            {
                return null;
            }

            return new FollowUpPlan
            {
                Introduction = Introduction(section),
                Points = Bullets(section).Select(static b => b.ToStatement()).ToEquatableArray(),
            };
        }

        private EquatableArray<ArticleSection> OtherSections() =>
            _sections.Where(static s => s.Kind == HeadingKind.Unknown).Select(s => new ArticleSection
            {
                Title = s.Title,
                Introduction = s.Blocks.OfType<PlainTextParagraph>().Any()
                    ? string.Join("\n\n", s.Blocks.OfType<PlainTextParagraph>().Select(static p => p.Text))
                    : null,
                Points = Bullets(s).Select(static b => b.ToStatement()).ToEquatableArray(),
            }).ToEquatableArray();

        private EquatableArray<Reference> References()
        {
            if (Find(HeadingKind.References) is not { } section)
            {
                return default;
            }

            foreach (var bullet in Bullets(section))
            {
                NotPlaced(bullet.Text, bullet.Line, "a bullet in the references, which hold kind, title and 'container, year' lines");
            }

            var lines = section.Blocks.OfType<PlainTextParagraph>().ToList();
            var references = new List<Reference>();
            for (var i = 0; i < lines.Count; i++)
            {
                var kindLine = lines[i];
                if (ReferenceKindOf(kindLine.Text) is not { } kind)
                {
                    NotPlaced(kindLine.Text, kindLine.Line, "a line in the references that is not a reference kind such as 'Guideline' or 'Research'");
                    continue;
                }

                if (i + 1 >= lines.Count || ReferenceKindOf(lines[i + 1].Text) is not null)
                {
                    Report(IssueCodes.PlainTextReferenceIncomplete, IssueSeverity.Warning, IssueMessages.PlainTextReferenceIncomplete(kindLine.Text, "title"), kindLine.Line);
                    continue;
                }

                var title = lines[++i].Text;
                string? container = null;
                PartialDate? issued = null;
                if (i + 1 < lines.Count && ContainerYear().Match(lines[i + 1].Text) is { Success: true } m)
                {
                    i++;
                    container = m.Groups["container"].Success && m.Groups["container"].Value.Trim().Length > 0 ? m.Groups["container"].Value.Trim() : null;
                    issued = new PartialDate(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    Report(IssueCodes.PlainTextReferenceIncomplete, IssueSeverity.Warning, IssueMessages.PlainTextReferenceIncomplete(title, "'container, year' line"), lines[i].Line);
                }

                references.Add(new Reference
                {
                    Id = new ReferenceId(PlainTextLines.ReferenceIdFor(references.Count + 1)),
                    Kind = kind,
                    Title = title,
                    Container = container,
                    Issued = issued,
                });
            }

            return references.ToEquatableArray();
        }

        internal static ReferenceKind? ReferenceKindOf(string line) => HeadingClassifier.Normalize(line) switch
        {
            "guideline" or "guidelines" or "practice guideline" or "clinical practice guideline" or "consensus statement" => ReferenceKind.Guideline,
            "research" or "original research" or "clinical trial" or "randomized controlled trial" or "cohort study" or "study" => ReferenceKind.Research,
            "review" or "narrative review" or "review article" => ReferenceKind.Review,
            "systematic review" or "meta analysis" or "systematic review and meta analysis" => ReferenceKind.SystematicReview,
            "drug label" or "fda label" or "fda drug label" or "prescribing information" or "label" => ReferenceKind.DrugLabel,
            "textbook" or "book" or "book chapter" => ReferenceKind.Textbook,
            "website" or "web page" or "online resource" => ReferenceKind.Website,
            "other" => ReferenceKind.Other,
            _ => null,
        };

        private string? Paragraphs(HeadingKind kind)
        {
            if (Find(kind) is not { } section)
            {
                return null;
            }

            foreach (var bullet in Bullets(section))
            {
                NotPlaced(bullet.Text, bullet.Line, "a bullet in the disclaimer, which holds paragraphs");
            }

            var paragraphs = section.Blocks.OfType<PlainTextParagraph>().Select(static p => p.Text).ToList();
            return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
        }

        private static Audience AudienceOf(string? disclaimer) =>
            disclaimer is not null && PatientAudience().IsMatch(disclaimer) && !ClinicianAudience().IsMatch(disclaimer)
                ? Audience.Patient
                : Audience.Clinician;

        /// <summary>The condition's name: the term the summary puts in parentheses after the title's topic
        /// ("involuntary muscle jerking (myoclonus)" → "Myoclonus"), else the topic itself in sentence case.</summary>
        internal static string ConditionName(string title, string summary)
        {
            var topic = TitleTopic().Replace(title, string.Empty).Trim();
            if (topic.Length == 0)
            {
                topic = title;
            }

            var at = summary.IndexOf(topic, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && AfterTopic().Match(summary[(at + topic.Length)..]) is { Success: true } m)
            {
                return TherapyRecognizer.Capitalize(m.Groups["name"].Value.Trim());
            }

            return TherapyRecognizer.Capitalize(PlainTextLines.SentenceCase(topic));
        }

        [GeneratedRegex(@"\b(?:causes|etiolog(?:y|ies)|aetiolog(?:y|ies)|underlying conditions)\b", RegexOptions.IgnoreCase)]
        private static partial Regex CausesLeadIn();

        // "Distinguish from other movement disorders such as tics, dystonia, and seizures through clinical examination".
        [GeneratedRegex(@"^(?:distinguish|differentiate)\b.*?\bsuch\s+as\s+(?<list>.+?)(?:\s+(?:through|by|using|with|on|via)\b.*)?$", RegexOptions.IgnoreCase)]
        private static partial Regex Differentials();

        [GeneratedRegex(@"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")]
        private static partial Regex ListItems();

        [GeneratedRegex(@"^(?<container>.*?),?\s*(?<year>\d{4})$")]
        private static partial Regex ContainerYear();

        [GeneratedRegex(@"^(?:(?:(?:evidence[- ]based|guideline[- ]based|acute|outpatient|inpatient|initial)\s+)?(?:treatment|management|therapy|diagnosis and (?:treatment|management)|approach)\s+(?:of|for|to)\s+(?:the\s+|an?\s+)?)", RegexOptions.IgnoreCase)]
        private static partial Regex TitleTopic();

        [GeneratedRegex(@"^\s*\((?<name>[^()]+)\)")]
        private static partial Regex AfterTopic();

        [GeneratedRegex(@"\bhealth\s*care\s+professionals?\b|\bclinicians?\b|\bhealth\s+professionals?\b", RegexOptions.IgnoreCase)]
        private static partial Regex ClinicianAudience();

        [GeneratedRegex(@"\bintended\s+for\s+patients\b", RegexOptions.IgnoreCase)]
        private static partial Regex PatientAudience();
    }
}
