// Opens newsgraph's HTML export in a real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) and checks it as a reader would use it:
//   node html.cjs OUT_DIR NAME...      (OUT_DIR/NAME.html and OUT_DIR/NAME.json)
// - the page loads from a file with no console error and asks the network for nothing;
// - it draws as many actors and relations as the JSON has, and says so;
// - clicking a relation shows its evidence sentences and their documents;
// - the relation and type filters hide what they should; the search finds a name
//   without its accents.
// Prints one line per check and exits 1 when any failed.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const results = [];
function report(ok, label, detail) {
  results.push(ok);
  console.log(`${ok ? 'ok   ' : 'FAIL '} ${label}${detail ? (ok ? ` (${detail})` : `: ${detail}`) : ''}`);
}
function expect(got, want, what) {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new Error(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
}

async function checkPage(context, out, name) {
  const graph = JSON.parse(fs.readFileSync(path.join(out, `${name}.json`), 'utf8'));
  const file = path.join(out, `${name}.html`);
  const url = require('url').pathToFileURL(path.resolve(file)).href;
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    await page.waitForTimeout(200);
    const drawn = await page.evaluate(() => ({
      nodes: window.cy.nodes().length,
      edges: window.cy.edges().length,
      shown: [document.getElementById('counts').dataset.nodes, document.getElementById('counts').dataset.edges],
      text: document.getElementById('counts').textContent,
    }));
    expect([drawn.nodes, drawn.edges], [graph.nodes.length, graph.edges.length], 'actors and relations drawn');
    expect(drawn.shown, [String(graph.nodes.length), String(graph.edges.length)], 'counts shown');
    expect(errors, [], 'console errors');
    expect(requests, [], 'network requests');
    report(true, `html/chromium: ${name} loads`, `${drawn.text}; no console error, no request`);
  } catch (e) {
    report(false, `html/chromium: ${name} loads`, e.message + (errors.length ? ` [${errors.join('; ')}]` : ''));
    await page.close();
    return;
  }

  // click the relation whose evidence quotes someone (and, with the fixture, the one
  // with a backslash and a line break), as a reader would: on the drawn line
  const wanted = graph.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.evidence.some((ev) => ev.text.includes('"')))
    .filter(({ e }) => e.source === 'ilse-varga' || e.evidence.some((ev) => ev.text.startsWith('Brad Adams')));
  for (const { e, i } of wanted.slice(0, 2)) {
    const label = `html/chromium: ${name} click ${e.source} ${e.relation} ${e.target}`;
    try {
      const point = await page.evaluate((id) => {
        const edge = window.cy.getElementById(id);
        window.cy.elements().removeClass('hidden');
        window.cy.fit(edge, 120);
        const m = edge.renderedMidpoint();
        const box = document.getElementById('cy').getBoundingClientRect();
        return { x: box.left + m.x, y: box.top + m.y };
      }, `e${i}`);
      await page.waitForTimeout(100);
      await page.mouse.click(point.x, point.y);
      const shown = await page.$$eval('#details .evidence', (els) =>
        els.map((el) => ({ meta: el.querySelector('.meta').textContent, text: el.querySelector('blockquote').textContent })));
      expect(shown.length, e.evidence.length, 'evidence shown');
      e.evidence.forEach((ev, k) => {
        expect(shown[k].text, ev.text, `sentence ${k}`);
        if (!shown[k].meta.includes(ev.document)) throw new Error(`document ${ev.document} not shown: ${shown[k].meta}`);
      });
      report(true, label, `${shown.length} sentence(s) with their documents`);
    } catch (err) {
      report(false, label, err.message);
    }
  }

  // filters and search
  try {
    const rel = 'affiliated-with';
    const relCount = graph.edges.filter((e) => e.relation === rel).length;
    await page.click(`#relations input[value="${rel}"]`);
    let counts = await page.$eval('#counts', (el) => [el.dataset.nodes, el.dataset.edges]);
    expect(counts, [String(graph.nodes.length), String(graph.edges.length - relCount)], `counts without ${rel}`);
    await page.click(`#relations input[value="${rel}"]`);
    const kind = 'location';
    const hidden = new Set(graph.nodes.filter((n) => n.type === kind).map((n) => n.id));
    const left = graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)).length;
    await page.click(`#types input[value="${kind}"]`);
    counts = await page.$eval('#counts', (el) => [el.dataset.nodes, el.dataset.edges]);
    expect(counts, [String(graph.nodes.length - hidden.size), String(left)], `counts without ${kind}s`);
    await page.click(`#types input[value="${kind}"]`);
    const accented = graph.nodes.find((n) => /[^\x00-\x7f]/.test(n.label));
    const target = accented || graph.nodes[0];
    const query = target.label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    await page.fill('#search', query);
    const found = await page.evaluate(() => window.cy.nodes('.match').map((n) => n.id()));
    if (!found.includes(target.id)) throw new Error(`searching ${query} found ${JSON.stringify(found)}`);
    report(true, `html/chromium: ${name} filters and search`, `"${query}" finds ${target.label}`);
  } catch (err) {
    report(false, `html/chromium: ${name} filters and search`, err.message);
  }
  if (process.env.INTEROP_SCREENSHOT) {
    await page.fill('#search', '');
    await page.evaluate(() => window.cy.fit(undefined, 30));
    await page.screenshot({ path: path.join(out, `${name}.png`) });
  }
  await page.close();
}

(async () => {
  const [out, ...names] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    for (const name of names) await checkPage(context, out, name);
  } catch (e) {
    report(false, 'html/chromium: launch', e.message);
  } finally {
    if (context) await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const failed = results.filter((ok) => !ok).length;
  console.log(`html in chromium: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed || results.length === 0 ? 1 : 0);
})();
