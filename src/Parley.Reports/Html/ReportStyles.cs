namespace Parley.Reports.Html;

/// <summary>The report's style sheet, inlined so the file needs nothing else: screen, phone width and print.</summary>
internal static class ReportStyles
{
    public const string Css = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0072B2; --soft: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p { margin: .5rem 0; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.question { font-size: 1.1rem; border-left: 4px solid var(--accent); padding: .4rem .9rem; background: var(--soft); margin: 1rem 0; }
.summary p { margin: .6rem 0; }
nav.toc { font-size: .92rem; margin: 1rem 0; }
nav.toc a { margin-right: .9rem; white-space: nowrap; }
a { color: var(--accent); }
figure { margin: 1rem 0 1.5rem; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: .6rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; padding: .35rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.small { font-size: .85rem; color: var(--muted); }
ol.sources li { margin: .25rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .8rem; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  main { padding: 1rem .8rem 2rem; }
  h1 { font-size: 1.35rem; }
  th, td { padding: .3rem .4rem; }
  nav.toc a { display: inline-block; margin: .15rem .6rem .15rem 0; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; }
  figure, table, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  ol.sources a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); }
}
""";
}
