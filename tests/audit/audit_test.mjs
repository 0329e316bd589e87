// The citation audit page, in a real headless Chromium (Debian's, driven by playwright-core):
// highlights, anchors, search, pop-ups, filters, hostile strings, no network, a screenshot.
// Run by CTest: CONTENTC, REPO and ARTEFACTS come from the environment.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require(path.join(process.env.REPO, "tools/npm/node_modules/playwright-core"));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "contentc-audit-"));
const built = {};
let browser;

function build(name, sources) {
  const out = path.join(tmp, name);
  execFileSync(process.env.CONTENTC, ["build", sources, "-o", out, "--today", "2026-06-01"], { stdio: "pipe" });
  built[name] = { out, bundle: JSON.parse(fs.readFileSync(path.join(out, "bundle.json"), "utf8")) };
}

async function open(name, fragment = "", file = "index.html", contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  const dialogs = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  const url = "file://" + path.join(built[name].out, "audit", file);
  await page.goto(url + fragment);
  return { page, context, requests, dialogs, url };
}

function allCitations(bundle) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if (Array.isArray(v.citations)) v.citations.forEach((c) => out.push(c));
      Object.values(v).forEach(walk);
    }
  };
  walk(bundle);
  return out;
}

before(async () => {
  build("sources", path.join(process.env.REPO, "sources"));
  build("hostile", path.join(process.env.REPO, "tests/bundle/hostile/sources"));
  build("house", path.join(process.env.REPO, "tests/cases/house-rules/sources"));
  // Signed reviews: plank's holds; squeeze's was voided by an edit (its hold and quote).
  build("review", path.join(process.env.REPO, "tests/cases/review-stale/sources"));
  // A second release over the first: the article now says 10-12 repetitions (its snapshot, the
  // quote and the dose change together), and an exercise is gone.
  const src = path.join(tmp, "changed-sources");
  fs.cpSync(path.join(process.env.REPO, "sources"), src, { recursive: true });
  build("changed", src);
  const edit = (file, from, to) => {
    const p = path.join(src, file);
    const text = fs.readFileSync(p, "utf8");
    assert.ok(text.includes(from), from);
    fs.writeFileSync(p, text.replace(from, to));
  };
  edit("articles/si-joint-pain-in-pregnancy.txt", "release, and repeat for 8-10 repetitions.", "release, and repeat for 10-12 repetitions.");
  edit("exercises.xml", "release, and repeat for 8-10 repetitions.</cite>", "release, and repeat for 10-12 repetitions.</cite>");
  edit("exercises.xml", "<reps>8-10</reps>", "<reps>10-12</reps>");
  const exercises = fs.readFileSync(path.join(src, "exercises.xml"), "utf8");
  edit("exercises.xml", exercises.match(/  <exercise id="curl-downs">[\s\S]*?<\/exercise>\n/)[0], "");
  build("changed", src);
  // Over 2,000 entries: the audit is split into article and entry pages.
  const generated = path.join(tmp, "generated-sources");
  execFileSync(process.env.CONTENTC_GEN, ["--entries", "2300", "--seed", "7", "-o", generated], { stdio: "pipe" });
  build("split", generated);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("every citation is highlighted in its article", async () => {
  const { page, context } = await open("sources");
  const citations = allCitations(built.sources.bundle);
  const highlighted = await page.$$eval("mark.hl", (marks) => [...new Set(marks.flatMap((m) => m.dataset.cites.split(" ")))]);
  assert.equal(highlighted.length, citations.length);
  // The page numbers the citations 1, 2, … in the bundle's order (conditions' first).
  assert.deepEqual(new Set(highlighted.map(Number)), new Set(citations.map((c, i) => i + 1)));
  const anchors = await page.$$eval("a.anchor", (a) => a.length);
  assert.equal(anchors, citations.reduce((n, c) => n + c.spans.length, 0));
  // The highlighted text is the quoted passage (the first citation, number 1, in one part).
  const first = citations[0];
  assert.equal(first.spans.length, 1);
  const text = await page.$eval("#cite-1", (a) => {
    let s = "";
    for (let n = a.nextSibling; n && n.nodeName === "MARK" || (n && n.nodeName === "A"); n = n.nextSibling) s += n.textContent;
    return s;
  });
  assert.ok(text.replace(/\s+/g, " ").toLowerCase().startsWith(first.quote.slice(0, 20).toLowerCase().replace(/\s+/g, " ")),
            `${text.slice(0, 60)} vs ${first.quote.slice(0, 60)}`);
  await context.close();
});

test("every entry and article has its anchor", async () => {
  const { page, context } = await open("sources");
  const b = built.sources.bundle;
  for (const kind of ["conditions", "exercises", "stretches", "advice", "claims"]) {
    for (const e of b[kind]) assert.equal(await page.locator(`#entry-${e.id}`).count(), 1, e.id);
  }
  for (const a of b.articles) assert.equal(await page.locator(`#article-${a.id}`).count(), 1, a.id);
  const broken = await page.$$eval("a[href]", (links) => links
    .map((l) => l.getAttribute("href"))
    .filter((h) => h.startsWith("index.html#") && !document.getElementById(h.slice("index.html#".length))));
  assert.deepEqual(broken, []);
  await context.close();
});

test("the search box filters entries", async () => {
  const { page, context } = await open("sources");
  const total = await page.locator(".entry").count();
  await page.fill("#search", "bird");
  const visible = await page.$$eval(".entry", (es) => es.filter((e) => !e.hidden).map((e) => e.id));
  assert.ok(visible.includes("entry-bird-dog"), visible.join());
  assert.ok(visible.length > 0 && visible.length < total);
  await page.fill("#search", "sciatica");
  const bySciatica = await page.$$eval(".entry", (es) => es.filter((e) => !e.hidden).length);
  assert.ok(bySciatica > 10 && bySciatica < total, `${bySciatica} of ${total}`);
  await page.fill("#search", "single-leg-stance");
  assert.ok(await page.$$eval(".entry", (es) => es.filter((e) => !e.hidden).map((e) => e.id).includes("entry-standing-hip-extension")));
  await page.fill("#search", "");
  assert.equal(await page.$$eval(".entry", (es) => es.filter((e) => !e.hidden).length), total);
  await context.close();
});

test("a highlight shows the entries that cite it, with links", async () => {
  const { page, context } = await open("sources");
  const mark = page.locator("mark.hl").first();
  await mark.focus();
  const popup = page.locator("#popup");
  assert.equal(await popup.isVisible(), true);
  const links = await popup.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(links.length >= 1);
  assert.ok(links.every((h) => /^index\.html#entry-[a-z0-9-]+$/.test(h)), links.join());
  await page.keyboard.press("Escape");
  assert.equal(await popup.isVisible(), false);
  await context.close();
});

test("findings filter by rule and level, and link to their entries", async () => {
  const { page, context } = await open("sources");
  await page.selectOption("#filter-rule", "dose-limit");
  const shown = await page.$$eval("li.finding", (ls) => ls.filter((l) => !l.hidden).map((l) => l.dataset.rule));
  assert.ok(shown.length >= 1 && shown.every((r) => r === "dose-limit"), shown.join());
  await page.selectOption("#filter-rule", "");
  await page.selectOption("#filter-level", "suppressed");
  const suppressed = await page.$$eval("li.finding", (ls) => ls.filter((l) => !l.hidden).length);
  // As many as the checker reports suppressed on the same sources.
  const findings = JSON.parse(execFileSync(process.env.CONTENTC, ["check", path.join(process.env.REPO, "sources"),
    "--format", "json", "--today", "2026-06-01"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
  const expected = findings.filter((f) => "suppressed" in f).length;
  assert.ok(expected > 0);
  assert.equal(suppressed, expected);
  const link = await page.$eval("li.finding a", (a) => a.getAttribute("href"));
  assert.match(link, /^index\.html#entry-/);
  await context.close();
});

test("house rules' findings are in the findings filter like any rule's", async () => {
  const { page, context } = await open("house");
  const rules = await page.$$eval("#filter-rule option", (os) => os.map((o) => o.value));
  assert.deepEqual(rules, ["", "house-step-length", "house-supine-support"]);
  await page.selectOption("#filter-rule", "house-supine-support");
  const shown = await page.$$eval("li.finding", (ls) => ls.filter((l) => !l.hidden).map((l) => l.textContent));
  assert.equal(shown.length, 1);
  assert.match(shown[0], /house-supine-support/);
  await context.close();
});

test("hostile strings show as text and no script from the content runs", async () => {
  const { page, context, dialogs } = await open("hostile");
  const strings = JSON.parse(fs.readFileSync(path.join(process.env.REPO, "tests/bundle/hostile/strings.json"), "utf8"));
  const body = await page.evaluate(() => document.body.textContent);
  for (const [key, s] of Object.entries(strings)) assert.ok(body.includes(s), key);
  assert.equal(await page.locator("script").count(), 2, "only the page's own data and code");
  // The editors' answers to possible-duplicate show, the reason as text.
  const twin = await page.locator("#entry-hostile-twin").textContent();
  assert.ok(twin.includes("Same movement as") && twin.includes("hostile-exercise"), twin);
  assert.ok(twin.includes("Not the same as") && twin.includes("DROP TABLE movement_links; -- </script>"), twin);
  assert.equal(await page.locator("b, i").count(), 0, "no markup from the content");
  await page.fill("#search", strings.script);
  await page.locator("mark.hl").first().focus();
  assert.deepEqual(dialogs, []);
  // A right-to-left override (U+202E) in the content reorders only its own text: every text
  // holding one is isolated (<bdi>, or a block of its own), and what follows an isolated title
  // on its line is laid out after it, left to right.
  const unisolated = await page.evaluate(() => {
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (n.data.includes("\u202E") && !n.parentElement.closest("bdi, blockquote, .snapshot, script, option")) {
        out.push(n.parentElement.outerHTML.slice(0, 200));
      }
    }
    return out;
  });
  assert.deepEqual(unisolated, []);
  const order = await page.evaluate(() => {
    for (const b of document.querySelectorAll("bdi")) {
      const next = b.nextSibling;
      if (!b.textContent.includes("\u202E") || !next || next.nodeType !== Node.TEXT_NODE || !next.data.trim()) continue;
      const range = document.createRange();
      range.setStart(next, next.data.search(/\S/));
      range.setEnd(next, next.data.search(/\S/) + 1);
      const after = range.getBoundingClientRect(), isolated = b.getBoundingClientRect();
      if (Math.abs(after.top - isolated.top) > 2) continue;  // wrapped to another line
      return { isolatedRight: isolated.right, nextLeft: after.left };
    }
    return null;
  });
  assert.ok(order, "an isolated override with text after it on its line");
  assert.ok(order.nextLeft >= order.isolatedRight - 1, JSON.stringify(order));
  await context.close();
});

test("no request leaves the audit folder: the page, its audit.css and audit.js", async () => {
  for (const name of ["sources", "hostile"]) {
    const { page, context, requests, url } = await open(name);
    await page.fill("#search", "a");
    await page.locator("mark.hl").first().hover();
    const folder = url.slice(0, url.lastIndexOf("/") + 1);
    const assets = [folder + "audit.css", folder + "audit.js"];
    assert.deepEqual(requests.filter((r) => r !== url && !r.startsWith("data:") && !assets.includes(r)), [], name);
    assert.deepEqual(assets.filter((a) => !requests.includes(a)), [], `${name}: the page loads its style and script`);
    await context.close();
  }
});

test("screenshot for people to look at", async () => {
  const { page, context } = await open("sources");
  await page.locator("mark.hl").nth(10).scrollIntoViewIfNeeded();
  await page.locator("mark.hl").nth(10).focus();
  fs.mkdirSync(process.env.ARTEFACTS, { recursive: true });
  const file = path.join(process.env.ARTEFACTS, "audit-page.png");
  await page.screenshot({ path: file });
  assert.ok(fs.statSync(file).size > 20000);
  await context.close();
});

test("the changes section shows what changed since the previous release, linked to entries and passages", async () => {
  const { page, context } = await open("changed");
  const section = page.locator("#changes");
  assert.equal(await section.count(), 1);
  const text = await section.innerText();
  assert.match(text, /Content version 1\.0\.0 → 2\.0\.0 \(major\)/);
  assert.match(text, /1 exercise removed: curl-downs/);
  assert.match(text, /dose 1: reps 8-10 → 10-12/);
  // The changed entry links to its own view on the page.
  const entry = section.locator('dt[data-entry="seated-ball-squeeze"] a');
  assert.equal(await entry.getAttribute("href"), "index.html#entry-seated-ball-squeeze");
  // Every citation resting on the changed article is listed, each linked to its passage.
  const listed = await section.locator('.snapshot-change[data-article="si-joint-pain-in-pregnancy"] li').count();
  const onArticle = allCitations(built.changed.bundle).filter((c) => c.article === "si-joint-pain-in-pregnancy").length;
  assert.equal(listed, onArticle);
  const passages = await section.locator('.snapshot-change a[href*="#cite-"]').evaluateAll((links) =>
    links.map((l) => l.getAttribute("href").split("#")[1]));
  assert.equal(passages.length, onArticle);
  for (const id of passages) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
  // Worst first, as a re-capture sorts them: the edited dose's quote leads, with the quote before;
  // then the moved passages; then the rest.
  const items = section.locator('.snapshot-change[data-article="si-joint-pain-in-pregnancy"] li');
  const first = items.first();
  assert.equal(await first.getAttribute("data-status"), "quote-changed");
  assert.equal(await first.getAttribute("data-risk"), "dose");
  assert.match(await first.innerText(),
               /^quote changed, dose: 8-10 → 10-12 — Seated ball squeeze seated-ball-squeeze, citation 3 \(dose\).*\(was .*8-10 repetitions\.\)$/s);
  const statuses = await items.evaluateAll((li) => li.map((l) => l.dataset.status));
  const rank = { "quote-changed": 0, moved: 1, unchanged: 2 };
  assert.deepEqual(statuses, [...statuses].sort((a, b) => rank[a] - rank[b]));
  // Following a passage link lands on the highlighted passage.
  await section.locator('.snapshot-change a[href*="#cite-"]').first().click();
  assert.ok(await page.evaluate(() => location.hash.startsWith("#cite-")));
  await context.close();
});

test("a first release has no changes section", async () => {
  const { page, context } = await open("sources");
  assert.equal(await page.locator("#changes").count(), 0);
  await context.close();
});

test("needs review lists the stale review with what changed, and each entry shows its review status", async () => {
  const { page, context } = await open("review");
  const items = page.locator("#needs-review li.review");
  assert.equal(await items.count(), 1);
  assert.equal(await items.first().getAttribute("data-state"), "stale");
  const rows = await items.first().locator("table.review-diff tr").evaluateAll((trs) =>
    trs.slice(1).map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows[0], ["dose 1 hold", "5 s", "10 s"]);
  assert.equal(await items.first().locator("del").first().textContent(), "5 s");
  const status = async (id) => page.locator(`#entry-${id} dd.review-status`).textContent();
  assert.equal(await status("plank"), "clinical review by Ann Lee, PT on 2026-05-01, due again 2027-05-01");
  assert.equal(await status("squeeze"), "no valid review");
  await items.first().locator('a[href$="#entry-squeeze"]').click();
  assert.equal(await page.evaluate(() => location.hash), "#entry-squeeze");
  assert.ok(await page.locator("#entry-squeeze").isVisible());
  // The sources without signed review have no such section.
  const plain = await open("house");
  assert.equal(await plain.page.locator("#needs-review").count(), 0);
  await plain.context.close();
  await context.close();
});

test("every page passes axe-core's accessibility checks", async () => {
  const axe = path.join(process.env.REPO, "tools/npm/node_modules/axe-core/axe.min.js");
  const pages = [["sources", "index.html"], ["hostile", "index.html"], ["review", "index.html"], ["changed", "index.html"],
                 ["split", "index.html"], ["split", "article-article-00001.html"], ["split", "entries-1.html"]];
  for (const [name, file] of pages) {
    // axe-core is injected by the test: the pages' own policy lets only audit.js run.
    const { page, context } = await open(name, "", file, { bypassCSP: true });
    await page.addScriptTag({ path: axe });
    const violations = await page.evaluate(async () => {
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), first ${v.nodes[0].html.slice(0, 160)}`);
    });
    assert.deepEqual(violations, [], `${name}/${file}`);
    await context.close();
  }
});

test("split pages: entries are drawn from the page's data, and links land on them", async () => {
  const { page, context } = await open("split");
  const index = await page.evaluate(() => JSON.parse(document.getElementById("audit-data").textContent).index);
  const onPage2 = index.filter((e) => e[3] === "entries-2.html");
  assert.equal(onPage2.length, 500);
  await context.close();
  // A link from elsewhere to an entry far down an entries page lands on the drawn entry.
  const far = onPage2[400];
  const second = await open("split", `#entry-${far[0]}`, "entries-2.html");
  const ids = await second.page.$$eval(".entry", (es) => es.map((e) => e.id));
  assert.deepEqual(ids, onPage2.map((e) => `entry-${e[0]}`));
  const target = second.page.locator(`#entry-${far[0]}`);
  assert.ok(await target.isVisible());
  const box = await target.boundingBox();
  const header = await second.page.locator("header").boundingBox();
  assert.ok(box.y >= header.y + header.height - 1 && box.y < 1000,
            `the entry is in view, below the header (y ${box.y}, header ends at ${header.y + header.height})`);
  assert.equal(await target.locator("h3 bdi").textContent(), far[1]);
  // Its citations link to their passages on the article pages, and the passage is there.
  const href = await target.locator("ul.citations a[href*='#cite-']").first().getAttribute("href");
  const [file, anchor] = href.split("#");
  assert.match(file, /^article-.*\.html$/);
  const article = await open("split", `#${anchor}`, file);
  assert.equal(await article.page.locator(`[id="${anchor}"]`).count(), 1);
  await article.context.close();
  // The live link carries the article's address with a text fragment, and the copy's date.
  const live = target.locator("a[data-versiondate]").first();
  assert.match(await live.getAttribute("href"), /^https:\/\/[^#]+#:~:text=/);
  await second.context.close();
});
