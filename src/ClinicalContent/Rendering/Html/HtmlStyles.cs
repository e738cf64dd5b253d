namespace ClinicalContent.Rendering.Html;

/// <summary>The page's inline stylesheet: a quiet clinical reference layout that also prints well.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #1d2733; --muted: #5b6877; --rule: #d8dee6; --accent: #1f5f8b; --accent-soft: #eaf2f8; --warn: #8a5a00; --warn-soft: #fff6e0; --ok: #1e6b3a; --ok-soft: #e6f4ea; }
        * { box-sizing: border-box; }
        html { background: #f4f6f8; }
        body { margin: 0 auto; max-width: 52rem; padding: 2rem 2.5rem 3rem; background: #fff; color: var(--ink); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.8rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
        h3 { font-size: 1.08rem; margin: 1.2rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        p { margin: 0.5rem 0; }
        ul { margin: 0.3rem 0 0.6rem; padding-left: 1.4rem; }
        li { margin: 0.2rem 0; }
        li > ul { margin-top: 0.15rem; }
        a { color: var(--accent); }
        .article-header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
        .question { margin: 0; color: var(--muted); font-size: 0.95rem; font-style: italic; }
        .review { font-size: 0.92rem; }
        .status { color: var(--muted); }
        .badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; font-weight: 600; font-size: 0.82rem; letter-spacing: 0.02em; text-transform: uppercase; border: 1px solid currentColor; }
        .status-approved .badge { color: var(--ok); background: var(--ok-soft); }
        .status-draft .badge, .status-submitted .badge, .status-under-review .badge, .status-changes-requested .badge { color: var(--warn); background: var(--warn-soft); }
        .status-retired .badge { color: #7a1f1f; background: #fbeaea; }
        .notice { margin: 0.5rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid var(--rule); background: #f7f9fb; }
        .notice-pending-review { border: 1px solid #e3b04b; border-left: 4px solid #d08a00; background: var(--warn-soft); color: #5c3b00; font-weight: 500; }
        .notice-pending-review::before { content: "\26A0\FE0E  "; font-weight: 700; }
        .dates { color: var(--muted); }
        .summary-text { font-size: 1.05rem; padding: 0.8rem 1rem; background: var(--accent-soft); border-radius: 6px; }
        .introduction { font-style: italic; color: #37475a; }
        .therapy, .scenario, .precaution { margin: 0.9rem 0; padding: 0.2rem 1rem 0.5rem; border: 1px solid var(--rule); border-radius: 6px; }
        .therapy h3, .therapy h4, .scenario h3, .precaution h3 { margin-top: 0.6rem; }
        .kind { font-size: 0.75rem; font-weight: 500; color: var(--muted); border: 1px solid var(--rule); border-radius: 4px; padding: 0 0.35rem; vertical-align: middle; text-transform: uppercase; letter-spacing: 0.03em; }
        .precaution { border-left: 4px solid #c0392b; }
        .label, dt { font-weight: 600; color: #37475a; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.4rem 0; font-size: 0.93rem; }
        .facts div { display: contents; }
        dd { margin: 0; }
        .dosages { font-size: 0.95rem; }
        .drug { font-weight: 600; }
        .dose-structured { color: var(--muted); font-size: 0.85rem; }
        .dose-structured::before { content: "["; } .dose-structured::after { content: "]"; }
        .codes { color: var(--muted); font-size: 0.85rem; }
        sup.citations { font-size: 0.72rem; line-height: 0; margin-left: 0.1rem; }
        sup.citations a { text-decoration: none; }
        .missing { color: #a12a2a; font-weight: 600; cursor: help; }
        .references { font-size: 0.9rem; padding-left: 1.8rem; }
        .references li { margin: 0.45rem 0; }
        .ref-kind { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border: 1px solid var(--rule); border-radius: 4px; padding: 0 0.3rem; }
        cite { font-style: normal; font-weight: 500; }
        .source { color: #37475a; }
        .backlinks { font-size: 0.8rem; }
        .backlink { margin-left: 0.2rem; text-decoration: none; }
        .missing-references { font-size: 0.9rem; padding: 0.5rem 0.8rem; background: #fbeaea; border-left: 4px solid #a12a2a; }
        .article-footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.82rem; color: var(--muted); }
        :target { background: #fff3c4; }
        @media (max-width: 40rem) { body { padding: 1rem; } }
        @media print {
          html, body { background: #fff; }
          body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
          a { color: #000; text-decoration: none; }
          h2 { color: #000; border-bottom-color: #000; break-after: avoid; }
          h3, h4 { break-after: avoid; }
          .therapy, .scenario, .precaution, .notice, li { break-inside: avoid; }
          .summary-text, .notice, .missing-references { background: none; border: 1px solid #000; }
          .backlinks { display: none; }
          .identifier a::after { content: " (" attr(href) ")"; font-size: 0.85em; }
        }

        """;
}
