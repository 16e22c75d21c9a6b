// From what someone typed to lunr's results, on every language's search page. search.js uses it in the page; the
// tests run the same file in node over lunr's own index of the same pages (tests/DirectoryPortal.Tests/lunr-oracle).
// docs/search.md explains each step. Plain ES5, so it runs on old phones.
//
//   DirectoryPortalQuery(lunr, index, data).run(query) -> lunr's results, best first
//
// data is what the index script sets (window.DirectoryPortalSearch): "synonyms" (editors' groups), "languages"
// (languages' names, see generator/Index/LanguageNameSynonyms.cs), and for any language but English
// "language": which fields hold the language's own words and which the English words of the same pages, the
// language's index pipeline, its search pipeline without the stemmer, and which fold it uses.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory;
  else root.DirectoryPortalQuery = factory;
}(this, function (lunr, index, data) {
  "use strict";
  var TRAILING = lunr.Query.wildcard.TRAILING;

  function nonEmpty(t) { return t.length > 0; }
  function isEnglishStopWord(t) { return lunr.stopWordFilter(new lunr.Token(t, {})) === undefined; }

  // Languages' names ("polski", "Polish", "اردو"): a query holding one of a language's names (data.languages[].n, lower
  // case, also without diacritics) also searches for the words in .t, its English name and the site's own name for it.
  // matchKey gives the query's words as those names are written, joined by single spaces.
  function languageNamesFor(query, matchKey) {
    var padded = " " + matchKey(query) + " ";
    var found = [];
    (data.languages || []).forEach(function (group) {
      if (group.n.some(function (name) { return padded.indexOf(" " + name + " ") >= 0; })) found = found.concat(group.t);
    });
    return found;
  }

  // English: lunr's pipeline, as the site has always searched.
  function english() {
    // Same cleaning lunr applies when indexing: lower case, split on spaces and hyphens, trim punctuation.
    function tokens(text) {
      return text.toLowerCase().split(/[\s\-]+/)
        .map(function (t) { return t.replace(/^\W+/, "").replace(/\W+$/, ""); })
        .filter(nonEmpty);
    }

    // Editors' synonym groups: a query word or phrase from a group also searches for the rest of it.
    function synonymsFor(query) {
      var padded = " " + tokens(query).join(" ") + " ";
      var extra = [];
      (data.synonyms || []).forEach(function (group) {
        var hit = group.some(function (term) { return padded.indexOf(" " + tokens(term).join(" ") + " ") >= 0; });
        if (!hit) return;
        group.forEach(function (term) { tokens(term).forEach(function (t) { extra.push(t); }); });
      });
      return extra;
    }

    // The English page has no lunr-unicode.js: a query's words are only cut free of punctuation to compare them with
    // languages' names, which may be in any script.
    var PUNCTUATION = "[\\u0000-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00bf\\u00d7\\u00f7\\u060c\\u061b\\u061f\\u066a-\\u066d\\u06d4" +
      "\\u0964\\u0965\\u2000-\\u206f\\u2e00-\\u2e7f\\u3000-\\u303f]+";
    var edges = new RegExp("^" + PUNCTUATION + "|" + PUNCTUATION + "$", "g");
    function nameKey(text) {
      return text.toLowerCase().split(/[\s\-]+/).map(function (t) { return t.replace(edges, ""); }).filter(nonEmpty).join(" ");
    }
    function namesFor(query) {
      var extra = [];
      languageNamesFor(query, nameKey).forEach(function (term) { tokens(term).forEach(function (t) { extra.push(t); }); });
      return extra;
    }

    return function (query) {
      var words = tokens(query).filter(function (t) { return !isEnglishStopWord(t); });
      var extra = synonymsFor(query).concat(namesFor(query)).filter(function (t) { return !isEnglishStopWord(t) && words.indexOf(t) < 0; });
      if (words.length === 0 && extra.length === 0) return [];
      return index.query(function (q) {
        words.forEach(function (t, i) {
          var last = i === words.length - 1;
          q.term(t, { boost: 10 });
          // The word being typed is probably unfinished, so it also matches as a prefix.
          if (last && t.length >= 2) q.term(t, { boost: 4, usePipeline: false, wildcard: TRAILING });
          // Longer words tolerate typing mistakes ("marrage", "harrasment").
          if (t.length >= 5) q.term(t, { boost: 1, editDistance: t.length >= 8 ? 2 : 1 });
        });
        extra.forEach(function (t) { q.term(t, { boost: 5 }); });
      });
    };
  }

  // Any other language: each word is searched in the language's own words through its pipelines, and in the
  // English words of the same pages through lunr's English ones; when the query is in the page's language, pages
  // that match in that language come first.
  function other(settings) {
    var dp = lunr.directoryPortal;
    var own = settings.fields;
    var englishFields = settings.english || [];
    var indexPipeline = lunr.Pipeline.load(settings.stop);
    var prefixPipeline = lunr.Pipeline.load(settings.prefix);
    var fold = dp.fold[settings.fold] || dp.fold.latin;
    var isOwn = {};
    own.forEach(function (f) { isOwn[f] = true; });

    // Lower case and split as lunr's tokenizer does; trimmed of punctuation and symbols but not of letters or marks of any script.
    function words(text) { return text.toLowerCase().split(/[\s\-]+/).map(dp.trim).filter(nonEmpty); }
    // Folded, so a phrase typed without its diacritics still finds its synonym group.
    function key(text) { return words(text).map(fold).join(" "); }

    var groups = (data.synonyms || []).map(function (group) {
      var all = [];
      group.forEach(function (term) { words(term).forEach(function (w) { all.push(w); }); });
      return { keys: group.map(key).filter(nonEmpty), words: all };
    });

    function synonymsFor(query) {
      var padded = " " + key(query) + " ";
      var extra = [];
      groups.forEach(function (group) {
        if (!group.keys.some(function (k) { return padded.indexOf(" " + k + " ") >= 0; })) return;
        group.words.forEach(function (w) { extra.push(w); });
      });
      return extra;
    }

    // The word's term in the language's own fields: its search pipeline's, as lunr would run it; none for a word the
    // index pipeline drops (a stop word), for an English stop word (English words and names turn up in translated
    // text), or for a word the pipeline trims away (another script's letters).
    function ownTerm(w) {
      if (isEnglishStopWord(w) || indexPipeline.runString(w).length === 0) return null;
      return index.pipeline.runString(w)[0] || null;
    }

    // The word's term in the English fields: lunr's English trimmer, stop words and stemmer.
    function englishWord(w) {
      var t = w.replace(/^\W+/, "").replace(/\W+$/, "");
      return englishFields.length === 0 || t.length === 0 || isEnglishStopWord(t) ? null : t;
    }
    function englishStem(t) { return lunr.stemmer(new lunr.Token(t, {})).toString(); }

    function addWord(q, w, boost, last) {
      var term = ownTerm(w);
      if (term) {
        q.term(term, { fields: own, boost: boost, usePipeline: false });
        if (last && w.length >= 2) {
          var prefix = prefixPipeline.runString(w)[0];
          if (prefix) q.term(prefix, { fields: own, boost: 4, usePipeline: false, wildcard: TRAILING });
        }
        if (boost === 10 && w.length >= 5) q.term(term, { fields: own, boost: 1, usePipeline: false, editDistance: w.length >= 8 ? 2 : 1 });
      }
      var e = englishWord(w);
      if (e) {
        var stem = englishStem(e);
        q.term(stem, { fields: englishFields, boost: boost, usePipeline: false });
        if (last && e.length >= 2) q.term(e, { fields: englishFields, boost: 4, usePipeline: false, wildcard: TRAILING });
        if (boost === 10 && e.length >= 5) q.term(stem, { fields: englishFields, boost: 1, usePipeline: false, editDistance: e.length >= 8 ? 2 : 1 });
      }
      return term !== null || e !== null;
    }

    var has = Object.prototype.hasOwnProperty;

    // Whether any of a result's matches is in the language's own fields.
    function inOwnLanguage(result) {
      var terms = result.matchData.metadata;
      for (var term in terms) {
        if (!has.call(terms, term)) continue;
        for (var field in terms[term]) if (isOwn[field] === true) return true;
      }
      return false;
    }

    // Whether the index has the term in any of these fields.
    function indexed(term, fields) {
      if (!has.call(index.invertedIndex, term)) return false;
      var posting = index.invertedIndex[term];
      for (var i = 0; i < fields.length; i++) {
        for (var ref in posting[fields[i]]) if (has.call(posting[fields[i]], ref)) return true;
      }
      return false;
    }

    // A word typed in the page's language: the index has it in the language's own words and not in the English ones.
    // "przemoc" is; "refuge", "999" and service names, found in both, are not, nor are English words.
    function inPageLanguage(w) {
      var term = ownTerm(w);
      if (!term || !indexed(term, own)) return false;
      var e = englishWord(w);
      return !(e && indexed(englishStem(e), englishFields));
    }

    function run(query) {
      var typed = words(query);
      var extra = synonymsFor(query).concat(languageNamesFor(query, key)).filter(function (w) { return typed.indexOf(w) < 0; });
      var any = false;
      var results = index.query(function (q) {
        typed.forEach(function (w, i) { if (addWord(q, w, 10, i === typed.length - 1)) any = true; });
        extra.forEach(function (w) { if (addWord(q, w, 5, false)) any = true; });
      });
      if (!any) return [];
      // Someone who types in the page's language gets the pages that match in it first; a query in English (or
      // only of words found in both languages) is ranked as lunr scores it, as on the English page.
      if (!typed.some(inPageLanguage)) return results;
      // A stable sort by hand: older browsers' Array.sort is not stable.
      return results
        .map(function (r, i) { return { r: r, i: i, tier: inOwnLanguage(r) ? 0 : 1 }; })
        .sort(function (a, b) { return a.tier - b.tier || a.i - b.i; })
        .map(function (x) { return x.r; });
    }

    return { run: run, inPageLanguage: function (query) { return words(query).some(inPageLanguage); } };
  }

  // run(query): lunr's results, best first. inPageLanguage(query): whether run put the pages matching in the page's
  // own language first (never on the English page).
  return data.language ? other(data.language) : { run: english(), inPageLanguage: function () { return false; } };
}));
