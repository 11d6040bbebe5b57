// The HTML report's stylesheet and script, inline so that the page is one file that needs no
// network: system fonts only, colours and the timeline drawn in CSS and SVG.

#include "report/html_parts.h"

namespace crosscheck::report::html {

// Registered before anything else runs, so a failing script leaves a trace the browser test
// reads from the DOM (data-js-errors) instead of a silently half-built page.
const std::string_view kErrorHook =
    "window.addEventListener('error',function(e){document.documentElement.dataset.jsErrors="
    "String(e.message||'error')});window.addEventListener('unhandledrejection',function(e){"
    "document.documentElement.dataset.jsErrors=String(e.reason)});";

const std::string_view kStyle = R"css(
:root{--fg:#1d232b;--muted:#5f6b7a;--faint:#636e7c;--line:#dde2e8;--bg:#f3f5f8;--card:#fff;
--contradiction:#c62828;--tension:#a85a00;--inference:#6a3fb5;--variation:#2e7d6b;
--unknown:#607d8b;--mark:#ffe985;--k:var(--unknown)}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:var(--bg);color:var(--fg);line-height:1.45;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.page-head,main{max-width:1240px;margin:0 auto;padding:0 20px}
.page-head{padding-top:20px}
h1{font-size:1.65rem;margin:0 0 2px;letter-spacing:-.01em}
h2{font-size:1.12rem;margin:0 0 10px}
h3{font-size:1rem}
code,.num,.loc,.fid{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,
monospace;font-size:.86em}
.lede{color:var(--muted);margin:0 0 16px;font-size:1.02rem}
.lede b{color:var(--contradiction)}
.contradiction{--k:var(--contradiction)}.tension{--k:var(--tension)}
.inference{--k:var(--inference)}.variation{--k:var(--variation)}.unknown{--k:var(--unknown)}
.notes{background:#fff8e1;border:1px solid #f0d68a;border-radius:8px;padding:8px 12px 8px 30px}
.overview{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;
margin:0 0 16px}
.panel.grow{flex:1 1 600px}
table{border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:4px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:.74rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
font-weight:600}
table.counts td{text-align:right;font-variant-numeric:tabular-nums;min-width:4.2em}
table.counts tbody th{font-weight:500}
tfoot th,tfoot td{font-weight:700;border-bottom:0}
.zero{color:#636e7c}
td code,td.num{white-space:nowrap}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:7px;
background:var(--k)}
#timeline h3{margin:14px 0 6px;font-weight:600}
.legend{font-size:.84rem;color:var(--muted);margin:0 0 8px}
.legend .sw{display:inline-block;width:18px;height:9px;border-radius:2px;vertical-align:-1px;
margin:0 5px 0 14px}
.legend .sw:first-child{margin-left:0}
.sw.bar{background:#5b84b1}.sw.conflict{background:var(--contradiction)}
.sw.exact{background:var(--fg);width:3px}.sw.interval{background:#b8c2ce}
.sw.inferred{background:var(--inference)}
.sw.derived{background:#c5d5e8;border:1.5px dashed #2f5480;box-sizing:border-box}
.hint{margin-left:14px;font-style:italic;color:var(--faint)}
.note{font-size:.82rem;color:var(--muted);margin:6px 0 0}
svg.timeline{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:4px}
svg .row{fill:#fff}svg .row.odd{fill:#f6f8fa}
svg .row-label{font-size:12px;font-weight:600;fill:var(--fg)}
svg .row-sub{font-size:10.5px;fill:var(--muted)}
svg .grid{stroke:#e1e6ec}
svg .tick{font-size:10.5px;fill:var(--muted);text-anchor:middle}
svg .tick.start{text-anchor:start;font-weight:600}
svg .gap{fill:#e9edf2}
svg .break{stroke:#7d8a99;stroke-width:1.6;fill:none}
svg .bar{fill:#5b84b1}svg .bar.conflict{fill:var(--contradiction)}
svg .bar.derived{fill:#c5d5e8;stroke:#2f5480;stroke-width:1.2;stroke-dasharray:3 2}
svg .bar.conflict.derived{fill:#f3c4c4;stroke:var(--contradiction)}
svg .pub.exact{fill:var(--fg)}svg .pub.interval{fill:#b8c2ce}
svg .pub.inferred{fill:var(--inference)}
svg a:hover rect{stroke:var(--fg);stroke-width:1.2}
#findings>h2{margin-top:8px}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:8px 14px;
align-items:center;background:rgba(243,245,248,.96);padding:8px 2px;margin:0 0 12px;
border-bottom:1px solid var(--line);font-size:.85rem}
.filters .group{display:flex;gap:8px;align-items:center}
.filters .lbl{color:var(--muted);font-size:.74rem;text-transform:uppercase;letter-spacing:.05em}
.filters label{display:inline-flex;align-items:center;gap:3px;cursor:pointer}
.filters .dot{margin-right:3px}
.filters small{color:var(--faint)}
.filters select{font:inherit;padding:2px 4px;max-width:10em}
.filters button{font:inherit;padding:2px 10px;border:1px solid var(--line);border-radius:4px;
background:#fff;cursor:pointer}
#shown{margin-left:auto;color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--k);
border-radius:8px;padding:12px 16px 10px;margin:0 0 14px}
.card.hide{display:none}
.card:target{box-shadow:0 0 0 3px var(--k)}
.card-head{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.card-head h3{margin:0 0 0 4px;font-weight:600}
.card-head h3 code{font-size:1rem}
.card-head .fact{color:var(--faint);font-size:.8rem}
details.key{margin:0 0 10px}
.triage-articles{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:6px 18px}
.triage h3{font-size:.95rem;margin:6px 0 2px}
.triage ul{margin:0;padding-left:18px}
.triage li{margin:3px 0}
.triage .outlet,.triage .why-doubt{color:var(--faint)}
details.key summary{cursor:pointer;color:var(--faint)}
.card-head .num{color:var(--faint);font-weight:700;min-width:1.4em}
.badge{font-size:.68rem;text-transform:uppercase;letter-spacing:.06em;font-weight:700;
padding:2px 8px;border-radius:10px;border:1px solid transparent}
.badge.kind{background:var(--k);color:#fff}
.badge.sev{border-color:currentColor}
.sev-high .badge.sev{color:#b71c1c}.sev-medium .badge.sev{color:#b85a00}
.sev-low .badge.sev{color:var(--muted)}
.badge.accepted{background:#e3f2e8;color:#2e6b3f}
.fid{margin-left:auto;color:var(--faint);text-decoration:none}
.summary{margin:8px 0 10px;font-size:1rem}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:10px}
.claim{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:#fafbfc;
font-size:.88rem;min-width:0}
.claim.doubt{border-color:#e4a3a3;background:#fff7f7}
.claim.lit{outline:2px solid var(--k);outline-offset:1px}
.claim-head{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.claim-head code{font-weight:700;font-size:.84rem}
.tag{font-size:.68rem;padding:1px 7px;border-radius:8px;background:#e6eaf0;color:#3a4452;
font-weight:600}
.tag.doubt{background:var(--contradiction);color:#fff}
.src{color:var(--muted);font-size:.8rem;margin:2px 0 6px}
.src b{color:var(--fg);font-weight:600}
.other-fact{font-size:.8rem;color:var(--muted)}
blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid #c9d1db;background:#fff;
font-family:Georgia,"DejaVu Serif",serif;font-size:.9rem;line-height:1.5;color:#3d4653}
mark{background:var(--mark);color:#111;padding:0 2px;border-radius:2px}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 4px}
dt{color:var(--muted);font-size:.74rem;padding-top:2px;white-space:nowrap}
dd{margin:0;overflow-wrap:anywhere}
.when{color:var(--muted)}
.loc{color:var(--faint);font-size:.72rem}
.why{margin-top:10px;font-size:.9rem}
.why p{margin:4px 0}
.chip{background:#eef1f5;border:1px solid var(--line);border-radius:4px;padding:0 4px;
white-space:nowrap}
.chip.lit{background:var(--mark)}
.camp-list{margin-left:8px}
details.sets summary{cursor:pointer;margin:4px 0}
details.sets ol{margin:4px 0 0;padding-left:24px}
details.sets li{margin:2px 0}
.none-shown{color:var(--muted);font-style:italic}
@media (max-width:600px){
html{font-size:14px}
.page-head,main{padding:0 8px}
.panel{padding:10px;min-width:0;max-width:100%;overflow-x:auto}
.panel.grow{flex:1 1 100%}
.overview>*{min-width:0;max-width:100%}
table{display:block;max-width:100%;overflow-x:auto}
#timeline{overflow-x:auto}
svg.timeline{width:760px;max-width:none}
.filters{position:static}
.filters .group{flex-wrap:wrap}
.filters select{max-width:100%}
#shown{margin-left:0}
.claims{grid-template-columns:minmax(0,1fr)}
.card{padding:10px 10px 8px}
.fid{margin-left:0}
}
@media print{
html{font-size:10pt}
body{background:#fff}
.hint,.none-shown{display:none!important}
.filters{position:static;border:0;background:none;padding:0}
.filters>*:not(#shown){display:none!important}
#shown{margin:0}
#shown::after{content:" (as filtered on screen)"}
#timeline h3,.legend{break-after:avoid}
.page-head,main{max-width:none;padding:0}
.panel,.card{border-color:#bbb;box-shadow:none}
.claim,.card-head,svg.timeline,table{break-inside:avoid}
.card-head{break-after:avoid}
details>summary{list-style:none}
details::details-content{content-visibility:visible;display:contents}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

const std::string_view kScript = R"js(
(function () {
  'use strict';
  var root = document.documentElement;
  var form = document.getElementById('filters');
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.card'));

  function checked(name) {
    var out = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if (input.checked) out[input.value] = true;
    });
    return out;
  }

  // Hides the cards the filters exclude; data-* attributes carry what each card is about.
  function apply() {
    var kinds = checked('kind'), severities = checked('severity');
    var subject = form.elements.subject.value, article = form.elements.article.value;
    var shown = 0;
    cards.forEach(function (card) {
      var ok = kinds[card.dataset.kind] && severities[card.dataset.severity] &&
          (!subject || card.dataset.subject === subject) &&
          (!article || card.dataset.articles.split(' ').indexOf(article) >= 0);
      card.classList.toggle('hide', !ok);
      if (ok) shown++;
    });
    document.getElementById('shown').textContent =
        shown + ' of ' + cards.length + ' shown';
    document.querySelector('.none-shown').hidden = shown > 0;
  }

  // The form's own reset, whatever its controls are named: a control with id or name "reset"
  // would shadow form.reset ("form.reset is not a function").
  function showAll() {
    HTMLFormElement.prototype.reset.call(form);
    apply();
  }

  if (form) {
    form.addEventListener('change', apply);
    document.getElementById('show-all').addEventListener('click', showAll);
    apply();
  }

  // A timeline bar links to its finding: make sure a filter does not hide it, also when the
  // address already ends in that finding's anchor (no hashchange then).
  function reveal(id) {
    var target = document.getElementById(id);
    if (target && target.classList.contains('hide')) {
      showAll();
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', function () {
    reveal(decodeURIComponent(location.hash.slice(1)));
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[href^="#"]');
    if (link) reveal(decodeURIComponent(link.getAttribute('href').slice(1)));
  });

  // Hovering a claim id lights up that claim wherever the card names it.
  function light(event, on) {
    var chip = event.target.closest && event.target.closest('[data-claim]');
    var card = chip && chip.closest('article.card');
    if (!card) return;
    var selector = '[data-claim="' + CSS.escape(chip.dataset.claim) + '"]';
    card.querySelectorAll(selector).forEach(function (el) { el.classList.toggle('lit', on); });
  }
  document.addEventListener('mouseover', function (e) { light(e, true); });
  document.addEventListener('mouseout', function (e) { light(e, false); });

  // Print everything: folded details open (the stylesheet also shows filtered cards).
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });

  root.dataset.ready = '1';
})();
)js";

}  // namespace crosscheck::report::html
