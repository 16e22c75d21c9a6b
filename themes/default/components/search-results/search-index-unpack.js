// Turns the packed index that the generator writes (generator/Index/LunrPackedWriter.cs) back into lunr.js's own
// serialized form, so lunr.Index.load gets exactly what lunr would have written itself.
(function (root) {
  "use strict";
  function unpack(p) {
    var postings = Object.create(null);
    p.t.forEach(function (term, i) {
      var posting = { _index: i };
      p.f.forEach(function (field) { posting[field] = {}; });
      postings[term] = posting;
    });
    var fieldVectors = p.x.map(function (e) {
      var field = p.f[e[0]];
      var ref = p.r[e[1]];
      var elements = [];
      var term = 0;
      for (var i = 2; i < e.length; i += 2) {
        term += e[i];
        elements.push(term, e[i + 1] / 1000);
        postings[p.t[term]][field][ref] = {};
      }
      return [field + "/" + ref, elements];
    });
    // lunr writes its inverted index sorted the way JavaScript's default sort orders strings.
    var sorted = p.t.slice().sort();
    return {
      version: p.v,
      fields: p.f,
      fieldVectors: fieldVectors,
      invertedIndex: sorted.map(function (term) { return [term, postings[term]]; }),
      pipeline: p.p
    };
  }
  if (typeof module !== "undefined" && module.exports) module.exports = unpack;
  else root.DirectoryPortalUnpack = unpack;
})(this);
