using System.Text;
using System.Text.RegularExpressions;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Import;

/// <summary>
/// Imports an article from the plain text of an answer page, such as the seed page "What is the treatment for
/// involuntary muscle jerking?": question, review widget and notices, last-updated date, title, summary, sections
/// with "•" bullets and trailing citation numbers, references and disclaimer.
/// </summary>
/// <remarks>
/// <para>Section headings are recognised by meaning ("First-Line Treatment", "Initial Management" and "First-Line
/// Pharmacological Treatment" all start the first-line therapy); a heading that names no known part becomes an other
/// section. Bullets nest by indentation. Citation numbers <c>N</c> become citations of <c>ref-N</c>, and the
/// References block's entries become <c>ref-1</c>, <c>ref-2</c> … in page order, so a number the page cites but
/// never lists stays a dangling citation for validation to report.</para>
/// <para>Page chrome (personalisation prompt, "View editorial policy", the follow-up prompt and its marketing line)
/// is skipped with an information issue (<see cref="IssueCodes.PlainTextChromeSkipped"/>); every other line that
/// could not be placed is reported as <see cref="IssueCodes.PlainTextLineNotPlaced"/> with its line number. Nothing
/// is dropped silently. The importer is thread-safe and never throws on content.</para>
/// </remarks>
public static partial class PlainTextImporter
{
    /// <summary>Imports an article from page text.</summary>
    /// <param name="text">The page text, lines separated by <c>\n</c> or <c>\r\n</c>.</param>
    /// <param name="options">Settings for what the text cannot say; <see cref="PlainTextImportOptions.Default"/> when null.</param>
    /// <returns>The article and every issue found; the value is null, with a
    /// <see cref="IssueCodes.PlainTextPartMissing"/> error, when the text has no question, title or summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReadResult<ClinicalArticle> Import(string text, PlainTextImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reader(text, options ?? PlainTextImportOptions.Default).Read();
    }

    private sealed partial class Reader(string text, PlainTextImportOptions options)
    {
        private readonly string[] _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        private readonly List<ValidationIssue> _issues = [];
        private readonly List<PlainTextSection> _sections = [];
        private readonly List<ReviewNotice> _notices = [];
        private readonly List<Person> _reviewers = [];
        private string? _board;
        private DateOnly? _lastUpdated;
        private DateOnly? _approvedOn;
        private bool _approvalLine;

        public ReadResult<ClinicalArticle> Read()
        {
            var index = 0;
            var question = NextContentLine(ref index);
            if (question is null)
            {
                return Missing("question", 1);
            }

            var title = ReadHeader(ref index);
            if (title is null)
            {
                return Missing("title", _lines.Length);
            }

            var summaryLine = NextContentLine(ref index);
            if (summaryLine is null || PlainTextLines.TryReadBullet(_lines[index - 1], out _, out _)
                || (HeadingClassifier.Classify(summaryLine) != HeadingKind.Unknown && PlainTextLines.LooksLikeHeading(summaryLine)))
            {
                return Missing("summary", index);
            }

            var summaryText = PlainTextLines.SplitCitations(summaryLine, out var summaryCitations);
            ReadBody(index);
            return Build(question, title, new Statement { Text = summaryText, Citations = summaryCitations });
        }

        private ReadResult<ClinicalArticle> Missing(string part, int line)
        {
            Report(IssueCodes.PlainTextPartMissing, IssueSeverity.Error, IssueMessages.PlainTextPartMissing(part), Math.Max(line, 1));
            return new ReadResult<ClinicalArticle> { Value = null, Issues = _issues.ToEquatableArray() };
        }

        /// <summary>The next line that is neither blank nor chrome; chrome on the way is reported.</summary>
        private string? NextContentLine(ref int index)
        {
            while (index < _lines.Length)
            {
                var line = _lines[index].Trim();
                index++;
                if (line.Length == 0)
                {
                    continue;
                }

                if (IsChrome(line))
                {
                    Chrome(line, index);
                    continue;
                }

                return line;
            }

            return null;
        }

        /// <summary>Reads the lines between the question and the title; returns the title.</summary>
        private string? ReadHeader(ref int index)
        {
            var widget = false;
            while (NextContentLine(ref index) is { } line)
            {
                var number = index;
                if (LastUpdated().Match(line) is { Success: true } updated)
                {
                    var value = updated.Groups["value"].Value;
                    if (PlainTextLines.TryReadDate(value, out var date, out var rest))
                    {
                        _lastUpdated = date;
                        ReportRest(rest, number, line.Length - rest.Length + 1);
                    }
                    else
                    {
                        Report(IssueCodes.PlainTextDateUnreadable, IssueSeverity.Warning, IssueMessages.PlainTextDateUnreadable(value), number);
                    }

                    continue;
                }

                if (HeadingClassifier.Normalize(line) == "article review status")
                {
                    widget = true;
                    continue;
                }

                if (widget && HeadingClassifier.Normalize(line) is "draft" or "submitted" or "under review" or "changes requested" or "approved" or "retired")
                {
                    continue;
                }

                if (Approval().Match(line) is { Success: true } approval)
                {
                    ReadApproval(approval, number);
                    continue;
                }

                if (IsNoticeLine(line))
                {
                    foreach (var part in line.Split('•', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        _notices.Add(new ReviewNotice { Kind = NoticeKind(part), Text = part });
                    }

                    continue;
                }

                if (_board is null && Board().Match(line) is { Success: true } board)
                {
                    // "Medical Advisory BoardAll articles are reviewed …": the board's name, glued to its tagline.
                    _board = board.Groups["board"].Value.Trim();
                    continue;
                }

                return line;
            }

            return null;
        }

        private void ReadApproval(Match approval, int line)
        {
            _approvalLine = true;
            foreach (var who in approval.Groups["who"].Value.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var comma = who.IndexOf(',', StringComparison.Ordinal);
                _reviewers.Add(comma > 0
                    ? new Person { Name = who[..comma].Trim(), Credentials = who[(comma + 1)..].Trim() }
                    : new Person { Name = who });
            }

            if (approval.Groups["date"].Success)
            {
                var value = approval.Groups["date"].Value;
                if (PlainTextLines.TryReadDate(value, out var date, out var rest) && rest.Length == 0)
                {
                    _approvedOn = date;
                }
                else
                {
                    Report(IssueCodes.PlainTextDateUnreadable, IssueSeverity.Warning, IssueMessages.PlainTextDateUnreadable(value), line);
                }
            }
        }

        private void ReportRest(string rest, int line, int column)
        {
            if (rest.Length == 0)
            {
                return;
            }

            if (IsChrome(rest))
            {
                Chrome(rest, line, column);
            }
            else
            {
                Report(IssueCodes.PlainTextLineNotPlaced, IssueSeverity.Warning, IssueMessages.PlainTextLineNotPlaced(rest, "text glued to the last-updated date"), line, column);
            }
        }

        private void ReadBody(int index)
        {
            PlainTextSection? section = null;
            var open = new Stack<PlainTextBullet>();
            var marketingNext = false;
            for (; index < _lines.Length; index++)
            {
                var raw = _lines[index];
                var number = index + 1;
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var isBullet = PlainTextLines.TryReadBullet(raw, out var indent, out var content);
                if (!isBullet && IsChrome(line))
                {
                    open.Clear();
                    Chrome(line, number);
                    marketingNext = FollowUpPrompt().IsMatch(line);
                    continue;
                }

                if (marketingNext && !isBullet && HeadingClassifier.Classify(line) == HeadingKind.Unknown)
                {
                    // The marketing paragraph that follows "Have a follow-up question?".
                    Chrome(line, number);
                    marketingNext = false;
                    continue;
                }

                marketingNext = false;
                if (isBullet)
                {
                    AddBullet(section, open, indent, content, number);
                    continue;
                }

                open.Clear();
                var kind = HeadingClassifier.Classify(line);
                var heading = PlainTextLines.LooksLikeHeading(line);
                if (section?.Kind == HeadingKind.References && kind != HeadingKind.Disclaimer)
                {
                    section.Blocks.Add(new PlainTextParagraph(number, line));
                }
                else if (kind != HeadingKind.Unknown && heading)
                {
                    section = Section(kind, line, number);
                }
                else if (heading && section?.Kind == HeadingKind.SpecialScenarios)
                {
                    section.Blocks.Add(new PlainTextSubHeading(number, line));
                }
                else if (heading && section?.Kind != HeadingKind.Disclaimer)
                {
                    Report(IssueCodes.PlainTextHeadingUnknown, IssueSeverity.Information, IssueMessages.PlainTextHeadingUnknown(line), number);
                    section = Section(HeadingKind.Unknown, line, number);
                }
                else if (section is null)
                {
                    NotPlaced(line, number, "text before the first section heading");
                }
                else
                {
                    section.Blocks.Add(new PlainTextParagraph(number, line));
                }
            }
        }

        private PlainTextSection Section(HeadingKind kind, string title, int line)
        {
            // A part named twice ("Second-Line Options", then "Refractory Cases") continues the first.
            var existing = kind == HeadingKind.Unknown ? null : _sections.Find(s => s.Kind == kind);
            if (existing is not null)
            {
                return existing;
            }

            var section = new PlainTextSection { Kind = kind, Title = title, Line = line };
            _sections.Add(section);
            return section;
        }

        private void AddBullet(PlainTextSection? section, Stack<PlainTextBullet> open, int indent, string content, int line)
        {
            var text = PlainTextLines.SplitCitations(content, out var citations);
            var leadIn = text.EndsWith(':');
            var bullet = new PlainTextBullet
            {
                Line = line,
                Indent = indent,
                Text = leadIn ? text[..^1].TrimEnd() : text,
                IsLeadIn = leadIn,
                Citations = citations,
            };
            if (bullet.Text.Length == 0)
            {
                NotPlaced(content, line, "a bullet with no text");
                return;
            }

            while (open.Count > 0 && open.Peek().Indent >= indent)
            {
                open.Pop();
            }

            if (open.Count > 0)
            {
                open.Peek().Children.Add(bullet);
            }
            else if (section is null)
            {
                NotPlaced(content, line, "a bullet before the first section heading");
            }
            else
            {
                section.Blocks.Add(new PlainTextBulletBlock(bullet));
            }

            open.Push(bullet);
        }

        private static bool IsNoticeLine(string line) =>
            line.Contains('•', StringComparison.Ordinal) || NoticeWords().IsMatch(line);

        private static ReviewNoticeKind NoticeKind(string notice) =>
            PendingWords().IsMatch(notice) ? ReviewNoticeKind.PendingReview
            : EducationalWords().IsMatch(notice) ? ReviewNoticeKind.EducationalUse
            : ReviewNoticeKind.Other;

        private static bool IsChrome(string line)
        {
            var n = HeadingClassifier.Normalize(line);
            return n is "personalize" or "personalise" or "help us tailor your experience" or "view editorial policy"
                || n.StartsWith("which best describes you", StringComparison.Ordinal)
                || FollowUpPrompt().IsMatch(line);
        }

        private void Chrome(string line, int number, int column = 1) =>
            Report(IssueCodes.PlainTextChromeSkipped, IssueSeverity.Information, IssueMessages.PlainTextChromeSkipped(line), number, column);

        private void NotPlaced(string line, int number, string reason) =>
            Report(IssueCodes.PlainTextLineNotPlaced, IssueSeverity.Warning, IssueMessages.PlainTextLineNotPlaced(line, reason), number);

        private void Report(string code, IssueSeverity severity, string message, int line, int column = 1) =>
            _issues.Add(new ValidationIssue
            {
                Code = code,
                Severity = severity,
                Message = message,
                Pointer = string.Empty,
                Position = new TextPosition(line, column),
            });

        private static string Slug(string title)
        {
            var builder = new StringBuilder(title.Length);
            foreach (var c in title.ToLowerInvariant())
            {
                if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    builder.Append(c);
                }
                else if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }

            var slug = builder.ToString().Trim('-');
            return slug.Length == 0 ? "article" : slug;
        }

        [GeneratedRegex(@"^Last\s+(?:updated|modified|revised)\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
        private static partial Regex LastUpdated();

        // "Approved by Dr. A, MD on March 3, 2025", "Reviewed by Dr B and Dr C on 2025-03-03".
        [GeneratedRegex(@"^(?:Approved|Reviewed|Medically reviewed)\s+by\s+(?<who>.+?)(?:\s+on\s+(?<date>.+))?$", RegexOptions.IgnoreCase)]
        private static partial Regex Approval();

        [GeneratedRegex(@"^(?<board>.*?\bBoard)(?![a-z])")]
        private static partial Regex Board();

        [GeneratedRegex(@"\b(?:educational|informational)\s+purposes?\b|\bpending\b.*\breview\b|\bnot\s+(?:a\s+substitute\s+for\s+)?medical\s+advice\b", RegexOptions.IgnoreCase)]
        private static partial Regex NoticeWords();

        [GeneratedRegex(@"\bpending\b.*\breview\b|\bnot\s+(?:yet\s+)?(?:been\s+)?reviewed\b", RegexOptions.IgnoreCase)]
        private static partial Regex PendingWords();

        [GeneratedRegex(@"\b(?:educational|informational)\b", RegexOptions.IgnoreCase)]
        private static partial Regex EducationalWords();

        [GeneratedRegex(@"^Have\s+a\s+follow[\s-]?up\s+question\??$", RegexOptions.IgnoreCase)]
        private static partial Regex FollowUpPrompt();
    }
}
