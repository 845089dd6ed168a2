/// The one style sheet: a plain reading layout that works from a phone (~390 px) to a desktop (1280 px).
enum StyleSheet {
    static let text = #"""
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --paper: #ffffff; --tint: #f6f8fa;
  --accent: #9b1c1c; --accent-soft: #fdf0f0; --mark: #fff3a3;
  --problem: #b42318; --measure: #1a7f37; --outcome: #0969da; --heading: #6e40c9; --other: #6e7781;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--paper); line-height: 1.65; font-size: 16px;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
}
a { color: #0b57b0; text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: "Noto Sans Mono CJK SC", ui-monospace, monospace; font-size: .9em; background: var(--tint); padding: 0 .25em; border-radius: 3px; }
header.top { display: flex; align-items: center; gap: 1.5rem; flex-wrap: wrap; padding: .6rem 1.5rem; background: var(--accent); color: #fff; }
header.top a { color: #fff; }
header.top .brand { font-weight: 700; font-size: 1.15rem; letter-spacing: .05em; }
header.top nav { display: flex; gap: 1.1rem; flex-wrap: wrap; }
header.top nav a { opacity: .85; padding: .15rem 0; border-bottom: 2px solid transparent; }
header.top nav a[aria-current] { opacity: 1; border-bottom-color: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
footer { max-width: 1240px; margin: 0 auto; padding: 1rem 1.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
h1 { font-size: 1.45rem; line-height: 1.4; margin: .6rem 0 1rem; }
h2 { font-size: 1.1rem; }
.banner { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem 1.5rem; margin: 0; }
.error { background: var(--accent-soft); border-left: 4px solid var(--accent); padding: .6rem .9rem; }
.empty, .count { color: var(--muted); }
.searchbox { display: flex; gap: .5rem; margin: .4rem 0 .3rem; }
.searchbox input[type=search] { flex: 1; min-width: 0; font: inherit; font-size: 1.05rem; padding: .5rem .75rem; border: 1px solid #8c959f; border-radius: 6px; }
.searchbox input[type=search]:focus { outline: 2px solid #0b57b0; outline-offset: 1px; }
button, .button {
  font: inherit; font-size: .95rem; padding: .4rem 1rem; border-radius: 6px; border: 1px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; display: inline-block;
}
button:disabled { opacity: .4; cursor: default; }
.button:hover { text-decoration: none; }
form.inline { display: inline; margin: 0; }
form.inline button { font-size: .8rem; padding: .1rem .55rem; background: #fff; color: var(--accent); }
form.inline button.remove { color: #6e7781; border-color: #afb8c1; }
a.in-plan { font-size: .8rem; padding: .1rem .55rem; border-radius: 6px; border: 1px solid #1a7f37; background: #dafbe1; color: #1a7f37; }
details.grammar { margin: .2rem 0 .8rem; font-size: .9rem; }
details.grammar summary { color: #0b57b0; cursor: pointer; }
details.grammar table { border-collapse: collapse; margin-top: .4rem; }
details.grammar td, details.grammar th { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
.applied-filters { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .3rem 0 .8rem; font-size: .9rem; }
.applied-filters ul { display: contents; list-style: none; }
.chip { background: var(--accent-soft); border: 1px solid #e8b4b4; color: var(--accent); border-radius: 999px; padding: .05rem .7rem; }
.results { display: grid; grid-template-columns: 250px minmax(0, 1fr); gap: 1.8rem; align-items: start; }
.facets h2 { margin: 0 0 .3rem; font-size: 1rem; color: var(--muted); }
details.facet { border-top: 1px solid var(--line); padding: .35rem 0; }
details.facet > summary { font-weight: 600; cursor: pointer; }
.facets ul { list-style: none; margin: .2rem 0; padding: 0; font-size: .9rem; }
.facets li a { display: flex; justify-content: space-between; gap: .5rem; padding: .08rem .35rem; border-radius: 4px; color: var(--ink); }
.facets li a:hover { background: var(--tint); text-decoration: none; }
.facets li a.applied { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.facets .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.facets .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.facets .unlisted { color: var(--muted); font-size: .85em; padding: .2em .4em; }
details.more > summary { font-size: .85rem; color: #0b57b0; cursor: pointer; }
ol.hits { list-style: none; padding: 0; margin: 0; }
.hit { padding: .7rem 0 .8rem; border-bottom: 1px solid var(--line); }
.hit-head { display: flex; gap: .5rem; align-items: baseline; font-size: .92rem; }
.hit-head .notice-link { color: var(--muted); }
.snippet { margin: .3rem 0 .35rem; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .05em; border-radius: 2px; }
.hit-foot { display: flex; flex-wrap: wrap; gap: .35rem .9rem; align-items: center; font-size: .85rem; color: var(--muted); }
.hit-foot .where { font-family: ui-monospace, monospace; font-size: .8rem; }
.badge { display: inline-block; font-size: .75rem; line-height: 1.5; padding: 0 .45rem; border-radius: 4px; color: #fff; background: var(--other); white-space: nowrap; font-weight: 600; }
.badge.role-problem { background: var(--problem); }
.badge.role-measure { background: var(--measure); }
.badge.role-outcome { background: var(--outcome); }
.badge.role-heading, .badge.role-title { background: var(--heading); }
.pager { display: flex; gap: .4rem; flex-wrap: wrap; margin: 1.2rem 0; }
.pager a, .pager span { padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 6px; }
.pager span[aria-current] { background: var(--accent); color: #fff; border-color: var(--accent); }
.intro { color: var(--muted); max-width: 46em; }
.examples { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; list-style: none; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1rem; align-items: start; }
.card { min-width: 0; overflow-wrap: anywhere; border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
.card header h2 { margin: 0; font-size: 1.05rem; }
.card .meta, .card .notice-title { margin: .1rem 0; font-size: .85rem; color: var(--muted); }
.card h3 { font-size: .85rem; margin: .8rem 0 .2rem; color: var(--muted); letter-spacing: .1em; }
.card .problem p { margin: .2rem 0; background: #fff5f5; border-left: 3px solid var(--problem); padding: .3rem .6rem; }
.card .measures > ol { list-style: none; padding: 0; margin: .2rem 0; }
.card .measures > ol > li { margin-bottom: .6rem; border-left: 3px solid var(--measure); padding-left: .6rem; }
.card .measures p { margin: 0; }
.card .items { padding-left: 1.2rem; margin: 0; list-style: decimal; }
.card .actions { display: flex; gap: .7rem; align-items: center; font-size: .85rem; margin-top: .2rem; }
.card .rules ul { padding-left: 0; list-style: none; margin: 0; font-size: .9rem; }
.notice h1 { margin-bottom: .8rem; }
.notice-layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 2rem; align-items: start; }
.meta-card { grid-column: 2; grid-row: 1; position: sticky; top: 1rem; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; background: var(--tint); font-size: .9rem; }
.meta-card h2 { margin: 0 0 .4rem; font-size: 1rem; }
.meta-card dl { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .2rem .8rem; margin: 0; }
.meta-card dt { color: var(--muted); white-space: nowrap; }
.meta-card dd { margin: 0; overflow-wrap: anywhere; }
.paragraphs { grid-column: 1; grid-row: 1; }
.para > p.section-path { display: none; font-size: .8rem; color: var(--muted); margin: 0 0 .2rem; }
.para:target > p.section-path { display: block; }
.para { position: relative; padding: .25rem .6rem .25rem 3.6rem; border-left: 3px solid transparent; border-radius: 4px; scroll-margin-top: 30vh; }
.para > p { margin: .15rem 0; }
.para .anchor { position: absolute; left: .3rem; top: .45rem; }
.para.role-problem { border-left-color: var(--problem); background: #fff8f8; margin-top: .6rem; }
.para.role-measure { border-left-color: var(--measure); }
.para.role-heading > p, .para.role-title > p { font-weight: 700; }
.para.role-signature > p { text-align: right; }
.para:target { background: #fff3a3; box-shadow: 0 0 0 2px #d4a72c; }
.para-links { font-size: .82rem; display: flex; flex-wrap: wrap; gap: .3rem .9rem; align-items: center; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin-bottom: .8rem; font-size: .92rem; }
.filters input, .filters select { font: inherit; padding: .2rem .4rem; border: 1px solid #8c959f; border-radius: 4px; }
.table-wrap { overflow-x: auto; }
table.notices { border-collapse: collapse; width: 100%; font-size: .88rem; }
table.notices th, table.notices td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
table.notices th { background: var(--tint); white-space: nowrap; }
table.notices th a { color: var(--ink); }
table.notices td.title { min-width: 16em; }
table.notices td.num { text-align: right; font-variant-numeric: tabular-nums; }
.downloads { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
ol.plan { padding-left: 1.4rem; }
.plan-entry { margin-bottom: 1.2rem; padding-bottom: .8rem; border-bottom: 1px solid var(--line); }
.plan-problem p { margin: .2rem 0; }
.plan-problem .meta { font-size: .85rem; }
ol.plan-measures { padding-left: 1.3rem; }
ol.plan-measures li { margin: .4rem 0; }
ol.plan-measures p { display: inline; margin-left: .4rem; }
.edit-plan { margin-left: .3rem; white-space: nowrap; }
.edit-plan button + button { margin-left: .25rem; }
dl.status { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .3rem 1.2rem; }
dl.status dt { color: var(--muted); }
dl.status dd { margin: 0; }
.origin { border-left: 3px solid var(--line); padding-left: .8rem; }
.error-page { padding: 2rem 0; }
@media (max-width: 720px) {
  header.top { padding: .5rem .9rem; gap: .3rem 1rem; }
  header.top nav { gap: .8rem; font-size: .95rem; }
  main { padding: .7rem .9rem 1.5rem; }
  .results { grid-template-columns: 1fr; gap: .5rem; }
  .notice-layout { grid-template-columns: 1fr; gap: 1rem; }
  .meta-card { grid-column: 1; grid-row: 1; position: static; }
  .paragraphs { grid-column: 1; grid-row: 2; }
  .cards { grid-template-columns: 1fr; }
  .para { padding-left: .6rem; }
  .para .anchor { position: static; }
  h1 { font-size: 1.25rem; }
}
"""#
}
