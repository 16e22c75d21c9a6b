// Reads the search index the generator writes (generator/Index/SplitIndexWriter.cs) and searches it exactly as
// lunr.js 2.3.9 searches the whole index, loading only the parts a query needs.
//
//   DirectoryPortalIndex.names()            names of the indexes on the page (a language code each)
//   var index = DirectoryPortalIndex.open(name)   the index of that name, or the first one without a name
//   index.search(function (q) { q.term(...) })   Promise of lunr's results, [{ ref, score }], best first
//   index.docs(refs)                        Promise of each ref's result-store entry
//   index.filters(refs, ["c=housing", "o"])  Promise of each ref's answers to those filter tests (all when not named)
//   index.docsAtHand(refs)                  the leading entries of those refs already loaded, without waiting
//   index.vocabulary() / index.warm()       builds what the first query needs (warm() also practises scoring), while
//                                           the page is idle; index.warmed is true once warm() has run
//   index.extra                             what the site put beside the index (categories, synonyms)
//
// The manifest (the index script the page loads) holds the whole vocabulary, so lunr's own code expands
// wildcard and fuzzy terms against exactly the terms of the whole index. Scores need only the field-vector
// entries of those terms, which the term parts carry beside their postings; a query then scores and orders
// documents as lunr's Index.prototype.query does, adding the same numbers in the same order.
(function (root) {
  "use strict";
  var lunr = root.lunr;
  // Each index script pushes its manifest here, whether it runs before this script or after.
  function manifests() { return root.DirectoryPortalIndexes || []; }
  var waiting = Object.create(null);
  var opened = Object.create(null);

  // Adds a script to the page; a part script calls DirectoryPortalIndex.part when it runs. Scripts, not
  // fetch, so parts load from file:// too. Replaceable, so tests can load parts without a browser.
  function loadScript(url, done, fail) {
    var script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = done;
    script.onerror = fail;
    document.head.appendChild(script);
  }

  function part(key, payload) {
    var wait = waiting[key];
    if (wait) wait.payload = payload;
  }

  function decodeVocabulary(coded) {
    var terms = new Array(coded.length), previous = "";
    for (var i = 0; i < coded.length; i++) {
      previous = previous.slice(0, coded[i].charCodeAt(0) - 48) + coded[i].slice(1);
      terms[i] = previous;
    }
    return terms;
  }

  function Index(entry) {
    var m = entry.index;
    this.name = entry.name;
    this.extra = m.x || {};
    this.version = m.v;
    this.fields = m.f;
    this.pipelineNames = m.p;
    this.pipeline = lunr.Pipeline.load(m.p);
    this.refs = m.r || null;
    this.size = m.n;
    this.terms = decodeVocabulary(m.w);
    this.inline = m.inline || null;
    this.dir = m.dir;
    this.base = entry.src ? entry.src.slice(0, entry.src.lastIndexOf("/") + 1) : "";
    this.tokenSet = null;
    this.postings = Object.create(null);
    this.loaded = Object.create(null);
    // Which part holds a term is found by its number in the sorted vocabulary (runOf), not kept in a table of every
    // term: that table took a slow phone's time on every search page, and memory in proportion to the vocabulary.
    this.termParts = [];
    this.partByKey = Object.create(null);
    var at = 0, self = this;
    // Parts are named in runs of m.b, each run by one hash: "t3.<hash of t0 to t63>".
    function key(kind, k, hashes) { return self.dir + kind + k + "." + hashes[Math.floor(k / m.b)]; }
    m.t.forEach(function (count, k) {
      var part = { key: key("t", k, m.th), start: at, count: count };
      self.termParts.push(part);
      self.partByKey[part.key] = part;
      at += count;
    });
    // Store entries of the results a search for each word most likely shows first, in runs of terms of their own that
    // cover the whole vocabulary (an index inside its manifest, for a small site, has none).
    this.carriedParts = [];
    this.carried = Object.create(null);
    at = 0;
    (m.c || []).forEach(function (count, k) {
      self.carriedParts.push({ key: key("c", k, m.ch), start: at });
      at += count;
    });
    this.storeSize = m.d;
    this.storeParts = [];
    for (var k = 0; k * m.d < m.n; k++) this.storeParts.push(key("d", k, m.dh));
    // A part per test a filter makes ("o", "c=housing", ...; SearchFilters): a filter loads only what it tests.
    this.filterParts = Object.create(null);
    m.a.forEach(function (test, k) { self.filterParts[test] = key("f", k, m.ah); });
    // Store and filter parts, by key, as their JSON reads (takeChunk).
    this.chunks = Object.create(null);
    // Parts the last search loaded or found loaded: what a query touches, for the benchmark.
    this.lastParts = [];
  }

  // For search-query.js, which also runs over lunr's own index in the tests.
  Index.prototype.isSplit = true;

  // The term's number in the vocabulary (sorted as lunr.TokenSet.fromArray needs it), or -1 for a term it lacks.
  Index.prototype.termNumber = function (term) {
    var lo = 0, hi = this.terms.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, t = this.terms[mid];
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid - 1;
      else return mid;
    }
    return -1;
  };

  // The last of these parts (runs of terms, each with its first term number as `start`) starting at or before term i:
  // runs are consecutive, so that part holds term i.
  function runOf(parts, i) {
    var lo = 0, hi = parts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (parts[mid].start <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // The term part holding a term of the vocabulary.
  Index.prototype.partOf = function (term) { return runOf(this.termParts, this.termNumber(term)); };

  // The carried part with entries for a term, or -1 when no part of its own carries them: none has any, or the term
  // is a term part of its own, which carries them (one file a common word, not two; SplitIndexWriter's OwnPart).
  Index.prototype.carriedOf = function (term) {
    var i = this.termNumber(term);
    if (i < 0 || this.carriedParts.length === 0 || this.termParts[runOf(this.termParts, i)].count === 1) return -1;
    return runOf(this.carriedParts, i);
  };

  // Whether the term holds any document in any of these fields; known once a search has loaded the term's part (a
  // term the index lacks holds none).
  Index.prototype.has = function (term, fields) {
    var posting = this.postings[term];
    if (!posting) {
      if (this.termNumber(term) >= 0) throw new Error("The part holding " + term + " is not loaded.");
      return false;
    }
    for (var i = 0; i < fields.length; i++) {
      var list = posting.fields[this.fields.indexOf(fields[i])];
      if (list && list.refs.length > 0) return true;
    }
    return false;
  };

  // Loads parts by key; resolves when every one has arrived and been taken in by `use`.
  Index.prototype.load = function (keys, use) {
    var self = this;
    return Promise.all(keys.map(function (key) {
      if (self.loaded[key]) return self.loaded[key];
      var promise;
      if (self.inline && key in self.inline) promise = Promise.resolve(self.inline[key]);
      else promise = new Promise(function (resolve, reject) {
        var wait = waiting[key] = waiting[key] || { payload: undefined };
        DirectoryPortalIndex.loadScript(self.base + key + ".js", function () {
          if (wait.payload === undefined) reject(new Error("Search index part " + key + " did not load."));
          else resolve(wait.payload);
        }, function () { reject(new Error("Search index part " + key + " is missing: the site may have been rebuilt.")); });
      });
      self.loaded[key] = promise.then(function (payload) { use(key, payload); }, function (error) {
        delete self.loaded[key];
        throw error;
      });
      return self.loaded[key];
    }));
  };

  // The generator's number alphabet (SplitIndexWriter.Digits): five bits a character, more to come from 32 up.
  var digit = new Int8Array(128);
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("").forEach(function (c, i) { digit[c.charCodeAt(0)] = i; });

  // Term parts: per term, lunr's term number and per field its postings, as ref ids and field-vector weights. A part
  // of one term also brings that term's carried entries: [postings, carried].
  Index.prototype.takeTerms = function (key, text) {
    if (typeof text !== "string") {
      this.takeCarried(key, text[1]);
      text = text[0];
    }
    var p = this.partByKey[key];
    var at = 0, nf = this.fields.length;
    function next() {
      var value = 0, shift = 1, d;
      while ((d = digit[text.charCodeAt(at++)]) >= 32) { value += (d - 32) * shift; shift *= 32; }
      return value + d * shift;
    }
    for (var i = 0; i < p.count; i++) {
      var index = next(), fields = [];
      for (var f = 0; f < nf; f++) {
        var n = next();
        if (n === 0) { fields.push(null); continue; }
        var m = next(), refs = new Int32Array(n), weights = new Float64Array(n), ref = 0, j;
        for (j = 0; j < n; j++) {
          var z = next();
          ref += z % 2 ? -(z + 1) / 2 : z / 2;
          refs[j] = ref;
        }
        // The number lunr stores is its score rounded to three decimals: thousandths / 1000 gives it back.
        var table = new Float64Array(m);
        for (j = 0; j < m; j++) table[j] = next() / 1000;
        for (j = 0; j < n; j++) weights[j] = table[m > 1 ? next() : 0];
        fields.push({ refs: refs, weights: weights });
      }
      this.postings[this.terms[p.start + i]] = { index: index, fields: fields };
    }
  };

  // Every document's ref by its number: the index's own, or the numbers as text, made once, not once per result of
  // every query.
  Index.prototype.refNames = function () {
    if (this.refs) return this.refs;
    if (!this.numbers) {
      this.numbers = new Array(this.size);
      for (var i = 0; i < this.size; i++) this.numbers[i] = String(i);
    }
    return this.numbers;
  };

  Index.prototype.ref = function (id) { return this.refNames()[id]; };

  Index.prototype.idOf = function (ref) {
    if (!this.refs) return +ref;
    if (!this.ids) {
      this.ids = Object.create(null);
      for (var i = 0; i < this.refs.length; i++) this.ids[this.refs[i]] = i;
    }
    return this.ids[ref];
  };

  // The vocabulary as lunr's automaton, which every query's expansion needs: built by the first query, or before
  // it by warm() while the page is idle.
  Index.prototype.vocabulary = function () {
    return this.tokenSet || (this.tokenSet = lunr.TokenSet.fromArray(this.terms));
  };

  // Work the first query would otherwise do while someone waits for it: the vocabulary's automaton, and practice runs
  // of scoring over made-up postings, so that the browser has compiled the scoring loops before a real query needs
  // them (on a slowed CPU the first two searches of a fresh page spent 25 to 45 ms more in them than later ones).
  // Nothing is loaded, and nothing the index holds changes.
  Index.prototype.warm = function () {
    this.vocabulary();
    var practice = Object.create(null), query = new lunr.Query(this.fields), steps = [], nf = this.fields.length;
    // One made-up posting list, spread over the documents, for every practice term and field.
    var n = Math.min(this.size, 1000), list = { refs: new Int32Array(n), weights: new Float64Array(n) };
    for (var i = 0; i < n; i++) {
      list.refs[i] = Math.floor(i * this.size / n);
      list.weights[i] = 0.5 + (i % 7) / 10;
    }
    for (var t = 0; t < 3; t++) {
      var fields = [];
      for (var f = 0; f < nf; f++) fields.push(f === t % nf ? null : list);
      practice["practice " + t] = { index: t, fields: fields };
      query.term("practice " + t, { boost: 10 - 3 * t, usePipeline: false });
      steps.push({ clause: query.clauses[t], terms: ["practice " + t] });
    }
    for (var run = 0; run < 3; run++) this.score({ steps: steps }, practice);
    this.warmed = true;
  };

  // What lunr's query does before it looks at any posting: run each clause's term through the pipeline
  // and expand it against the vocabulary, with lunr's own code.
  Index.prototype.plan = function (buildQuery) {
    this.vocabulary();
    var query = new lunr.Query(this.fields), steps = [], terms = Object.create(null), simple = true;
    buildQuery.call(query, query);
    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i];
      if (clause.presence !== lunr.Query.presence.OPTIONAL) simple = false;
      var analysed = clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      for (var m = 0; m < analysed.length; m++) {
        clause.term = analysed[m];
        var expanded = this.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray();
        steps.push({ clause: clause, terms: expanded });
        expanded.forEach(function (t) { terms[t] = true; });
      }
    }
    return { query: query, steps: steps, terms: Object.keys(terms), simple: simple, negated: query.isNegated() };
  };

  // Carried store entries: [id, entry, id, entry, ...].
  Index.prototype.takeCarried = function (key, payload) {
    for (var i = 0; i < payload.length; i += 2) this.carried[payload[i]] = payload[i + 1];
  };

  Index.prototype.search = function (buildQuery) {
    var self = this, plan = this.plan(buildQuery), parts = Object.create(null), carried = Object.create(null);
    plan.terms.forEach(function (t) { parts[self.termParts[self.partOf(t)].key] = true; });
    // With the words' own terms (not their misspellings or longer forms), the entries of their likely first
    // results, in the same round.
    plan.steps.forEach(function (step) {
      if (step.clause.wildcard !== lunr.Query.wildcard.NONE || step.clause.editDistance) return;
      step.terms.forEach(function (t) {
        var c = self.carriedOf(t);
        if (c >= 0) carried[self.carriedParts[c].key] = true;
      });
    });
    this.lastParts = Object.keys(parts).concat(Object.keys(carried));
    return this.load(this.lastParts, function (key, payload) {
      if (key in carried) self.takeCarried(key, payload);
      else self.takeTerms(key, payload);
    }).then(function () {
      return plan.simple ? self.score(plan) : self.partialIndex(plan.negated).query(buildQuery);
    });
  };

  // lunr's Index.prototype.query for queries whose clauses are all optional (what the search page asks),
  // with typed arrays instead of an object per matching field. Same sums in the same order, same ties.
  // `postings` is the index's own unless warm() gives its practice ones.
  Index.prototype.score = function (plan, postings) {
    postings = postings || this.postings;
    var fields = this.fields, nf = fields.length, fieldNumber = Object.create(null);
    var queryVectors = fields.map(function (f, i) { fieldNumber[f] = i; return new lunr.Vector(); });
    // A (field, document) pair's place in the order lunr first meets it: slot + 1, or 0 before then.
    // The loops below run once, cold, for a page opened with a query, so they keep lookups out of their inner loops.
    var slotOf = new Int32Array(this.size * nf), slotField = new Int32Array(this.size * nf), slotRef = new Int32Array(this.size * nf);
    var slots = 0, seen = Object.create(null);
    var byIndex = Object.create(null);
    for (var s = 0; s < plan.steps.length; s++) {
      var clause = plan.steps[s].clause, expanded = plan.steps[s].terms;
      for (var j = 0; j < expanded.length; j++) {
        var posting = postings[expanded[j]];
        byIndex[posting.index] = posting;
        for (var k = 0; k < clause.fields.length; k++) {
          var field = fields[fieldNumber[clause.fields[k]]], f = fieldNumber[field];
          queryVectors[f].upsert(posting.index, clause.boost, function (a, b) { return a + b; });
          var termField = expanded[j] + "/" + field;
          if (seen[termField]) continue;
          var list = posting.fields[f];
          if (list) {
            var listRefs = list.refs, n = listRefs.length;
            for (var l = 0; l < n; l++) {
              var at = listRefs[l] * nf + f;
              if (slotOf[at] === 0) {
                slotRef[slots] = listRefs[l];
                slotField[slots] = f;
                slotOf[at] = ++slots;
              }
            }
          }
          seen[termField] = true;
        }
      }
    }
    // Each pair's dot product with its field's query vector, term by term in ascending term number as
    // lunr.Vector.prototype.dot adds them.
    var dots = new Float64Array(slots);
    for (f = 0; f < nf; f++) {
      var elements = queryVectors[f].elements;
      for (var e = 0; e < elements.length; e += 2) {
        var postingList = byIndex[elements[e]].fields[f], boost = elements[e + 1];
        if (!postingList) continue;
        var pRefs = postingList.refs, pWeights = postingList.weights, pn = pRefs.length;
        for (l = 0; l < pn; l++) dots[slotOf[pRefs[l] * nf + f] - 1] += boost * pWeights[l];
      }
    }
    var magnitudes = queryVectors.map(function (v) { return v.magnitude(); });
    var results = [], matchOf = new Int32Array(this.size), names = this.refNames();
    // fieldMask: the fields the document matched in, a bit each in this.fields' order (what lunr's matchData tells).
    for (var i = 0; i < slots; i++) {
      var score = dots[i] / magnitudes[slotField[i]] || 0, ref = slotRef[i];
      if (matchOf[ref]) {
        var result = results[matchOf[ref] - 1];
        result.score += score;
        result.fieldMask |= 1 << slotField[i];
      } else {
        results.push({ ref: names[ref], score: score, fieldMask: 1 << slotField[i] });
        matchOf[ref] = results.length;
      }
    }
    return byScore(results);
  };

  // Results in the order lunr's stable sort by descending score gives them (ties keep the order they were met in),
  // without a comparator called some hundred thousand times for a common word's thousands of results: the distinct
  // scores are sorted as numbers by the engine itself, then each result goes to the next place its score owns.
  function byScore(results) {
    var n = results.length, scores = new Float64Array(n), i;
    for (i = 0; i < n; i++) scores[i] = results[i].score;
    scores.sort();
    var next = new Map();
    for (i = n - 1; i >= 0; i--) if (!next.has(scores[i])) next.set(scores[i], n - 1 - i);
    var sorted = new Array(n);
    for (i = 0; i < n; i++) {
      var at = next.get(results[i].score);
      sorted[at] = results[i];
      next.set(results[i].score, at + 1);
    }
    return sorted;
  }

  // For any other query (required or prohibited terms), a lunr.Index of the loaded terms runs lunr's own query.
  Index.prototype.partialIndex = function (negated) {
    var fields = this.fields, invertedIndex = Object.create(null), vectors = Object.create(null), self = this;
    function vector(key) { return vectors[key] || (vectors[key] = []); }
    // A query of only prohibited terms lists every document, in the whole index's order.
    if (negated) for (var r = 0; r < this.size; r++) fields.forEach(function (f) { vector(f + "/" + self.ref(r)); });
    Object.keys(this.postings).forEach(function (term) {
      var p = self.postings[term], posting = { _index: p.index };
      fields.forEach(function (field, f) {
        var byRef = posting[field] = {}, list = p.fields[f];
        if (!list) return;
        for (var l = 0; l < list.refs.length; l++) {
          var ref = self.ref(list.refs[l]);
          byRef[ref] = {};
          vector(field + "/" + ref).push([p.index, list.weights[l]]);
        }
      });
      invertedIndex[term] = posting;
    });
    var fieldVectors = Object.create(null);
    Object.keys(vectors).forEach(function (key) {
      var flat = [];
      vectors[key].sort(function (a, b) { return a[0] - b[0]; }).forEach(function (e) { flat.push(e[0], e[1]); });
      fieldVectors[key] = new lunr.Vector(flat);
    });
    return new lunr.Index({ invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: this.tokenSet, fields: fields, pipeline: this.pipeline });
  };

  // A store or filter part is JSON in a string, read once it arrives; inline in the manifest, it may be read already.
  Index.prototype.takeChunk = function (key, payload) {
    this.chunks[key] = typeof payload === "string" ? JSON.parse(payload) : payload;
  };

  function entries(index, refs, keyOf, chunk) {
    var ids = refs.map(function (ref) { return index.idOf(ref); });
    var keys = Object.create(null);
    ids.forEach(function (id) { keys[keyOf(id)] = true; });
    return index.load(Object.keys(keys), index.takeChunk.bind(index))
      .then(function () {
        return ids.map(function (id) { return index.chunks[keyOf(id)][chunk(id)]; });
      });
  }

  Index.prototype.docs = function (refs) {
    var self = this, carried = this.carried;
    // Only the entries no term part carried come from the store.
    var missing = refs.filter(function (ref) { return !(self.idOf(ref) in carried); });
    return entries(this, missing, function (id) { return self.storePartOf(id); }, function (id) { return id % self.storeSize; })
      .then(function (found) {
        var at = 0;
        return refs.map(function (ref) { var id = self.idOf(ref); return id in carried ? carried[id] : found[at++]; });
      });
  };

  // The key of the store part holding a document's entry; the entry is number id % storeSize in it.
  Index.prototype.storePartOf = function (id) { return this.storeParts[Math.floor(id / this.storeSize)]; };

  // The entries of these refs that are already at hand (carried, or in a store part loaded earlier), in order, up to
  // the first that is not: what the page can draw before another round of loading.
  Index.prototype.docsAtHand = function (refs) {
    var found = [], chunks = this.chunks;
    for (var i = 0; i < refs.length; i++) {
      var id = this.idOf(refs[i]), entry;
      if (id in this.carried) entry = this.carried[id];
      else {
        var chunk = chunks[this.storePartOf(id)];
        entry = chunk ? chunk[id % this.storeSize] : undefined;
      }
      if (entry === undefined) break;
      found.push(entry);
    }
    return found;
  };

  // Flag i of a filter part's string of flags: six to a character of the number alphabet, lowest bit first.
  function bit(flags, i) { return (digit[flags.charCodeAt((i / 6) | 0)] >> (i % 6) & 1) === 1; }

  // Each ref's answers to these tests (every test when none are named), as { test: value, ... }: true or false for a
  // flag ("o", "c=housing"; false for a value no document holds), the document's value for the rest ("w").
  Index.prototype.filters = function (refs, tests) {
    var self = this, ids = refs.map(function (ref) { return self.idOf(ref); });
    tests = tests || Object.keys(this.filterParts);
    for (var t = 0; t < tests.length; t++)
      if (!(tests[t] in this.filterParts) && tests[t].indexOf("=") < 0) return Promise.reject(new Error("The search index has no filter " + tests[t] + "."));
    var keys = tests.map(function (test) { return self.filterParts[test]; });
    return this.load(keys.filter(Boolean), this.takeChunk.bind(this))
      .then(function () {
        return ids.map(function (id) {
          var values = {};
          tests.forEach(function (test, t) {
            var part = keys[t] ? self.chunks[keys[t]] : null;
            values[test] = part === null ? false : typeof part === "string" ? bit(part, id) : part[id];
          });
          return values;
        });
      });
  };

  var DirectoryPortalIndex = {
    loadScript: loadScript,
    part: part,
    names: function () { return manifests().map(function (m) { return m.name; }); },
    open: function (name) {
      var entry = manifests().filter(function (m) { return name === undefined || m.name === name; })[0];
      if (!entry) throw new Error("No search index named " + name + " on this page.");
      return opened[entry.name] || (opened[entry.name] = new Index(entry));
    }
  };
  root.DirectoryPortalIndex = DirectoryPortalIndex;
  if (typeof module !== "undefined" && module.exports) module.exports = DirectoryPortalIndex;
})(typeof window !== "undefined" ? window : globalThis);
