'use strict'
// The oracle for split indexes: the same queries on lunr.js 2.3.9 with the whole index, built by lunr
// itself from the documents, and on the theme's search-reader.js reading the generator's split index
// (manifest and part scripts from disk, loaded as the page loads them).
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const lunr = require('lunr')

// The search page's way of turning typed words into a lunr query (themes/default/components/search-results/
// search.js, run()); the browser tests hold the page to the same results.
function tokens (text) {
  return text.toLowerCase().split(/[\s-]+/)
    .map((t) => t.replace(/^\W+/, '').replace(/\W+$/, ''))
    .filter((t) => t.length > 0)
}

function synonymsFor (query, synonyms) {
  const padded = ' ' + tokens(query).join(' ') + ' '
  const extra = []
  for (const group of synonyms) {
    if (!group.some((term) => padded.indexOf(' ' + tokens(term).join(' ') + ' ') >= 0)) continue
    for (const term of group) for (const t of tokens(term)) extra.push(t)
  }
  return extra
}

const isStopWord = (t) => lunr.stopWordFilter(new lunr.Token(t, {})) === undefined

function pageQuery (text, synonyms) {
  const words = tokens(text).filter((t) => !isStopWord(t))
  const extra = synonymsFor(text, synonyms).filter((t) => !isStopWord(t) && words.indexOf(t) < 0)
  if (words.length === 0 && extra.length === 0) return null
  return (q) => {
    words.forEach((t, i) => {
      const last = i === words.length - 1
      q.term(t, { boost: 10 })
      if (last && t.length >= 2) q.term(t, { boost: 4, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING })
      if (t.length >= 5) q.term(t, { boost: 1, editDistance: t.length >= 8 ? 2 : 1 })
    })
    extra.forEach((t) => q.term(t, { boost: 5 }))
  }
}

const parsed = (text) => (q) => new lunr.QueryParser(text, q).parse()

function run (fn) {
  try {
    return { results: fn().map((r) => ({ ref: r.ref, score: r.score })) }
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

module.exports = async function splitSearch (corpus, whole, manifestFile) {
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
  const index = reader.open()
  const synonyms = corpus.synonyms || []
  const out = { lunr: [], ours: [], docs: null }
  const queries = (corpus.queries || []).map((q) => ({ text: q, fn: parsed(q) }))
    .concat((corpus.pageQueries || []).map((q) => ({ text: q, fn: pageQuery(q, synonyms) })).filter((q) => q.fn))
  for (const q of queries) {
    out.lunr.push(run(() => whole.query(q.fn)))
    out.ours.push(await runSplit(index, () => index.search(q.fn), loaded))
  }
  // Each typed query as a page just opened would run it, nothing loaded before: then the store entries of its
  // first ten results; storeFiles counts the files that took (none when the parts loaded for the query carried
  // every entry).
  const Index = index.constructor
  out.first = []
  for (const q of queries.slice((corpus.queries || []).length)) {
    const fresh = new Index(globalThis.DirectoryPortalIndexes[0])
    const results = await fresh.search(q.fn)
    const refs = results.slice(0, 10).map((r) => r.ref)
    const files = loaded.files
    const docs = await fresh.docs(refs)
    out.first.push({ refs, docs, storeFiles: loaded.files - files })
  }
  // The store and filter values of every document, in ref order, as the page gets them.
  const refs = corpus.documents.map((d) => d.ref)
  out.docs = await index.docs(refs)
  out.filters = await index.filters(refs)
  out.refs = refs
  out.queries = queries.map((q) => q.text)
  out.loadedFiles = loaded.files
  return out
}
