// The citation audit pages' behaviour: highlight pop-ups, the search box, the findings filters.
// It reads the content only through textContent and dataset, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("audit-data").textContent);
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
