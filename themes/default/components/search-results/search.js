// Search runs entirely in the browser: the query never leaves the device and is never stored.
// Needs lunr.min.js (with the language's lunr-languages and lunr-unicode.js scripts), search-reader.js, the
// language's index script (search-index.js) and search-query.js loaded first. A big directory's index comes in
// parts, loaded as queries need them, so searching and showing are asynchronous.
(function () {
  "use strict";
  var root = document.querySelector("[data-search]");
  var indexes = window.DirectoryPortalIndex;
  if (!root || !window.lunr || !indexes || indexes.names().length === 0 || !window.DirectoryPortalQuery) return;

  var index = indexes.open();
  var data = index.extra;
  // Results are shown a page at a time: each shown result's entry is loaded from the index's store.
  var pageSize = 10;
  var matches = [];
  var latest = 0;
  // When the matches were found: "Open now" filtered them, and their hours are described, at that moment.
  var matchedAt = new Date();
  var more = root.querySelector("[data-search-more]");
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
    "results-other": "{count} results for \u201c{query}\u201d",
    "load-error": "Search could not load. Reload the page and try again."
  };
  Object.keys(root.dataset).forEach(function (key) {
    if (key.indexOf("i18n") === 0) ui[key.slice(4).replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }).replace(/^-/, "")] = root.dataset[key];
  });
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : { select: function (n) { return n === 1 ? "one" : "other"; } };
  // opening-hours.js says whether a service is open now, in UK time. The page loads it after this script,
  // so a query's index parts are already on their way while it sets up its clock (slow on a cheap phone);
  // results are drawn, and "Open now" tested, once the page's scripts have all run.
  var hours = null, hourWords = null;
  // A deferred script runs while the document is "interactive", before DOMContentLoaded, which comes once every
  // deferred script has run; the load event covers a page where this script ran later.
  var pageReady = new Promise(function (resolve) {
    if (document.readyState === "complete") resolve();
    else {
      document.addEventListener("DOMContentLoaded", function () { resolve(); });
      window.addEventListener("load", function () { resolve(); });
    }
  }).then(function () {
    hours = window.DirectoryPortalHours || null;
    hourWords = hours ? hours.words() : null;
  });

  root.hidden = false;
  if (fallback) fallback.hidden = true;

  // search-query.js turns the words into lunr's results, through this language's pipelines (docs/search.md).
  var search = window.DirectoryPortalQuery(lunr, index, data);
  function run(query) { return search.run(query); }

  function selected() {
    var f = {};
    filters.forEach(function (el) { f[el.getAttribute("data-filter")] = el.type === "checkbox" ? el.checked : el.value; });
    return f;
  }

  function filtering(f) {
    return Object.keys(f).some(function (key) { return f[key]; });
  }

  // The flags (index.filters) a result must hold to pass the set filters, but "Open now": a category, audience or
  // language is a flag of its own ("c=housing"), as are open 24/7 ("o") and free ("f"). A big directory's index loads
  // only the parts asked for, so ticking "Free" costs a bit per document, not every document's categories and hours.
  function flagsOf(f) {
    var flags = [];
    if (f.category) flags.push("c=" + f.category);
    if (f.audience) flags.push("a=" + f.audience);
    if (f.language) flags.push("l=" + f.language);
    if (f.open247) flags.push("o");
    if (f.free) flags.push("f");
    return flags;
  }

  // Everything the set filters ask of the index: their flags and, for "Open now", open 24/7 and the weekly hours.
  function testsOf(f) {
    var tests = flagsOf(f);
    if (f.opennow) tests = tests.concat(tests.indexOf("o") < 0 ? ["o", "w"] : ["w"]);
    return tests;
  }

  // A service's hours as opening-hours.js reads them: "always", its weekly spans, or null when not known.
  function hoursOf(doc) { return doc.o ? "always" : (doc.w || null); }

  // Whether a result passes the filters, from its answers to testsOf(f); `flags` is flagsOf(f), worked out once a search.
  function passes(doc, f, flags, now) {
    if (f.opennow && !(hours && hoursOf(doc) && hours.status(hoursOf(doc), now).open)) return false;
    for (var i = 0; i < flags.length; i++) if (!doc[flags[i]]) return false;
    return true;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function draw(doc) {
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
      var state = hours.describe(hoursOf(doc), matchedAt, hourWords);
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
    return a;
  }

  // Draws the next page of results; resolves with the first new result's link. The results whose entries are at hand
  // are drawn at once, and `shown` is called, before the rest are loaded: on a slow connection the best matches do not
  // wait for the others.
  function showMore(token, shown) {
    var from = list.children.length, page = matches.slice(from, from + pageSize);
    var first = null;
    function drawAll(docs) { docs.forEach(function (doc) { var a = draw(doc); first = first || a; }); }
    var now = index.docsAtHand(page);
    drawAll(now);
    if (now.length && shown) shown();
    // Until this page of results is whole.
    if (now.length < page.length) list.setAttribute("aria-busy", "true");
    return index.docs(page.slice(now.length)).then(function (docs) {
      if (token !== latest) return null;
      drawAll(docs);
      list.removeAttribute("aria-busy");
      if (more) more.hidden = list.children.length >= matches.length;
      if (shown) shown();
      return first;
    });
  }

  // The last search started: its words and filters, and once its first page is drawn, its status line and when.
  var last = null;

  function render(query) {
    var f = selected();
    var token = ++latest;
    var now = new Date();
    var started = last = { query: query, filters: JSON.stringify(f), text: null, at: 0 };
    // A search that fails at once fails like one that fails later: the status line says so, and Enter tries again.
    Promise.all([new Promise(function (resolve) { resolve(run(query)); }), pageReady]).then(function (found) {
      var refs = found[0].map(function (r) { return r.ref; });
      if (!filtering(f)) return refs;
      var flags = flagsOf(f);
      return index.filters(refs, testsOf(f)).then(function (values) { return refs.filter(function (ref, i) { return passes(values[i], f, flags, now); }); });
    }).then(function (refs) {
      if (token !== latest) return;
      matches = refs;
      matchedAt = now;
      list.textContent = "";
      var text = !query.trim() ? "" : matches.length === 0 ? ui["no-results"] :
        (ui["results-" + plural.select(matches.length)] || ui["results-other"]).replace("{count}", String(matches.length)).replace("{query}", query.trim());
      // Said once, as soon as the first results are drawn: said again when the rest come, a screen reader would repeat it.
      var said = false;
      return showMore(token, function () {
        if (said || token !== latest) return;
        said = true;
        status.textContent = text;
      }).then(function () {
        if (token !== latest) return;
        started.text = text;
        started.at = Date.now();
      });
    }).catch(function () {
      if (token !== latest) return;
      last = null;
      list.removeAttribute("aria-busy");
      status.textContent = ui["load-error"];
    });
  }

  var timer = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { render(input.value); }, 120);
  }

  input.addEventListener("input", schedule);
  filters.forEach(function (el) { el.addEventListener("change", function () { render(input.value); }); });
  if (more) more.addEventListener("click", function () {
    showMore(latest).then(function (first) { if (first) first.focus(); });
  });
  // Whether Enter would only repeat the last search: the same words and filters, still running, or drawn a moment ago
  // (later, its "Open now" lines may be out of date).
  function repeats(query) {
    return !!last && last.query === query && last.filters === JSON.stringify(selected()) &&
      (last.text === null || Date.now() - last.at < 30000);
  }

  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    // The search the last key scheduled would only repeat this one, on a phone that has no time to spare.
    clearTimeout(timer);
    // Nor is a search the keys already started begun again: the results come when it ends. Drawn already, they stay
    // as they are (with any further pages shown), and the status line says again how many there are.
    if (repeats(input.value)) {
      if (last.text !== null) status.textContent = last.text;
      return;
    }
    render(input.value);
  });

  // A link from a partner site may carry ?q=. Use it, then drop it from this history entry.
  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    try { history.replaceState(null, "", window.location.pathname); } catch (e) { /* file:// in some browsers */ }
    render(initial);
  } else {
    // Nothing to search yet: build the vocabulary's automaton now, not when the first word is typed on a slow phone,
    // then, in a later idle moment, let the reader practise scoring (index.warm()). Two steps, so neither holds up a
    // key pressed meanwhile for long; each is left out once a search has started, which does the same work itself.
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 200); };
    pageReady.then(function () {
      idle(function () {
        if (latest !== 0) return;
        index.vocabulary();
        idle(function () { if (latest === 0) index.warm(); });
      });
    });
  }
})();
