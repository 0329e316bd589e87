// The citation audit pages' behaviour: highlight pop-ups, the search box, the findings filters.
// It reads the content only through textContent and dataset, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("audit-data").textContent);

  // Entries are drawn from the page's data (data.entries, data.articles). An entry:
  //   {id, kind, name, search, rows, steps?, doses?, warnings?, cites, findings?}
  //   rows: [label, parts, class?]; a part is a text from the content (isolated in <bdi>), or
  //     ["a", href, text], ["t", plain text], ["code", text], ["muted", text]
  //   steps: [text, house]; doses: {text: [part, …], house?, cites}
  //   warnings: {category, text, house?, editorial?, cites?}
  //   cites: [article, citation id, section, live link, context] with the article as its place
  //     in data.articles, the live link "" or a URL (or "#…" after the article's address), the
  //     context the sentence's texts outside and inside the passage by turns; or, for a passage
  //     not found, [quote, article id]
  //   findings: [level, rule, message, why suppressed, reviewer]
  //   data.articles: [id, title, page, address, archived copy, date of the copy]
  // Texts only ever go into text nodes: nothing from the content is read as HTML.
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.append(c); });
    return e;
  }
  function bdi(text) { return el("bdi", {}, [text]); }
  function houseBadge() { return el("span", { class: "badge house" }, ["house advice: not from the article"]); }
  function web(url) { return /^https?:\/\//.test(url); }
  function part(p) {
    if (typeof p === "string") return bdi(p);
    if (p[0] === "a") return el("a", { href: p[1] }, [bdi(p[2])]);
    if (p[0] === "code") return el("code", {}, [p[1]]);
    if (p[0] === "muted") return el("span", { class: "muted" }, [p[1]]);
    return document.createTextNode(p[1]);
  }
  function citations(list) {
    return el("ul", { class: "citations" }, list.map(function (c) {
      if (c.length === 2) {
        return el("li", {}, ["\u201c", bdi(c[0]), "\u201d ", el("span", { class: "muted" }, ["(", bdi(c[1]), ")"])]);
      }
      var a = data.articles[c[0]];
      var li = el("li", {}, [el("a", { href: a[2] + "#cite-" + c[1] }, [bdi(a[1])])]);
      if (c[2] !== "") li.append(", section \u201c", bdi(c[2]), "\u201d");
      if (c[3] !== "") {
        var href = c[3].charAt(0) === "#" ? a[3] + c[3] : c[3];
        var label = bdi("on the live page");
        if (web(href)) {
          var attrs = { href: href };
          if (a[4] !== "") attrs["data-versionurl"] = a[4];
          if (a[5] !== "") attrs["data-versiondate"] = a[5];
          label = el("a", attrs, [label]);
        }
        li.append(" \u2014 ", label);
      }
      li.append(el("blockquote", {}, c[4].map(function (t, i) { return i % 2 ? el("mark", {}, [t]) : t; })));
      return li;
    }));
  }
  function entry(e) {
    var article = el("article", { class: "entry", id: "entry-" + e.id, "data-search": e.search },
                     [el("h3", {}, [el("span", { class: "kind" }, [e.kind]), bdi(e.name)])]);
    var dl = el("dl", {}, [el("dt", {}, ["Id"]), el("dd", {}, [el("code", {}, [e.id])])]);
    e.rows.forEach(function (r) {
      dl.append(el("dt", {}, [r[0]]), el("dd", r[2] ? { class: r[2] } : {}, r[1].map(function (p, i) {
        // Texts in a row's list are separated by commas.
        return typeof p === "string" && i > 0 && typeof r[1][i - 1] === "string" ? [", ", part(p)] : [part(p)];
      }).flat()));
    });
    article.append(dl);
    if (e.steps) {
      article.append(el("ol", { class: "steps" }, e.steps.map(function (s) {
        return s[1] ? el("li", { class: "house" }, [bdi(s[0]), " ", houseBadge()]) : el("li", {}, [bdi(s[0])]);
      })));
    }
    (e.doses || []).forEach(function (d, i) {
      var h = el("h4", {}, ["Dose " + (i + 1) + ": "]);
      d.text.forEach(function (t, j) { h.append(j > 0 ? ", " : "", bdi(t)); });
      if (d.house) h.append(" ", houseBadge());
      article.append(h, d.cites.length ? citations(d.cites) : el("p", { class: "muted" }, ["No quote."]));
    });
    if (e.warnings) {
      article.append(el("h4", {}, ["Warnings"]), el("ul", {}, e.warnings.map(function (w) {
        var li = el("li", {}, [el("span", { class: "badge" }, [w.category]), " ", bdi(w.text)]);
        if (w.house) li.append(" ", houseBadge());
        if (w.editorial) li.append(" ", el("span", { class: "badge editorial" }, ["editorial: cites no source"]));
        if (w.cites) li.append(citations(w.cites));
        return li;
      })));
    }
    article.append(el("h4", {}, ["Citations"]), citations(e.cites));
    if (e.findings) {
      article.append(el("h4", {}, ["Findings"]), el("ul", {}, e.findings.map(function (f) {
        var li = el("li", {}, [el("span", { class: "badge level-" + f[0] }, [f[3] !== "" ? "suppressed" : f[0]]), " ",
                               el("code", {}, [f[1]]), " ", bdi(f[2])]);
        if (f[3] !== "") {
          var why = el("em", {}, ["Suppressed: ", bdi(f[3])]);
          if (f[4] !== "") why.append(" (reviewer: ", bdi(f[4]), ")");
          li.append(" ", why);
        }
        return li;
      })));
    }
    return article;
  }
  var list = document.getElementById("entry-list");
  if (list && data.entries) {
    var all = document.createDocumentFragment();
    data.entries.forEach(function (e) { all.append(entry(e)); });
    list.replaceWith(all);
    // A link to an entry on this page lands on it, now that it is drawn.
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
  var popup = document.createElement("div");
  popup.id = "popup";
  popup.setAttribute("role", "tooltip");
  popup.hidden = true;
  function show(mark) {
    popup.replaceChildren();
    var title = document.createElement("div");
    title.className = "popup-title";
    title.textContent = "Cited by";
    popup.appendChild(title);
    mark.dataset.cites.split(" ").forEach(function (id) {
      (data.cites[id] || []).forEach(function (c) {
        var a = document.createElement("a");
        a.href = c[2] + "#entry-" + c[0];
        a.textContent = c[1] + " (" + c[0] + ")";
        popup.appendChild(a);
      });
    });
    mark.after(popup);
    popup.hidden = false;
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  document.addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") popup.hidden = true;
  });

  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    var entries = document.querySelectorAll(".entry");
    var shown = 0;
    entries.forEach(function (el) {
      var hit = q === "" || el.dataset.search.indexOf(q) >= 0;
      el.hidden = !hit;
      if (hit) shown++;
    });
    results.replaceChildren();
    if (data.index && q !== "") {
      var found = data.index.filter(function (e) { return e[2].indexOf(q) >= 0; });
      found.slice(0, 200).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e[3] + "#entry-" + e[0];
        a.textContent = e[1] + " (" + e[0] + ")";
        li.appendChild(a);
        results.appendChild(li);
      });
      status.textContent = found.length + " matching entries" + (found.length > 200 ? ", first 200 listed" : "");
    } else {
      status.textContent = q === "" ? "" : shown + " of " + entries.length + " entries on this page match";
    }
  });

  var rule = document.getElementById("filter-rule");
  var level = document.getElementById("filter-level");
  function filterFindings() {
    document.querySelectorAll("li.finding").forEach(function (li) {
      li.hidden = (rule.value !== "" && li.dataset.rule !== rule.value) ||
                  (level.value !== "" && li.dataset.level !== level.value);
    });
  }
  if (rule) rule.addEventListener("change", filterFindings);
  if (level) level.addEventListener("change", filterFindings);
})();
