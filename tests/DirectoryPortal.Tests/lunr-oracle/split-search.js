'use strict'
// The oracle for split indexes: the same queries on lunr.js 2.3.9 with the whole index, built by lunr
// itself from the documents, and on the theme's search-reader.js reading the generator's split index
// (manifest and part scripts from disk, loaded as the page loads them).
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const lunr = require('lunr')

// The search page's own code for turning typed words into lunr's results (search-query.js), with the synonyms the
// corpus gives or, failing those, the data the index carries; the browser tests hold the page to the same results.
const pageSearch = require('../../../themes/default/components/search-results/search-query.js')

const parsed = (text) => (q) => new lunr.QueryParser(text, q).parse()

async function run (fn) {
  try {
    return { results: (await fn()).map((r) => ({ ref: r.ref, score: r.score })) }
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) }
  }
}

async function runSplit (index, fn, loaded) {
  const before = loaded.bytes
  try {
    const results = await fn()
    return { results: results.map((r) => ({ ref: r.ref, score: r.score })), parts: index.lastParts.length, bytes: loaded.bytes - before }
  } catch (e) {
    return { error: String(e && e.message ? e.message : e), parts: index.lastParts.length }
  }
}

// The theme's reader on the index whose manifest is at manifestFile, loading parts from disk as the page loads
// them (as scripts); loaded counts the files and characters read.
function openIndex (manifestFile) {
  globalThis.lunr = lunr
  const reader = require('../../../themes/default/components/search-results/search-reader.js')
  const dir = path.dirname(manifestFile)
  const loaded = { bytes: 0, files: 0 }
  reader.loadScript = (url, done, fail) => {
    fs.readFile(path.join(dir, url), 'utf8', (error, code) => {
      if (error) return fail(error)
      loaded.bytes += code.length
      loaded.files++
      vm.runInThisContext(code)
      done()
    })
  }
  globalThis.DirectoryPortalIndexes = []
  vm.runInThisContext(fs.readFileSync(manifestFile, 'utf8'))
  return { index: reader.open(), loaded }
}

module.exports = async function splitSearch (corpus, whole, manifestFile) {
  const { index, loaded } = openIndex(manifestFile)
  const data = Object.assign({}, index.extra, corpus.synonyms ? { synonyms: corpus.synonyms } : {})
  const onWhole = pageSearch(lunr, whole, data)
  const onSplit = pageSearch(lunr, index, data)
  const queries = (corpus.queries || []).map((q) => ({ text: q, whole: () => whole.query(parsed(q)), split: () => index.search(parsed(q)) }))
    .concat((corpus.pageQueries || []).map((q) => ({ text: q, page: true, whole: () => onWhole.run(q), split: () => onSplit.run(q) })))
  const out = { lunr: [], ours: [], docs: null }
  for (const q of queries) {
    out.lunr.push(await run(q.whole))
    out.ours.push(await runSplit(index, q.split, loaded))
  }
  // Each typed query as a page just opened would run it, nothing loaded before: then the store entries of its
  // first ten results; storeFiles counts the files that took (none when the parts loaded for the query carried
  // every entry).
  const Index = index.constructor
  out.first = []
  for (const q of queries.filter((q) => q.page)) {
    const fresh = new Index(globalThis.DirectoryPortalIndexes[0])
    const before = loaded.files
    const results = await pageSearch(lunr, fresh, data).run(q.text)
    const refs = results.slice(0, 10).map((r) => r.ref)
    const files = loaded.files
    const docs = await fresh.docs(refs)
    out.first.push({ refs, docs, searchFiles: files - before, storeFiles: loaded.files - files })
  }
  // A term that is a term part of its own carries its likely results' entries in that part: searched alone, from a
  // fresh page, it loads that one file, and its entries are at hand.
  out.ownParts = []
  for (const part of index.termParts.filter((p) => p.count === 1)) {
    const fresh = new Index(globalThis.DirectoryPortalIndexes[0])
    const term = fresh.terms[part.start]
    const files = loaded.files
    const results = await fresh.search((q) => q.term(term, { usePipeline: false }))
    out.ownParts.push({ term, files: loaded.files - files, results: results.length, carried: Object.keys(fresh.carried).length })
  }
  // The store and filter values of every document, in ref order, as the page gets them.
  const refs = corpus.documents.map((d) => d.ref)
  out.docs = await index.docs(refs)
  out.filters = await index.filters(refs)
  out.filterUnheld = (await index.filters(refs, ['c=no-such-value'])).map((v) => v['c=no-such-value'])
  out.filterUnknown = await index.filters(refs, ['no-such-test']).then(() => 'no error', (e) => String(e.message))
  // A filter loads only what it tests: from a fresh page, each test alone is one file.
  out.filterFieldFiles = {}
  for (const test of Object.keys(index.filterParts)) {
    const fresh = new Index(globalThis.DirectoryPortalIndexes[0])
    const files = loaded.files
    const values = await fresh.filters(refs, [test])
    out.filterFieldFiles[test] = { files: loaded.files - files, fields: Object.keys(values[0]) }
  }
  out.refs = refs
  out.queries = queries.map((q) => q.text)
  out.loadedFiles = loaded.files
  return out
}

// The whole index lunr would serialize, put back together from every term part the reader can load: lunr's
// toJSON, key for key (terms sorted, each posting "_index" then its fields; a vector for every field of every
// document, in the order documents were added, its terms by number), so it can be compared with lunr's text.
async function wholeIndex (index) {
  await index.load(index.termParts.map((p) => p.key), index.takeTerms.bind(index))
  const fields = index.fields
  const vectors = []
  for (let id = 0; id < index.size; id++) for (let f = 0; f < fields.length; f++) vectors.push([])
  const invertedIndex = index.terms.map((term) => {
    const p = index.postings[term]
    const posting = { _index: p.index }
    fields.forEach((field, f) => {
      const byRef = posting[field] = {}
      const list = p.fields[f]
      if (!list) return
      for (let l = 0; l < list.refs.length; l++) {
        byRef[index.ref(list.refs[l])] = {}
        vectors[list.refs[l] * fields.length + f].push([p.index, list.weights[l]])
      }
    })
    return [term, posting]
  })
  const fieldVectors = vectors.map((v, k) => {
    const flat = []
    v.sort((a, b) => a[0] - b[0]).forEach((e) => flat.push(e[0], e[1]))
    return [fields[k % fields.length] + '/' + index.ref(Math.floor(k / fields.length)), flat]
  })
  return { version: index.version, fields, fieldVectors, invertedIndex, pipeline: index.pipelineNames }
}

// The theme's search-query.js, as the search page runs it, with the site's data from the index (synonyms,
// languages' names, the language's settings), on lunr's own index of the corpus and on the site's index read by
// the reader. For each query: its results (ref, score, and whether it matched in the page's own language) and
// whether the query counted as typed in the page's language ("tiered"). "index" is lunr's own index and "oursIndex" the
// site's put back together, for comparing.
module.exports.site = async function siteSearch (corpus, whole, manifestFile) {
  const { index } = openIndex(manifestFile)
  const query = require('../../../themes/default/components/search-results/search-query.js')
  const run = async (target) => {
    const search = query(lunr, target, index.extra)
    const out = []
    for (const q of corpus.queries) {
      try {
        const tiered = await search.inPageLanguage(q)
        const results = await search.run(q)
        out.push({ tiered, results: results.map((r) => ({ ref: r.ref, score: r.score, own: search.own(r) })) })
      } catch (e) {
        out.push({ error: String(e && e.message ? e.message : e) })
      }
    }
    return out
  }
  return { index: whole, oursIndex: await wholeIndex(index), lunr: await run(whole), ours: await run(index) }
}
