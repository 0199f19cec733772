// chronograph viewer: a chronograph graph JSON as a linked network (Cytoscape.js) and timeline (vis-timeline).
// Loads the graph embedded in the page, a file (picker or drag and drop) or ?data=URL. Exposes
// window.chronographViewer for scripting and tests.
(function () {
  'use strict';

  const KIND_COLORS = { person: '#a0cbe8', organization: '#ffbe7d', country: '#8cd17d', location: '#b6992d',
                        group: '#ff9d9a', other: '#d7d7d7' };
  const TYPE_COLORS = { statement: '#9c755f', consult: '#4e79a7', agree: '#59a14f', cooperate: '#8cd17d', aid: '#76b7b2',
                        demand: '#edc948', threaten: '#f28e2b', protest: '#ff9d9a', reduce: '#bab0ac', coerce: '#b07aa1',
                        assault: '#e15759', fight: '#a5322f', establish: '#499894' };
  const MAX_GROUPS = 12;       // timeline rows: the actors with the most events, then "Other"
  const MAX_LABELS = 150;      // network labels drawn for the most connected actors only
  const MAX_NODES = 600;      // a larger network starts with its most connected actors; search reaches the rest
  const BIG_TIMELINE = 2000;   // past this many events, the timeline opens on the last year, clustered
  const $ = (id) => document.getElementById(id);

  const scriptStart = performance.now();
  const state = { graph: null, cy: null, timeline: null, items: null, actorsById: new Map(), eventsById: new Map(),
                  eventsOfActor: new Map(), hiddenKinds: new Set(), hiddenTypes: new Set(), from: null, to: null,
                  selectedActor: null, selectedEvent: null, renderMs: null };
  let readyResolve;
  const ready = new Promise((resolve) => { readyResolve = resolve; });

  // Matching form for search: case, Arabic letter variants, diacritics, tatweel; proclitics as a fallback.
  function normalise(s) {
    return (s || '').toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647')
      .replace(/[-_'’"«».,()]/g, ' ').replace(/\s+/g, ' ').trim();
  }
  function stripClitics(s) {
    return s.split(' ').map((w) => w.replace(/^[\u0648\u0641]?[\u0628\u0644\u0643]?(\u0627\u0644)?(?=.{3,})/, '')).join(' ');
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.classList.add('visible');
  }
  function clearError() { $('error').classList.remove('visible'); }

  function validate(g) {
    if (!g || typeof g !== 'object' || Array.isArray(g)) throw new Error('This is not a chronograph graph: the file holds no JSON object.');
    if (g.format !== 'chronograph-graph')
      throw new Error('This is not a chronograph graph: "format" is ' + JSON.stringify(g.format) + ', expected "chronograph-graph".');
    if (g.version !== 1)
      throw new Error('Unsupported graph version ' + JSON.stringify(g.version) + ': this viewer reads version 1.');
    for (const key of ['actors', 'events', 'relations'])
      if (!Array.isArray(g[key])) throw new Error('The graph has no "' + key + '" list.');
  }

  function label(actor) { return (actor.labels && actor.labels.en) || actor.label || actor.id; }
  function fullLabel(actor) {
    const ar = actor.labels && actor.labels.ar;
    return ar && ar !== label(actor) ? label(actor) + ' / ' + ar : label(actor);
  }
  function dateText(d) {
    if (!d) return 'undated';
    if (d.mod === 'SINCE') return 'since ' + (d.start || d.value);
    if (d.mod === 'UNTIL') return 'until ' + (d.end || d.value);
    return d.text ? d.text + ' (' + d.value + ')' : d.value;
  }
  // Days as the graph writes them: "2024-01-27", and years before 1 AD as ISO 8601 expanded years ("-0585-01-01",
  // astronomical numbering), which Date's own parser does not read.
  function isoDate(iso) {
    const m = /^([+-]?\d{4,6})-(\d\d)-(\d\d)$/.exec(iso || '');
    if (!m) return new Date(NaN);
    const t = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
    t.setUTCFullYear(Number(m[1]));
    return t;
  }
  function dayKey(iso) { return isoDate(iso).getTime(); }
  function dayAfter(iso) {
    const t = isoDate(iso);
    t.setUTCDate(t.getUTCDate() + 1);
    return t;
  }
  function mainActor(event) {
    const source = event.actors.find((a) => a.role === 'source');
    return (source || event.actors[0] || {}).id;
  }

  function index(g) {
    state.actorsById = new Map(g.actors.map((a) => [a.id, a]));
    state.eventsById = new Map(g.events.map((e) => [e.id, e]));
    state.eventsOfActor = new Map();
    for (const e of g.events)
      for (const a of e.actors || []) {
        if (!state.eventsOfActor.has(a.id)) state.eventsOfActor.set(a.id, []);
        state.eventsOfActor.get(a.id).push(e.id);
      }
  }

  function inRange(first, last) {
    if (state.from && last && dayKey(last) < dayKey(state.from)) return false;
    if (state.to && first && dayKey(first) > dayKey(state.to)) return false;
    return true;
  }

  // --- network ---
  function nodeData(a, withLabel) {
    const d = state.degree.get(a.id) || 0;
    return { data: { id: a.id, name: withLabel ? fullLabel(a) : '', kind: a.kind, degree: d, size: 14 + 6 * Math.sqrt(d) } };
  }
  function edgeData(p, id) {
    const dominant = Object.keys(p.types).sort((x, y) => p.types[y] - p.types[x] || (x < y ? -1 : 1))[0];
    return { data: { id, source: p.source, target: p.target, weight: p.weight, type: dominant, types: Object.keys(p.types),
                     first: p.first, last: p.last, width: 1 + 1.5 * Math.log2(1 + p.weight) } };
  }
  // In a network limited to the most connected actors, a selected actor joins with its neighbours.
  function ensureInNetwork(id) {
    const cy = state.cy;
    if (cy.$id(id).length) return;
    const add = [nodeData(state.actorsById.get(id), true)];
    let n = 0;
    for (const p of state.pairs.values()) {
      if (p.source !== id && p.target !== id) continue;
      const other = p.source === id ? p.target : p.source;
      if (!cy.$id(other).length && !add.some((x) => x.data.id === other)) add.push(nodeData(state.actorsById.get(other), false));
      add.push(edgeData(p, 'x' + id + '_' + (n++)));
    }
    const added = cy.add(add);
    added.nodes().layout({ name: 'circle', boundingBox: { x1: 0, y1: 0, w: 200, h: 200 }, animate: false }).run();
  }
  function buildNetwork(g) {
    const pairs = new Map();
    const degree = new Map();
    for (const r of g.relations) {
      const key = r.source < r.target ? r.source + '\u0001' + r.target : r.target + '\u0001' + r.source;
      let p = pairs.get(key);
      if (!p) pairs.set(key, p = { source: r.source, target: r.target, weight: 0, types: {}, first: null, last: null, relations: [] });
      p.weight += r.weight;
      p.types[r.type] = (p.types[r.type] || 0) + r.weight;
      if (r.first && (!p.first || r.first < p.first)) p.first = r.first;
      if (r.last && (!p.last || r.last > p.last)) p.last = r.last;
      p.relations.push(r);
      degree.set(r.source, (degree.get(r.source) || 0) + r.weight);
      degree.set(r.target, (degree.get(r.target) || 0) + r.weight);
    }
    const ranked = [...g.actors].sort((a, b) => (degree.get(b.id) || 0) - (degree.get(a.id) || 0) || (a.id < b.id ? -1 : 1));
    const labelled = new Set(ranked.slice(0, MAX_LABELS).map((a) => a.id));
    const shown = new Set(ranked.slice(0, MAX_NODES).map((a) => a.id));
    state.networkLimited = g.actors.length > MAX_NODES;
    state.degree = degree;
    state.pairs = pairs;
    const nodes = g.actors.filter((a) => shown.has(a.id)).map((a) => nodeData(a, labelled.has(a.id)));
    let n = 0;
    const edges = [];
    for (const p of pairs.values()) {
      if (!shown.has(p.source) || !shown.has(p.target)) continue;
        edges.push(edgeData(p, 'e' + (n++)));
    }
    const big = nodes.length > 300;
    const cy = cytoscape({
      container: $('network'), elements: { nodes, edges }, wheelSensitivity: 0.3,
      textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : 'auto',
      style: [
        { selector: 'node', style: { 'background-color': (el) => KIND_COLORS[el.data('kind')] || KIND_COLORS.other,
          width: 'data(size)', height: 'data(size)', label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom',
          'text-margin-y': 3, 'font-family': 'Noto Sans, Noto Naskh Arabic, DejaVu Sans, sans-serif' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': (el) => TYPE_COLORS[el.data('type')] || '#999',
          opacity: 0.6, 'curve-style': big ? 'haystack' : 'bezier' } },
        { selector: '.faded', style: { opacity: 0.12 } },
        { selector: 'node.hl', style: { 'border-width': 3, 'border-color': '#f28e2b', label: (el) => fullLabel(state.actorsById.get(el.id())) } },
        { selector: 'edge.hl', style: { opacity: 1 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
      layout: big ? { name: 'concentric', concentric: (node) => node.data('degree'), levelWidth: () => 4, animate: false, minNodeSpacing: 4 }
                  : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 },
    });
    cy.on('tap', 'node', (evt) => selectActor(evt.target.id()));
    cy.on('tap', (evt) => { if (evt.target === cy) clearSelection(); });
    return cy;
  }

  // --- timeline ---
  function buildTimeline(g) {
    const count = new Map();
    for (const e of g.events) { const m = mainActor(e); if (m) count.set(m, (count.get(m) || 0) + 1); }
    const groupsShown = [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_GROUPS).map((x) => x[0]);
    const shown = new Set(groupsShown);
    // Row labels are elements that carry their actor's id: a click on one selects exactly that actor, whatever
    // vis-timeline's own idea of the row under the pointer is while it redraws.
    const groups = groupsShown.map((id, order) => {
      const el = document.createElement('span');
      el.textContent = label(state.actorsById.get(id) || { id });
      el.dataset.actor = id;
      return { id, content: el, order };
    });
    groups.push({ id: '_other', content: 'Other', order: groups.length });
    const items = [];
    const undated = [];
    for (const e of g.events) {
      const d = e.date;
      if (!d || (!d.start && !d.end)) { undated.push(e); continue; }
      const start = d.start || d.end;
      const point = d.start && d.end && d.start === d.end;
      const m = mainActor(e);
      const item = { id: e.id, content: escapeHtml(e.summary || e.type), start: isoDate(start), group: shown.has(m) ? m : '_other',
        type: point ? 'point' : 'range', title: escapeHtml(dateText(d) + ' · ' + e.type), className: 'type-' + e.type,
        eventType: e.type, first: d.start || d.end, last: d.end || d.start };
      if (!point) item.end = dayAfter(d.end || lastDay(g));
      items.push(item);
    }
    state.items = new vis.DataSet(items);
    state.view = new vis.DataView(state.items, { filter: (it) => !state.hiddenTypes.has(it.eventType) && inRange(it.first, it.last) });
    const options = { stack: true, multiselect: true, selectable: true, zoomKey: 'ctrlKey', orientation: 'top',
                      tooltip: { followMouse: true }, margin: { item: 4 }, verticalScroll: true, maxHeight: '100%' };
    if (items.length > BIG_TIMELINE) {
      options.cluster = { maxItems: 3, titleTemplate: '{count} events' };
      const end = lastDay(g);
      options.end = dayAfter(end);
      const start = isoDate(end);
      start.setUTCFullYear(start.getUTCFullYear() - 1);
      options.start = start;
    }
    const tl = new vis.Timeline($('timeline'), state.view, new vis.DataSet(groups), options);
    tl.on('select', (props) => { if (props.items.length === 1) selectEvent(props.items[0], true); });
    // An actor can be selected from the timeline too: its row label.
    $('timeline').addEventListener('click', (ev) => {
      const row = ev.target.closest && ev.target.closest('.vis-label');
      const tagged = row && row.querySelector('[data-actor]');
      if (tagged) selectActor(tagged.dataset.actor);
    });
    state.undated = undated;
    return tl;
  }
  function lastDay(g) {
    let last = null;
    for (const e of g.events) if (e.date) for (const d of [e.date.start, e.date.end]) if (d && (!last || dayKey(d) > dayKey(last))) last = d;
    return last || new Date().toISOString().slice(0, 10);
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // --- selection and the evidence panel ---
  function clearSelection() {
    state.selectedActor = null;
    state.selectedEvent = null;
    state.cy.elements().removeClass('faded hl');
    state.timeline.setSelection([]);
    $('side').innerHTML = '<h2>Select an actor or an event</h2>';
  }

  function eventBlock(e, highlight) {
    const div = document.createElement('div');
    div.className = 'event';
    const who = (e.actors || []).map((a) => { const x = state.actorsById.get(a.id); return (x ? fullLabel(x) : a.id) + (a.role !== 'participant' ? ' [' + a.role + ']' : ''); });
    div.innerHTML = '<div class="date bidi"></div><div class="summary bidi"></div><div class="who bidi"></div>';
    div.querySelector('.date').textContent = dateText(e.date) + ' · ' + e.type;
    div.querySelector('.summary').textContent = e.summary || e.trigger || '';
    div.querySelector('.who').textContent = who.join(', ');
    div.addEventListener('click', () => selectEvent(e.id));
    if (highlight)
      for (const ev of e.evidence || []) {
        const p = document.createElement('div');
        p.className = 'sentence bidi';
        p.setAttribute('dir', 'auto');
        // The sentence, with the date text, trigger and actor names marked.
        const marks = [e.date && e.date.text, e.trigger, ...(e.actors || []).map((a) => { const x = state.actorsById.get(a.id); return x && label(x); })]
          .filter((m) => m && ev.sentence && ev.sentence.includes(m));
        let html = escapeHtml(ev.sentence || '');
        for (const m of marks) html = html.split(escapeHtml(m)).join('<mark>' + escapeHtml(m) + '</mark>');
        p.innerHTML = html + ' <span class="date">— ' + escapeHtml(ev.doc) + (ev.source ? ', ' + escapeHtml(ev.source) : '') + '</span>';
        div.appendChild(p);
      }
    return div;
  }

  function selectActor(id) {
    const actor = state.actorsById.get(id);
    if (!actor) return false;
    state.selectedActor = id;
    state.selectedEvent = null;
    ensureInNetwork(id);
    const cy = state.cy;
    const node = cy.$id(id);
    cy.elements().addClass('faded').removeClass('hl');
    node.closedNeighborhood().removeClass('faded').addClass('hl');
    const ids = (state.eventsOfActor.get(id) || []).filter((e) => state.view.get(e));
    state.timeline.setSelection(ids, { focus: ids.length > 0 && ids.length < 200 });
    const side = $('side');
    side.innerHTML = '';
    const h = document.createElement('h2');
    h.className = 'bidi';
    h.textContent = fullLabel(actor) + ' (' + actor.kind + ')';
    side.appendChild(h);
    const meta = document.createElement('p');
    meta.className = 'bidi';
    meta.textContent = (actor.aliases || []).join(' · ') + ' — ' + ids.length + ' events, ' + node.neighborhood('node').length + ' connected actors';
    side.appendChild(meta);
    for (const eid of state.eventsOfActor.get(id) || []) side.appendChild(eventBlock(state.eventsById.get(eid), false));
    return true;
  }

  function selectEvent(id, fromTimeline) {
    const e = state.eventsById.get(id);
    if (!e) return false;
    state.selectedEvent = id;
    if (!fromTimeline) state.timeline.setSelection([id], { focus: true });
    const cy = state.cy;
    cy.elements().addClass('faded').removeClass('hl');
    for (const a of e.actors || []) cy.$id(a.id).removeClass('faded').addClass('hl');
    const side = $('side');
    side.innerHTML = '<h2>Event</h2>';
    side.appendChild(eventBlock(e, true));
    return true;
  }

  function searchActors(query) {
    const q = normalise(query);
    if (!q) return [];
    const exact = [], partial = [];
    for (const a of state.graph.actors) {
      const names = [a.id, a.label, ...Object.values(a.labels || {}), ...(a.aliases || [])].map(normalise);
      if (names.some((n) => n === q || stripClitics(n) === stripClitics(q))) exact.push(a);
      else if (names.some((n) => n.includes(q))) partial.push(a);
    }
    return exact.concat(partial).slice(0, 20);
  }

  function wireControls() {
    const input = $('search'), results = $('search-results');
    input.addEventListener('input', () => {
      const found = searchActors(input.value);
      results.innerHTML = '';
      for (const a of found) {
        const div = document.createElement('div');
        div.className = 'bidi';
        div.textContent = fullLabel(a) + ' — ' + a.kind;
        div.addEventListener('click', () => { selectActor(a.id); results.hidden = true; });
        results.appendChild(div);
      }
      results.hidden = found.length === 0;
    });
    input.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter') return;
      const found = searchActors(input.value);
      if (found.length) { selectActor(found[0].id); results.hidden = true; }
    });
    for (const [id, key] of [['from', 'from'], ['to', 'to']])
      $(id).addEventListener('change', () => { state[key] = $(id).value || null; applyFilters(); });
    $('file').addEventListener('change', () => { const f = $('file').files[0]; if (f) readFile(f); });
    const drop = $('drop');
    window.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('visible'); });
    window.addEventListener('dragleave', (ev) => { if (ev.target === drop) drop.classList.remove('visible'); });
    window.addEventListener('drop', (ev) => {
      ev.preventDefault();
      drop.classList.remove('visible');
      const f = ev.dataTransfer.files[0];
      if (f) readFile(f);
    });
  }

  function buildToggles(g) {
    const kinds = [...new Set(g.actors.map((a) => a.kind))].sort();
    const types = [...new Set(g.events.map((e) => e.type))].sort();
    for (const [boxId, values, hidden] of [['kinds', kinds, state.hiddenKinds], ['types', types, state.hiddenTypes]]) {
      const box = $(boxId);
      box.querySelectorAll('label').forEach((l) => l.remove());
      for (const v of values) {
        const l = document.createElement('label');
        l.innerHTML = '<input type="checkbox" checked> ';
        l.appendChild(document.createTextNode(v));
        l.querySelector('input').addEventListener('change', (ev) => { if (ev.target.checked) hidden.delete(v); else hidden.add(v); applyFilters(); });
        box.appendChild(l);
      }
    }
  }

  function applyFilters() {
    const cy = state.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('hidden', state.hiddenKinds.has(n.data('kind'))));
      cy.edges().forEach((e) => e.toggleClass('hidden', e.data('types').every((t) => state.hiddenTypes.has(t)) ||
                                                       !inRange(e.data('first'), e.data('last'))));
    });
    state.view.refresh();
  }

  function render(g) {
    const t0 = performance.now();
    validate(g);
    clearError();
    state.graph = g;
    index(g);
    if (state.cy) state.cy.destroy();
    if (state.timeline) state.timeline.destroy();
    const t1 = performance.now();
    state.cy = buildNetwork(g);
    const t2 = performance.now();
    state.timeline = buildTimeline(g);
    state.timings = { scriptStart, renderStart: t0, index: t1 - t0, network: t2 - t1, timeline: performance.now() - t2 };
    buildToggles(g);
    const dated = g.events.length - state.undated.length;
    $('summary').textContent = g.actors.length + ' actors, ' + g.relations.length + ' relations, ' + g.events.length +
      ' events (' + dated + ' dated)' + (state.networkLimited ? '; the network shows the ' + MAX_NODES + ' most connected actors' : '');
    state.renderMs = performance.now() - t0;
    readyResolve(state);
  }

  function loadText(text) {
    let g;
    try {
      g = JSON.parse(text);
    } catch (err) {
      showError('The file is not valid JSON: ' + err.message);
      return;
    }
    try {
      render(g);
    } catch (err) {
      showError(err.message);
    }
  }
  function readFile(file) {
    const reader = new FileReader();
    reader.onload = () => loadText(reader.result);
    reader.onerror = () => showError('Cannot read ' + file.name);
    reader.readAsText(file);
  }

  function start() {
    wireControls();
    const params = new URLSearchParams(location.search);
    const embedded = $('graph-data').textContent.trim();
    if (params.get('data')) {
      fetch(params.get('data')).then((r) => r.text()).then(loadText).catch((err) => showError('Cannot load ' + params.get('data') + ': ' + err.message));
    } else if (embedded && !embedded.startsWith('/*')) {
      loadText(embedded);
    } else {
      showError('No graph loaded: open a chronograph graph JSON with the file picker or drop it on the page.');
    }
  }

  window.chronographViewer = { state, ready, selectActor, selectEvent, searchActors, normalise, loadText };
  start();
})();
