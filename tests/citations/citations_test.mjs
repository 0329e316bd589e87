// Citations any tool can open, each through a real client: a saved page is made a snapshot
// (contentc snapshot), cited and built; then Apache Annotator anchors every Web Annotation of
// out/annotations.jsonld in the saved page and in the snapshot in headless Chromium, Chromium
// itself follows every text-fragment link (quote_url) and highlights the quote, and citation.js
// formats out/articles.csl.json as APA.
// Run by CTest: CONTENTC and REPO come from the environment.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const REPO = process.env.REPO;
const npm = path.join(REPO, "tools/npm/node_modules");
const require = createRequire(path.join(REPO, "tools/npm/package.json"));
const { chromium } = require(path.join(npm, "playwright-core"));
const PAGE = path.join(REPO, "tests/citations/bird-dog.html");
const URL = "https://physio.example.org/pregnancy/bird-dog";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "contentc-citations-"));
let browser, bundle, annotations, csl, snapshotText, annotator;

function contentc(...args) {
  return execFileSync(process.env.CONTENTC, args, { encoding: "utf8", stdio: "pipe" });
}

before(async () => {
  // From the saved page to a built bundle, as an editor goes: snapshot --new, then build.
  const sources = path.join(tmp, "sources");
  fs.cpSync(path.join(REPO, "tests/citations/sources"), sources, { recursive: true });
  contentc("snapshot", PAGE, "--article", "bird-dog", "-s", sources, "--new");
  contentc("build", sources, "-o", path.join(tmp, "out"), "--today", "2026-12-03");
  const read = (name) => JSON.parse(fs.readFileSync(path.join(tmp, "out", name), "utf8"));
  bundle = read("bundle.json");
  annotations = read("annotations.jsonld");
  csl = read("articles.csl.json");
  snapshotText = fs.readFileSync(path.join(sources, "articles", "bird-dog.md"), "utf8");
  // Apache Annotator is an ES module with dependencies: esbuild makes it one script for a page.
  const entry = path.join(tmp, "annotator-entry.mjs");
  fs.writeFileSync(entry, `export * from ${JSON.stringify(path.join(npm, "@apache-annotator/dom/lib/index.js"))};\n`);
  annotator = path.join(tmp, "annotator.js");
  execFileSync(path.join(npm, ".bin/esbuild"), [entry, "--bundle", "--format=iife", "--global-name=Annotator",
    `--outfile=${annotator}`, "--log-level=warning"], { stdio: "pipe" });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (browser) await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function items() { return annotations.first.items; }

function bundleCitations() {
  const out = new Map();
  for (const kind of ["conditions", "exercises", "stretches", "advice", "claims"]) {
    for (const e of bundle[kind] || []) {
      const all = [...e.citations, ...(e.doses || []).flatMap((d) => d.citations),
                   ...(e.warnings || []).flatMap((w) => w.citations)];
      for (const c of all) out.set(`${e.id}-${c.ordinal}`, c);
    }
  }
  return out;
}

/// Every match of each selector, anchored by Apache Annotator in the page's `scope`.
async function anchor(page, scopeSelector, selectors) {
  await page.addScriptTag({ path: annotator });
  return page.evaluate(async ({ scopeSelector, selectors }) => {
    const scope = document.querySelector(scopeSelector);
    const out = [];
    for (const s of selectors) {
      const found = [];
      const matcher = s.type === "TextQuoteSelector"
        ? Annotator.createTextQuoteSelectorMatcher(s) : Annotator.createTextPositionSelectorMatcher(s);
      for await (const range of matcher(scope)) found.push(range.toString());
      out.push(found);
    }
    return out;
  }, { scopeSelector, selectors });
}

test("the collection is a W3C Web Annotation collection with one annotation per citation found", () => {
  assert.equal(annotations["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(annotations.type, "AnnotationCollection");
  assert.equal(annotations.total, items().length);
  const cites = bundleCitations();
  assert.equal(items().length, cites.size);
  const ids = new Set();
  for (const a of items()) {
    assert.equal(a.type, "Annotation");
    assert.ok(!ids.has(a.id), a.id);
    ids.add(a.id);
    assert.ok(cites.has(a.id.slice(1)), `${a.id} is a citation of the bundle`);
    assert.deepEqual(a.body[0], { type: "TextualBody", purpose: "tagging", value: a.id.slice(1).replace(/-\d+$/, "") });
    // One live target and one snapshot target for each part of the quote.
    const parts = cites.get(a.id.slice(1)).spans.length;
    assert.equal(a.target.length, 2 * parts, a.id);
    const live = a.target.filter((t) => t.source === URL);
    assert.equal(live.length, parts);
    for (const t of live) assert.deepEqual(t.state, { type: "TimeState", sourceDate: "2026-12-02T16:40:11Z" });
  }
});

test("Apache Annotator anchors every live target in the saved page, once, on exactly the quote", async () => {
  const page = await browser.newPage();
  await page.goto("file://" + PAGE);
  const selectors = items().flatMap((a) => a.target.filter((t) => t.source === URL).map((t) => t.selector));
  assert.ok(selectors.length >= 10);
  const found = await anchor(page, "body", selectors);
  selectors.forEach((s, i) => assert.deepEqual(found[i], [s.exact], JSON.stringify(s)));
  // Without its prefix and suffix, a repeated quote is found more than once: the context is what
  // tells them apart.
  const repeated = selectors.filter((s) => s.exact === "Hold for 5 seconds");
  assert.equal(repeated.length, 1);
  const bare = await anchor(page, "body", [{ type: "TextQuoteSelector", exact: "Hold for 5 seconds" }]);
  assert.equal(bare[0].length, 3);
  await page.close();
});

test("Apache Annotator anchors every snapshot target's quote and position in the snapshot", async () => {
  const digest = crypto.createHash("sha256").update(snapshotText).digest("base64url");
  const page = await browser.newPage();
  await page.setContent("<pre id=snapshot></pre>");
  await page.evaluate((text) => { document.getElementById("snapshot").textContent = text; }, snapshotText);
  const targets = items().flatMap((a) => a.target.filter((t) => t.source !== URL));
  for (const t of targets) {
    assert.deepEqual(t.source, { id: `ni:///sha-256;${digest}`, type: "Text", format: "text/markdown" });
    assert.deepEqual(t.selector.map((s) => s.type), ["TextQuoteSelector", "TextPositionSelector"]);
  }
  const found = await anchor(page, "#snapshot", targets.flatMap((t) => t.selector));
  targets.forEach((t, i) => {
    assert.deepEqual(found[2 * i], [t.selector[0].exact], JSON.stringify(t.selector[0]));
    assert.deepEqual(found[2 * i + 1], [t.selector[0].exact], JSON.stringify(t.selector[1]));
  });
  await page.close();
});

// ---- text fragments ----

/// The RGBA pixels of a PNG as Chromium's screenshots write it (8 bits, RGB or RGBA, no
/// interlace).
function decodePng(buffer) {
  let at = 8, width = 0, height = 0, channels = 0;
  const data = [];
  while (at < buffer.length) {
    const length = buffer.readUInt32BE(at), type = buffer.toString("ascii", at + 4, at + 8);
    const chunk = buffer.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      assert.equal(chunk[8], 8);
      channels = { 2: 3, 6: 4 }[chunk[9]];
      assert.ok(channels && chunk[12] === 0, "an 8-bit RGB(A) PNG without interlace");
    } else if (type === "IDAT") {
      data.push(chunk);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels, out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)], line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; ++x) {
      const a = x >= channels ? line[x - channels] : 0, b = prev[x], c = x >= channels ? prev[x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      line[x] = (line[x] + predictor) & 0xff;
    }
    for (let x = 0; x < width; ++x) {
      for (let k = 0; k < 4; ++k) out[(y * width + x) * 4 + k] = k < channels ? line[x * channels + k] : 255;
    }
    prev = line;
  }
  return { width, height, pixels: out };
}

test("Chromium follows every quote_url to the quote and highlights exactly it", async () => {
  // The saved page, pushed down a screen so that following a link must scroll, with the
  // browser's text-fragment highlight painted a colour nothing else on the page has.
  const page = path.join(tmp, "page.html");
  fs.writeFileSync(page, fs.readFileSync(PAGE, "utf8")
    .replace("</head>", "<style>::target-text{background-color:rgb(255,0,255);color:rgb(0,0,0)}</style></head>")
    .replace("<body>", '<body><div style="height:2500px"></div>'));
  const cites = bundleCitations();
  const links = [...cites].filter(([, c]) => c.quote_url);
  assert.equal(links.length, cites.size, "every citation of an article with a URL has a link");
  for (const [id, c] of links) {
    assert.ok(c.quote_url.startsWith(URL + "#:~:text="), c.quote_url);
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto("file://" + page + c.quote_url.slice(URL.length));
    await tab.waitForFunction(() => window.scrollY > 1000);  // the browser found the text
    // Where the quote is, from its first part to its last (found with Apache Annotator).
    const live = items().find((a) => a.id === "#" + id).target.filter((t) => t.source === URL);
    await tab.addScriptTag({ path: annotator });
    const rects = await tab.evaluate(async ({ first, last }) => {
      const one = async (s) => { for await (const r of Annotator.createTextQuoteSelectorMatcher(s)(document.body)) return r; };
      const range = document.createRange();
      const a = await one(first), b = await one(last);
      range.setStart(a.startContainer, a.startOffset);
      range.setEnd(b.endContainer, b.endOffset);
      return [...range.getClientRects()].filter((r) => r.width > 1).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }, { first: live[0].selector, last: live[live.length - 1].selector });
    const { width, height, pixels } = decodePng(await tab.screenshot());
    const painted = [];
    for (let y = 0; y < height; ++y) {
      for (let x = 0; x < width; ++x) {
        const i = (y * width + x) * 4;
        if (pixels[i] > 240 && pixels[i + 1] < 20 && pixels[i + 2] > 240) painted.push([x, y]);
      }
    }
    assert.ok(painted.length > 100, `${id}: Chromium highlighted the quote (${c.quote_url})`);
    const inside = (x, y) => rects.some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
    assert.deepEqual(painted.filter(([x, y]) => !inside(x, y)).length, 0, `${id}: only the quote is highlighted`);
    for (const r of rects) {
      const line = painted.filter(([x, y]) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      assert.ok(line.length > 0, `${id}: every line of the quote is highlighted`);
    }
    await context.close();
  }
});

test("citation.js reads articles.csl.json and formats the article as an APA reference", () => {
  const { Cite } = require(path.join(npm, "@citation-js/core"));
  require(path.join(npm, "@citation-js/plugin-csl"));
  assert.deepEqual(csl, [{
    id: "bird-dog",
    type: "webpage",
    title: "The bird dog exercise in pregnancy",
    author: [{ literal: "Amira Haddad, MSc Physiotherapy" }],
    publisher: "Example Women's Physio",
    URL,
    accessed: { "date-parts": [[2026, 12, 2]] },
  }]);
  const apa = new Cite(csl).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
  assert.equal(apa, "Amira Haddad, MSc Physiotherapy. (n.d.). The bird dog exercise in pregnancy. Example Women’s Physio. " +
                    "Retrieved December 2, 2026, from https://physio.example.org/pregnancy/bird-dog");
  // The shipped articles: an organisation stays whole, and an article without a URL or a date
  // gets neither.
  const shipped = JSON.parse(fs.readFileSync(path.join(REPO, "out/articles.csl.json"), "utf8"));
  const mayo = new Cite(shipped.filter((a) => a.id === "mayo-clinic-sacroiliitis"))
    .format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
  assert.equal(mayo, "Mayo Clinic. (n.d.). Sacroiliitis. Mayo Foundation for Medical Education and Research (MFMER).");
});
