package portshift.brief;

/** The brief's style sheet, for the screen and for A4 paper, and the self-check it runs on loading. */
final class BriefStyle {
    static final String CSS = """
            @page { size: A4; margin: 14mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111;
                   max-width: 182mm; margin: 0 auto; padding: 0 4mm; }
            p, li, figcaption, td:first-child { overflow-wrap: anywhere; }
            td.n { white-space: nowrap; }
            span.unit { color: #666; }
            h1 { font-size: 17pt; margin: 0.4em 0; }
            h2 { font-size: 13pt; margin: 1.1em 0 0.4em; border-bottom: 1px solid #ccc; break-after: avoid; }
            p.answer { font-size: 12pt; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: auto; }
            th, td { border-bottom: 1px solid #ddd; padding: 2px 4px; text-align: right; vertical-align: top; }
            th:first-child, td:first-child { text-align: left; }
            tr { break-inside: avoid; }
            td.better { color: #1a7f37; font-weight: bold; }
            td.worse { color: #b2182b; font-weight: bold; }
            td.unclear, td.set, td.describes { color: #555; }
            figure { margin: 0.6em 0; break-inside: avoid; }
            figure img, figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 9pt; color: #444; }
            ul { padding-left: 1.2em; }
            """;

    static final String CHECK = """
            window.addEventListener('load', function () {
              var problems = [];
              document.querySelectorAll('img').forEach(function (i) {
                if (!i.complete || i.naturalWidth === 0) { problems.push('image not loaded: ' + i.alt); }
              });
              document.querySelectorAll('p, li, td, th, h1, h2, figcaption').forEach(function (e) {
                if (e.scrollWidth > e.clientWidth + 1) { problems.push('text wider than its box: ' + e.textContent.slice(0, 60)); }
              });
              var width = document.documentElement.clientWidth;
              document.querySelectorAll('table, svg, img, p').forEach(function (e) {
                if (e.getBoundingClientRect().right > width + 1) { problems.push('wider than the page: ' + e.tagName); }
              });
              document.body.setAttribute('data-images', String(document.querySelectorAll('img').length));
              document.body.setAttribute('data-check', problems.length ? problems.join(' | ') : 'ok');
            });
            """;

    private BriefStyle() {
    }
}
