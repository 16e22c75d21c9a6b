// Search runs entirely in the browser: the query never leaves the device and is never stored.
// Needs lunr.min.js (with the language's lunr-languages and lunr-unicode.js scripts), search-index-unpack.js, the
// language's search-index.js (which sets window.DirectoryPortalSearch) and search-query.js loaded first.
(function () {
  "use strict";
  var root = document.querySelector("[data-search]");
  var data = window.DirectoryPortalSearch;
  if (!root || !data || !window.lunr || !window.DirectoryPortalUnpack || !window.DirectoryPortalQuery) return;

  var index = lunr.Index.load(window.DirectoryPortalUnpack(data.index));
  var docs = data.docs;
  var input = root.querySelector("#search-q");
  var list = root.querySelector("[data-search-list]");
  var status = root.querySelector("[data-search-status]");
  var filters = root.querySelectorAll("[data-filter]");
  var fallback = document.querySelector(".search-page__nojs");
  // The theme's English words (i18n/en.yml, search.script.*); a page in another language gives its own in
  // data-i18n-* attributes on the search area.
  var ui = {
    "information-page": "Information page",
    "service": "Service",
    "call": "Call:",
    "no-results": "No results. Try another word, or browse by need or the A to Z.",
    "results-one": "{count} result for \u201c{query}\u201d",
    "results-other": "{count} results for \u201c{query}\u201d"
  };
  Object.keys(root.dataset).forEach(function (key) {
    if (key.indexOf("i18n") === 0) ui[key.slice(4).replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }).replace(/^-/, "")] = root.dataset[key];
  });
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : { select: function (n) { return n === 1 ? "one" : "other"; } };
  // opening-hours.js (loaded before this script) says whether a service is open now, in UK time.
  var hours = window.DirectoryPortalHours;
  var hourWords = hours ? hours.words() : null;

  root.hidden = false;
  if (fallback) fallback.hidden = true;

  // search-query.js turns the words into lunr's results, through this language's pipelines (docs/search.md).
  var search = window.DirectoryPortalQuery(lunr, index, data);

  function selected() {
    var f = {};
    filters.forEach(function (el) { f[el.getAttribute("data-filter")] = el.type === "checkbox" ? el.checked : el.value; });
    return f;
  }

  // A service's hours as opening-hours.js reads them: "always", its weekly spans, or null when not known.
  function hoursOf(doc) { return doc.o ? "always" : (doc.w || null); }

  function passes(doc, f, now) {
    if (f.category && doc.c.indexOf(f.category) < 0) return false;
    if (f.audience && doc.a.indexOf(f.audience) < 0) return false;
    if (f.language && doc.l.indexOf(f.language) < 0) return false;
    if (f.open247 && !doc.o) return false;
    if (f.opennow && !(hours && hoursOf(doc) && hours.status(hoursOf(doc), now).open)) return false;
    if (f.free && !doc.f) return false;
    return true;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function render(query) {
    var f = selected();
    var now = new Date();
    var results = search.run(query).map(function (r) { return docs[+r.ref]; }).filter(function (d) { return passes(d, f, now); });
    list.textContent = "";
    results.forEach(function (doc) {
      var li = element("li");
      var h = element("h2");
      var a = element("a", null, doc.t);
      a.href = doc.u;
      h.appendChild(a);
      li.appendChild(h);
      if (doc.s) li.appendChild(element("p", null, doc.s));
      var meta = element("p", "search-results__meta", (doc.k === "g" ? ui["information-page"] : ui.service) +
        (doc.c.length ? ": " + doc.c.map(function (c) { return (data.categories || {})[c] || c; }).join(", ") : ""));
      li.appendChild(meta);
      if (hours && hourWords && hoursOf(doc)) {
        var state = hours.describe(hoursOf(doc), now, hourWords);
        li.appendChild(element("p", "search-results__hours search-results__hours--" + (state.open ? "open" : "closed"), state.text));
      }
      if (doc.p) {
        var phone = element("p", "search-results__phone", ui.call + " ");
        var link = element("a", null, doc.p);
        link.href = doc.h;
        // A number in groups stays in its order inside right-to-left text.
        link.dir = "ltr";
        phone.appendChild(link);
        li.appendChild(phone);
      }
      list.appendChild(li);
    });
    if (!query.trim()) status.textContent = "";
    else if (results.length === 0) status.textContent = ui["no-results"];
    else status.textContent = (ui["results-" + plural.select(results.length)] || ui["results-other"])
      .replace("{count}", String(results.length)).replace("{query}", query.trim());
  }

  var timer = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { render(input.value); }, 120);
  }

  input.addEventListener("input", schedule);
  filters.forEach(function (el) { el.addEventListener("change", function () { render(input.value); }); });
  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    render(input.value);
  });

  // A link from a partner site may carry ?q=. Use it, then drop it from this history entry.
  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    try { history.replaceState(null, "", window.location.pathname); } catch (e) { /* file:// in some browsers */ }
    render(initial);
  }
})();
