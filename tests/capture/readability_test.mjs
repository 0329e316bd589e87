// contentc's main text beside Firefox's Reader View (Mozilla's Readability, in jsdom) on the same
// saved pages: the five shipped articles rebuilt as publishers' pages (tests/tools/article_pages.py)
// and ten real saved pages from Readability's own test corpus (health and how-to articles first).
// contentc must keep at least 98% of Readability's main-text words on every page, and write no
// line that is only navigation, header, footer or cookie-notice text.
// Prints a table of the figures (README, "Snapshots from saved pages", quotes them).
// Run by CTest: CONTENTC and REPO come from the environment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const REPO = process.env.REPO;
const npm = path.join(REPO, "tools/npm/node_modules");
const require = createRequire(path.join(REPO, "tools/npm/package.json"));
const { JSDOM, VirtualConsole } = require(path.join(npm, "jsdom"));
const { Readability } = require(path.join(npm, "@mozilla/readability"));
const PAGES = path.join(REPO, "tests/capture/readability-pages");

/// The words of a text, lower-cased: runs of letters and digits (any script).
function words(text) {
  return (text.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) || []).map((w) => w.replace("’", "'"));
}
function counts(list) {
  const m = new Map();
  for (const w of list) m.set(w, (m.get(w) || 0) + 1);
  return m;
}
const collapse = (s) => s.replace(/\s+/g, " ").trim();

/// Readability's article as text: its text nodes joined by spaces (its textContent runs a block's
/// last word into the next block's first: "Step 1Measure").
function readabilityText(html, url) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  if (!article) return "";
  const doc = new JSDOM(article.content, { virtualConsole: new VirtualConsole() }).window.document;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue);
  return parts.join(" ");
}

/// The page's boilerplate: what sits in its navigation, banners, footers and cookie notices.
function boilerplate(html, url) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const parts = [];
  const selector = "nav, footer, [role=navigation], [role=contentinfo], [role=banner], [class*=cookie], [id*=cookie]";
  for (const el of doc.querySelectorAll(selector)) parts.push(collapse(el.textContent));
  for (const el of doc.querySelectorAll("header")) {
    if (!el.closest("article, main, [role=main]")) parts.push(collapse(el.textContent));
  }
  return parts.filter((p) => p.length > 0);
}

function contentcText(file, sources) {
  return execFileSync(process.env.CONTENTC, ["snapshot", file, "--article", "page", "-s", sources, "--new", "--dry-run",
    "--url", "https://www.example.org/page"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
}

test("contentc keeps Readability's main text and adds no navigation", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "contentc-readability-"));
  const sources = path.join(tmp, "sources");
  fs.mkdirSync(sources);
  fs.writeFileSync(path.join(sources, "policy.xml"), "<policy/>\n");
  const rows = [];
  try {
    const names = fs.readdirSync(PAGES).filter((n) => n.endsWith(".html") || n.endsWith(".html.gz")).sort();
    assert.ok(names.filter((n) => n.startsWith("seed-")).length >= 4, "the shipped articles' pages");
    assert.ok(names.filter((n) => !n.startsWith("seed-")).length >= 10, "ten real saved pages");
    for (const name of names) {
      let bytes = fs.readFileSync(path.join(PAGES, name));
      if (name.endsWith(".gz")) bytes = zlib.gunzipSync(bytes);
      const file = path.join(tmp, name.replace(/\.gz$/, ""));
      fs.writeFileSync(file, bytes);
      const html = bytes.toString("utf8");
      const url = "https://www.example.org/" + name;
      const theirs = words(readabilityText(html, url));
      const ours = contentcText(file, sources);
      const mine = counts(words(ours.replace(/^(#{1,6} |- |\d+\. )/gm, "")));
      // Readability's words that contentc kept (each as often as Readability has it).
      const left = counts(theirs);
      let kept = 0;
      for (const [w, n] of left) kept += Math.min(n, mine.get(w) || 0);
      let extra = 0;
      const theirsCounts = counts(theirs);
      for (const [w, n] of mine) extra += Math.max(0, n - (theirsCounts.get(w) || 0));
      // A line of contentc's that only the page's boilerplate holds, and Readability does not.
      const nav = boilerplate(html, url);
      const theirText = collapse(theirs.join(" "));
      // (The page's title, its first line, may be in a breadcrumb too.)
      const navLines = ours.split("\n").slice(1).map((l) => collapse(l.replace(/^(#{1,6} |- |\d+\. )/, "")))
        .filter((l) => words(l).length >= 2)
        .filter((l) => nav.some((b) => b.includes(l)) && !theirText.includes(collapse(words(l).join(" "))));
      rows.push({ name: name.replace(/\.html(\.gz)?$/, ""), readability: theirs.length, contentc: [...mine.values()].reduce((a, b) => a + b, 0),
                  kept: theirs.length ? kept / theirs.length : 1, extra, navLines });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log("| page | Readability's words | contentc's words | Readability's words kept | words only contentc has | navigation lines |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.readability} | ${r.contentc} | ${(100 * r.kept).toFixed(1)}% | ${r.extra} | ${r.navLines.length} |`);
    for (const l of r.navLines) console.log(`|   navigation: ${l.slice(0, 100)} |`);
  }
  for (const r of rows) {
    assert.ok(r.kept >= 0.98, `${r.name}: contentc kept ${(100 * r.kept).toFixed(1)}% of Readability's words`);
    assert.deepEqual(r.navLines, [], `${r.name}: no navigation text`);
  }
});
