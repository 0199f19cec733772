// The web viewer in a real browser: Debian's headless Chromium driven by playwright-core (from viz/node_modules).
//   node viewer_test.mjs CHRONOGRAPH SOURCE_DIR WORK_DIR
// Exits 77 (skipped) when Chromium or the viewer's npm packages are absent.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [bin, src, work] = process.argv.slice(2);
const chromiumPath = '/usr/bin/chromium';
const viz = path.join(src, 'viz');
if (!fs.existsSync(chromiumPath) || !fs.existsSync(path.join(viz, 'node_modules', 'playwright-core'))) {
  console.log('skipped: needs /usr/bin/chromium and viz/node_modules (npm ci in viz/)');
  process.exit(77);
}
const { chromium } = createRequire(path.join(viz, 'package.json'))('playwright-core');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const run = (...args) => execFileSync(bin, args, { cwd: src, stdio: ['ignore', 'pipe', 'inherit'] });

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

// A graph of 10,000 events and 5,000 actors, in the graph JSON shape, for the first-render timing.
function bigGraph() {
  const kinds = ['person', 'organization', 'country', 'location', 'group', 'other'];
  const types = ['statement', 'consult', 'agree', 'aid', 'assault', 'protest'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const actors = [], events = [], relations = new Map();
  for (let i = 0; i < 5000; i++) actors.push({ id: 'a' + i, label: 'Actor ' + i, labels: { en: 'Actor ' + i }, kind: kinds[i % 6], aliases: ['Actor ' + i], mentions: 1 });
  for (let i = 0; i < 10000; i++) {
    const a = Math.floor(5000 * rand() ** 3), b = Math.floor(5000 * rand());
    const day = new Date(Date.UTC(1995, 0, 1) + Math.floor(rand() * 10000) * 86400000).toISOString().slice(0, 10);
    const type = types[i % types.length];
    events.push({ id: 'e' + i, type, summary: 'Event ' + i, trigger: type,
      date: { text: '', value: day, start: day, end: day, granularity: 'day', mod: null },
      actors: [{ id: 'a' + a, role: 'source' }, { id: 'a' + b, role: 'target' }], evidence: [{ doc: 'd' + i, sentence: 'Sentence ' + i, span: null }] });
    if (a !== b) {
      const key = `a${a}>a${b}:${type}`;
      const r = relations.get(key) || { id: key, source: 'a' + a, target: 'a' + b, type, directed: true, weight: 0, events: [], first: day, last: day };
      r.weight++; r.events.push('e' + i);
      if (day < r.first) r.first = day;
      if (day > r.last) r.last = day;
      relations.set(key, r);
    }
  }
  return { format: 'chronograph-graph', version: 1, documents: [], actors, events, relations: [...relations.values()],
           chronology: events.map((e) => e.id), skipped: [], warnings: [] };
}

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'] });
try {
  // The samples' curated events, exported as one self-contained page (the clicks below aim at known items; the
  // events extracted from the sample articles would crowd the timeline differently with every improvement).
  run('build', 'samples/events.csv', 'samples/events.jsonl', '-o', path.join(work, 'g.json'));
  run('export', path.join(work, 'g.json'), '--to', 'html', '-o', path.join(work, 'view.html'));
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto('file://' + path.join(work, 'view.html'));
  await page.waitForFunction(() => window.chronographViewer && window.chronographViewer.state.renderMs !== null, null, { timeout: 15000 });
  check('nothing fetched at view time', requests.length === 0, requests.join(' '));
  check('summary shown', /actors, .* relations, .* events/.test(await page.textContent('#summary')));

  // Select an actor by clicking its node in the network.
  const pos = await page.evaluate(() => {
    const n = window.chronographViewer.state.cy.$id('iraq');
    const p = n.renderedPosition();
    const r = document.getElementById('network').getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(pos.x, pos.y);
  check('clicking a node selects the actor', (await page.evaluate(() => window.chronographViewer.state.selectedActor)) === 'iraq');
  const selection = await page.evaluate(() => window.chronographViewer.state.timeline.getSelection());
  check('the actor\'s events are selected on the timeline', selection.includes('talks-open') && selection.includes('mosul-falls'), JSON.stringify(selection));
  check('the evidence panel lists the actor', (await page.textContent('#side')).includes('Iraq / العراق'));

  // Select an event on the timeline: its evidence appears, with marks.
  await page.click('.vis-item:has-text("Iraq condemns")');
  check('clicking a timeline item shows its event', (await page.evaluate(() => window.chronographViewer.state.selectedEvent)) !== null);
  const side = await page.textContent('#side');
  check('the evidence panel shows the sentence and document', side.includes('Iraq condemns the US strikes') && side.includes('events.csv#13'), side);
  check('the evidence sentence is marked up', (await page.locator('#side mark').count()) > 0);

  // Select an actor from the timeline: its row label.
  // The timeline may still be redrawing after the event selection: wait until the row labels stop moving, then
  // click the middle of the first label that is visible and compare with the label actually under the pointer.
  const labelBoxes = () => page.evaluate(() => [...document.querySelectorAll('.vis-labelset .vis-label')].map((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return { x, y, text: el.textContent.trim(), visible: !!hit && hit.closest('.vis-label') === el };
  }));
  let boxes = await labelBoxes();
  for (let tries = 0; tries < 30; ++tries) {
    await page.waitForTimeout(100);
    const again = await labelBoxes();
    const same = JSON.stringify(again) === JSON.stringify(boxes);
    boxes = again;
    if (same) break;
  }
  const target = boxes.find((b) => b.visible && b.text !== 'Other');
  const x = target ? target.x : 0, y = target ? target.y : 0;
  const rowText = target ? target.text : null;
  await page.mouse.click(x, y);
  const picked = await page.evaluate(() => {
    const s = window.chronographViewer.state;
    const a = s.actorsById.get(s.selectedActor);
    return a ? ((a.labels && a.labels.en) || a.label) : null;
  });
  check('clicking a timeline row label selects that actor', rowText !== null && picked === rowText, `${rowText} -> ${picked}`);
  const highlighted = await page.evaluate(() => window.chronographViewer.state.cy.$('node.hl').length);
  check('the network highlights the actor and its neighbours', highlighted >= 2, `${rowText}: ${highlighted} highlighted`);

  // Search by an Arabic alias, with a clitic.
  await page.fill('#search', 'بالعراق');
  await page.press('#search', 'Enter');
  check('an Arabic alias with a clitic finds the actor', (await page.evaluate(() => window.chronographViewer.state.selectedActor)) === 'iraq');
  await page.fill('#search', 'كتائب حزب الله');
  await page.press('#search', 'Enter');
  check('an Arabic alias finds Kataib Hezbollah', (await page.evaluate(() => window.chronographViewer.state.selectedActor)) === 'kataib-hezbollah');
  check('Arabic text runs right to left in the panel', await page.evaluate(() => getComputedStyle(document.querySelector('#side h2')).unicodeBidi === 'plaintext'));
  await page.screenshot({ path: path.join(work, 'viewer.png') });

  // A date-range filter and a type toggle hide timeline items.
  const before = await page.evaluate(() => window.chronographViewer.state.view.length);
  await page.fill('#from', '2024-01-01');
  await page.dispatchEvent('#from', 'change');
  const after = await page.evaluate(() => window.chronographViewer.state.view.length);
  check('the date filter narrows the timeline', after > 0 && after < before, `${before} -> ${after}`);

  // A wrong-format and a malformed file show a clear message, not a blank page.
  fs.writeFileSync(path.join(work, 'wrong.json'), JSON.stringify({ format: 'gexf', version: 1 }));
  await page.setInputFiles('#file', path.join(work, 'wrong.json'));
  await page.waitForSelector('#error.visible');
  check('a wrong format is reported in the page', (await page.textContent('#error')).includes('not a chronograph graph'));
  fs.writeFileSync(path.join(work, 'v9.json'), JSON.stringify({ format: 'chronograph-graph', version: 9, actors: [], events: [], relations: [] }));
  await page.setInputFiles('#file', path.join(work, 'v9.json'));
  await page.waitForFunction(() => document.getElementById('error').textContent.includes('version'));
  check('a wrong version is reported in the page', (await page.textContent('#error')).includes('Unsupported graph version 9'));
  fs.writeFileSync(path.join(work, 'broken.json'), '{"format": "chronograph-graph", ');
  await page.setInputFiles('#file', path.join(work, 'broken.json'));
  await page.waitForFunction(() => document.getElementById('error').textContent.includes('not valid JSON'));
  check('malformed JSON is reported in the page', true);

  // Years before the Common Era ("-0585-01-01" in the graph, ISO 8601 expanded) reach the timeline as dates.
  fs.writeFileSync(path.join(work, 'bc.txt'), 'Babylon destroyed Jerusalem in 586 BC, historians told Reuters.\n' +
    'Egypt signed a treaty with Britain in 2015.\n');
  run('build', path.join(work, 'bc.txt'), '--dct', '2015-08-04', '-o', path.join(work, 'bc.json'));
  await page.setInputFiles('#file', path.join(work, 'bc.json'));
  await page.waitForFunction(() => window.chronographViewer.state.items && window.chronographViewer.state.items.length === 2);
  const years = await page.evaluate(() => window.chronographViewer.state.items.get().map((it) => it.start.getUTCFullYear()).sort((a, b) => a - b));
  check('a year before the Common Era is placed on the timeline', years[0] === -585 && years[1] === 2015, JSON.stringify(years));

  // First render of 10,000 events and 5,000 actors.
  fs.writeFileSync(path.join(work, 'big.json'), JSON.stringify(bigGraph()));
  run('export', path.join(work, 'big.json'), '--to', 'html', '-o', path.join(work, 'big.html'));
  const big = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = Date.now();
  await big.goto('file://' + path.join(work, 'big.html'));
  await big.waitForFunction(() => window.chronographViewer && window.chronographViewer.state.renderMs !== null, null, { timeout: 60000 });
  const wall = Date.now() - t0;
  const renderMs = await big.evaluate(() => window.chronographViewer.state.renderMs);
  // Timing is reported, not asserted (performance belongs to benchmarks): docs/PERFORMANCE.md keeps the figure.
  console.log(`big graph (10,000 events, 5,000 actors): render ${Math.round(renderMs)} ms, page load to ready ${wall} ms`);
  check('the big graph renders both views', await big.evaluate(() => window.chronographViewer.state.cy.nodes().length > 0 &&
    window.chronographViewer.state.items.length === 10000));
  await big.screenshot({ path: path.join(work, 'viewer-big.png') });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
