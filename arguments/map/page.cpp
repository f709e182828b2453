#include "arguments/map/page.hpp"

namespace elenchus::map {

char const* page_style() {
    return R"css(
:root { --follows:#c8e6c9; --refuted:#ffcdd2; --open:#fff3c4; --unknown:#e0e0e0; --vacuous:#ffe0b2;
        --inconsistent:#e1bee7; --ink:#212121; --muted:#616161; --line:#d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 12px 18px 40px; font: 14px/1.45 "DejaVu Sans", Verdana, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
header p { margin: 0 0 6px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12px; color: var(--muted); margin-bottom: 8px; }
.legend span.swatch { display: inline-block; width: 14px; height: 11px; border: 1px solid #424242; vertical-align: -1px; margin-right: 4px; }
.legend span.dashed { border-style: dashed; } .legend span.dotted { border-style: dotted; }
.legend span.arrow { display: inline-block; width: 22px; border-top: 2px solid; vertical-align: 3px; margin-right: 4px; }
.layout { display: flex; gap: 14px; align-items: flex-start; }
#map { flex: 1 1 auto; min-width: 0; border: 1px solid var(--line); border-radius: 4px; overflow: auto; max-height: 80vh; text-align: center; }
#map svg { max-width: 100%; height: auto; }
#map g.node { cursor: pointer; }
#map g.node:hover polygon, #map g.node:hover path, #map g.node:hover ellipse { stroke-width: 3px; }
#map g.node.selected polygon, #map g.node.selected path { stroke: #0d47a1; stroke-width: 4px; }
#details { flex: 0 0 330px; position: sticky; top: 8px; border: 1px solid var(--line); border-radius: 4px; padding: 10px 12px; max-height: 80vh; overflow: auto; font-size: 13px; }
#details h2 { margin: 0 0 6px; font-size: 15px; }
#details .reading { font-style: italic; margin: 0 0 6px; }
#details dl { margin: 6px 0; } #details dt { font-weight: bold; margin-top: 6px; } #details dd { margin: 0 0 0 10px; word-wrap: break-word; }
#details pre.explanation { white-space: pre; overflow-x: auto; font-size: 11px; background: #f7f7f7; padding: 6px; border-radius: 3px; }
.hint { color: var(--muted); }
button.ref { text-align: left; border: none; background: none; padding: 0; color: #0d47a1; text-decoration: underline; cursor: pointer; font: inherit; }
button.ref.unstated, .unstated { color: #bf360c; font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
tr[data-name] { cursor: pointer; } tr[data-name]:hover, tr.selected { background: #e3f2fd; }
tr.flagged td { background: #fff3e0; }
.status { padding: 1px 6px; border-radius: 3px; background: var(--unknown); white-space: nowrap; }
.status.follows, .status.valid, .status.consistent { background: var(--follows); }
.status.refuted, .status.invalid, .status.inconsistent { background: var(--refuted); }
.status.open { background: var(--open); } .status.vacuous { background: var(--vacuous); }
.status.label-in { background: var(--follows); } .status.label-out { background: var(--refuted); }
.status.label-undec { background: var(--open); } .status.label-absent { background: #fafafa; }
.acceptance { margin: 0 0 8px; } .acceptance select { font: inherit; }
@media (max-width: 900px) { .layout { flex-direction: column; } #details { position: static; flex-basis: auto; width: 100%; } }
)css";
}

char const* page_legend() {
    return R"html(<div class="legend" aria-label="legend">
<span><span class="swatch" style="background:var(--follows)"></span>follows / valid</span>
<span><span class="swatch" style="background:var(--refuted)"></span>refuted / invalid</span>
<span><span class="swatch" style="background:var(--open)"></span>open</span>
<span><span class="swatch" style="background:var(--unknown)"></span>unknown</span>
<span><span class="swatch" style="background:var(--inconsistent)"></span>in an inconsistent set</span>
<span><span class="swatch"></span>premise (stated)</span>
<span><span class="swatch dashed"></span>assumption (unstated)</span>
<span><span class="swatch dotted"></span>hypothesis</span>
<span><span class="swatch" style="background:#dbe9f6;border-color:#1565c0"></span>argument (filled by its label when evaluated: green in, red out, yellow undecided)</span>
<span><span class="arrow" style="color:#c62828"></span>attacks</span>
<span><span class="arrow" style="color:#2e7d32"></span>supports</span>
<span><span class="arrow" style="color:#ef6c00;border-top-style:dashed"></span>declared, not borne out</span>
<span><span class="arrow" style="color:#8e24aa;border-top-style:dotted"></span>detected conflict</span>
</div>
)html";
}

char const* page_script() {
    return R"js((function () {
  'use strict';
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); });
  var consoleError = console.error;
  console.error = function () { errors.push(Array.prototype.join.call(arguments, ' ')); consoleError.apply(console, arguments); };

  var data = JSON.parse(document.getElementById('elenchus-data').textContent);
  var byName = {};
  data.nodes.forEach(function (n) { byName[n.name] = n; });
  var details = document.getElementById('details');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function field(dl, term, value) {
    if (!value) return;
    dl.appendChild(el('dt', '', term));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    dl.appendChild(dd);
  }
  function names(list, unstated) {
    var span = el('span');
    list.forEach(function (name, i) {
      if (i) span.appendChild(document.createTextNode(', '));
      var marked = unstated.indexOf(name) >= 0;
      var b = el('button', marked ? 'ref unstated' : 'ref', name + (marked ? ' (unstated assumption)' : ''));
      b.type = 'button';
      b.dataset.name = name;
      span.appendChild(b);
    });
    return span;
  }
  function nodeName(g) {
    var t = g.querySelector('title');
    return t ? t.textContent : '';
  }
  function show(name) {
    var n = byName[name];
    if (!n) return false;
    details.textContent = '';
    details.dataset.shown = name;
    var h = el('h2');
    h.appendChild(el('code', '', n.name));
    h.appendChild(document.createTextNode(' \u2014 ' + n.kind));
    details.appendChild(h);
    if (n.label !== n.name) details.appendChild(el('p', 'reading', n.label));
    if (n.status) {
      var p = el('p');
      p.appendChild(el('span', 'status ' + n.status, n.status));
      details.appendChild(p);
    }
    var dl = el('dl');
    field(dl, 'formula', n.formula);
    if (n.support.length)
      field(dl, n.status === 'refuted' ? 'its negation follows from' : 'follows from', names(n.support, n.assumptions));
    if (n.premises.length) field(dl, 'premises', names(n.premises, []));
    if (n.concludes.length) field(dl, 'therefore', names(n.concludes, []));
    if (n.inconsistent) field(dl, 'consistency', 'member of a minimal inconsistent set');
    if (n.dropped) field(dl, 'scenario', 'dropped in this scenario');
    if (n.added) field(dl, 'scenario', 'added by this scenario');
    if (n.kind === 'argument' && n.acceptance) {
      var view = data.acceptance[selector ? Number(selector.value) : 0];
      var label = view && view.labels[n.name] ? view.labels[n.name] : n.acceptance;
      field(dl, view ? view.title : 'grounded', label === 'absent' ? 'not put forward (a premise is dropped)' : label);
    }
    field(dl, 'note', n.note);
    if (n.cites.length) field(dl, 'cites', n.cites.join(', '));
    details.appendChild(dl);
    if (n.explanation) {
      details.appendChild(el('h3', '', 'Why'));
      details.appendChild(el('pre', 'explanation', n.explanation));
    }
    Array.prototype.forEach.call(document.querySelectorAll('.selected'), function (e) { e.classList.remove('selected'); });
    var g = document.getElementById('node-' + name);
    if (g) g.classList.add('selected');
    Array.prototype.forEach.call(document.querySelectorAll('tr[data-name]'), function (r) {
      if (r.dataset.name === name) r.classList.add('selected');
    });
    return true;
  }

  // The selected labelling recolours the argument nodes (fill of their shape), as the map's
  // own colours do for the grounded one, and rewrites the arguments table's label column,
  // whose heading names it ("preferred 2 of 3"; the whole title, members too, on hover).
  var fills = { 'in': '#c8e6c9', 'out': '#ffcdd2', 'undec': '#fff3c4', 'absent': '#fafafa' };
  var selector = document.getElementById('semantics');
  function colour(index) {
    var view = data.acceptance[index];
    if (!view) return;
    Object.keys(view.labels).forEach(function (name) {
      var g = document.getElementById('node-' + name);
      if (!g) return;
      var shape = g.querySelector('path, polygon');
      if (shape) shape.setAttribute('fill', fills[view.labels[name]] || '#dbe9f6');
    });
    var heading = document.getElementById('label-heading');
    if (heading) {
      heading.textContent = view.title.split(':')[0];
      heading.title = view.title;
    }
    Array.prototype.forEach.call(document.querySelectorAll('tr.argument-row'), function (r) {
      var span = r.querySelector('td.label-cell span');
      var label = view.labels[r.dataset.name];
      if (!span || !label) return;
      span.textContent = label;
      span.className = 'status label-' + label;
    });
    if (details.dataset.shown) show(details.dataset.shown);
  }
  if (selector) selector.addEventListener('change', function () { colour(Number(selector.value)); });

  Array.prototype.forEach.call(document.querySelectorAll('#map g.node'), function (g) {
    g.addEventListener('click', function (ev) { ev.preventDefault(); show(nodeName(g)); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('tr[data-name]'), function (r) {
    r.addEventListener('click', function () { show(r.dataset.name); });
    r.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') show(r.dataset.name); });
  });
  details.addEventListener('click', function (ev) {
    var b = ev.target.closest('button.ref');
    if (b) show(b.dataset.name);
  });

  // Labels of different nodes and edges whose boxes intersect (by more than half a pixel).
  function overlappingLabels() {
    var boxes = [];
    Array.prototype.forEach.call(document.querySelectorAll('#map svg g.node, #map svg g.edge'), function (g) {
      Array.prototype.forEach.call(g.querySelectorAll('text'), function (t) {
        var r = t.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) boxes.push({ owner: g, r: r, text: t.textContent });
      });
    });
    var found = [];
    for (var i = 0; i < boxes.length; ++i)
      for (var j = i + 1; j < boxes.length; ++j) {
        var a = boxes[i], b = boxes[j];
        if (a.owner === b.owner) continue;
        var w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        var h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 0.5 && h > 0.5) found.push(a.text + ' / ' + b.text);
      }
    return found;
  }

  if (location.hash === '#selftest') {
    var out = document.getElementById('selftest-result');
    var svg = document.querySelector('#map svg');
    var box = svg ? svg.getBoundingClientRect() : null;
    var visible = !!box && box.width > 100 && box.height > 50 && box.top < window.innerHeight &&
                  getComputedStyle(svg).visibility !== 'hidden' && getComputedStyle(svg).display !== 'none';
    var claim = document.querySelector('#map g.node.claim');
    var name = claim ? nodeName(claim) : '';
    if (claim) claim.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    var n = byName[name];
    var shown = !!n && details.dataset.shown === name && details.textContent.indexOf(n.status) >= 0;
    var explained = !!n && (!n.explanation || !!details.querySelector('pre.explanation'));
    var overlaps = overlappingLabels();
    // The semantics selector: choosing the last labelling must give every argument node the
    // fill of its label there.
    var recoloured = 'none';
    if (selector && data.acceptance.length) {
      var last = data.acceptance.length - 1;
      selector.value = String(last);
      selector.dispatchEvent(new Event('change'));
      recoloured = 'recoloured';
      Object.keys(data.acceptance[last].labels).forEach(function (name) {
        var g = document.getElementById('node-' + name);
        var shape = g ? g.querySelector('path, polygon') : null;
        if (!shape || shape.getAttribute('fill') !== fills[data.acceptance[last].labels[name]]) recoloured = 'wrong';
      });
      // ... and the arguments table must show the same labels, under the semantics' name.
      var heading = document.getElementById('label-heading');
      if (!heading || heading.textContent !== data.acceptance[last].title.split(':')[0]) recoloured = 'wrong';
      Array.prototype.forEach.call(document.querySelectorAll('tr.argument-row'), function (r) {
        var span = r.querySelector('td.label-cell span');
        var label = data.acceptance[last].labels[r.dataset.name];
        if (label && (!span || span.textContent !== label)) recoloured = 'wrong';
      });
    }
    var pass = visible && shown && explained && overlaps.length === 0 && errors.length === 0 && recoloured !== 'wrong';
    out.dataset.result = pass ? 'pass' : 'fail';
    out.dataset.map = visible ? 'visible' : 'hidden';
    out.dataset.clicked = shown ? name : 'none';
    out.dataset.explanation = n && n.explanation ? (explained ? 'shown' : 'missing') : 'none';
    out.dataset.overlaps = String(overlaps.length);
    out.dataset.errors = String(errors.length);
    out.dataset.semantics = recoloured;
    out.textContent = JSON.stringify({ result: out.dataset.result, clicked: name, overlaps: overlaps, errors: errors,
                                       map: box ? [box.width, box.height] : null });
  }
})();
)js";
}

}   // namespace elenchus::map
