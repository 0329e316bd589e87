// bundle.sqlite in a web app: tests/bundle/browser/search.html, served with sql.js from npm and
// a freshly built bundle.sqlite, in headless Chromium. With sql.js-fts5 (sql.js built with FTS5)
// the page reads the version and searches: "stretches" finds every stretch, in the order the
// sqlite3 shell gives, and a new search from the form finds the pelvic tilt. With sql.js's own
// build (no FTS5) the file opens and its tables read, but the search says "no such module: fts5",
// as README says.
// Run by CTest: CONTENTC and REPO come from the environment.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const REPO = process.env.REPO;
const npm = path.join(REPO, "tools/npm/node_modules");
const require = createRequire(path.join(REPO, "tools/npm/package.json"));
const { chromium } = require(path.join(npm, "playwright-core"));
const ORIGIN = "http://contentc.test";
const QUERY = "SELECT entry_id FROM search WHERE search MATCH 'stretches' ORDER BY rank LIMIT 20";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "contentc-sqljs-"));
const out = path.join(tmp, "out");
let browser;

before(async () => {
  execFileSync(process.env.CONTENTC, ["build", path.join(REPO, "sources"), "-o", out, "--today", "2026-12-03"],
               { stdio: "pipe" });
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

/// The page, served with `pkg`'s sql.js beside it; resolves once the page says it is ready.
async function open(pkg) {
  const files = {
    "/search.html": [path.join(REPO, "tests/bundle/browser/search.html"), "text/html"],
    "/sql-wasm.js": [path.join(npm, pkg, "dist/sql-wasm.js"), "text/javascript"],
    "/sql-wasm.wasm": [path.join(npm, pkg, "dist/sql-wasm.wasm"), "application/wasm"],
    "/bundle.sqlite": [path.join(out, "bundle.sqlite"), "application/vnd.sqlite3"],
  };
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    if (!file) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: file[1], body: fs.readFileSync(file[0]) });
  });
  await page.goto(`${ORIGIN}/search.html`);
  await page.waitForFunction(() => document.body.dataset.ready);
  assert.deepEqual(errors, []);
  return page;
}

function shellIds(query) {
  return execFileSync("sqlite3", ["-bail", path.join(out, "bundle.sqlite"), query], { encoding: "utf8" })
    .split("\n").filter(Boolean);
}

test("sql.js with FTS5 opens bundle.sqlite and searches it as the sqlite3 shell does", async () => {
  const page = await open("sql.js-fts5");
  const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
  assert.equal(await page.locator("#version").textContent(), `Content version ${manifest.content_version}`);
  assert.equal(await page.locator("#error").textContent(), "");
  const ids = await page.locator("#hits li").evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.deepEqual(ids, shellIds(QUERY));
  assert.ok(ids.includes("cat-stretch"), "the plural finds a stretch");
  await page.fill("#q", "pelvic tilt");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.body.dataset.searched === "pelvic tilt");
  const first = await page.locator("#hits li").first();
  assert.equal(await first.getAttribute("data-id"), "posterior-pelvic-tilt-with-hip-flexion");
  assert.match(await first.textContent(), /\(exercise\)$/);
  await page.close();
});

test("sql.js's own build opens bundle.sqlite but has no FTS5", async () => {
  const page = await open("sql.js");
  const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
  assert.equal(await page.locator("#version").textContent(), `Content version ${manifest.content_version}`);
  assert.match(await page.locator("#error").textContent(), /no such module: fts5/);
  assert.equal(await page.locator("#hits li").count(), 0);
  await page.close();
});
