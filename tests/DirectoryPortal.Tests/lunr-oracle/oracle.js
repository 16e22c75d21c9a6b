#!/usr/bin/env node
// Reference implementation for the C# LunrIndexBuilder tests: runs the real lunr.js 2.3.9.
//
//   node oracle.js build    <corpus.json> <out.json>               JSON.stringify of lunr's own index
//   node oracle.js search   <corpus.json> <ours.json> <out.json>   run corpus.queries on lunr's index and on ours
//   node oracle.js buildsearch <corpus.json> <ours.json> <out.json> both: { index: lunr's JSON, lunr: results, ours: results }
//   node oracle.js stem     <words.json> <out.json>                lunr.stemmer on each word
//   node oracle.js pipeline <texts.json> <out.json>                tokenizer + indexing pipeline on each text
//   node oracle.js lowercase <out.json>                            code points whose toLowerCase differs
//   node oracle.js stopwords <out.json>                            lunr's English stop-word list
//   node oracle.js unpack   <packed.json> <out.json>                the theme's search-index-unpack.js on a packed index
//   node oracle.js math     <numbers.json> <out.json>              JSON.stringify, Math.log and Math.round of each number
//   node oracle.js analyze  <spec.json> <out.json>                 a language's stemmer, index and search pipelines on each word
//   node oracle.js codepoints <out.json>                           our Unicode trimmer and folds, and lunr-languages' trimmers, on every code point
//   node oracle.js languagestopwords <out.json>                    lunr-languages' stop-word lists, read from the package
//   node oracle.js sitesearch <corpus.json> <ours.json> <data.json> <out.json>
//                                                                  the theme's search-query.js (what the search page runs) with
//                                                                  the site's data (synonyms, languages' names, language
//                                                                  settings) on lunr's own index and on ours, for each query
//
// A field may carry its own "pipeline" (registered names): lunr's builder then runs that field's tokens through it
// instead of the index's pipeline, as the C# builder does for a SearchField with a language of its own (the English
// text in another language's index).
//
// With lunr-languages 1.22.0 and the theme's lunr-unicode.js loaded, a corpus may carry "language":
//   { "use": "pl" }                                   this.use(lunr.pl), exactly as lunr-languages sets it up
//   { "pipeline": [names], "searchPipeline": [names] } pipelines made of registered functions, as the C# LunrLanguage lists them
//
// corpus.json: { "fields": [{ "name": "title", "boost": 10 }], "documents": [{ "ref": "1", "fields": { "title": "..." } }],
//                "queries": ["forc*", ...] }
'use strict'

const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

if (lunr.version !== '2.3.9') {
  throw new Error('Expected lunr 2.3.9 but found ' + lunr.version)
}

const LANGUAGES = ['pl', 'ro', 'es', 'pt', 'tr', 'ar']
const UNICODE_SCRIPT = path.join(__dirname, '../../../themes/default/components/search-results/lunr-unicode.js')
const languagesVersion = require('lunr-languages/package.json').version
if (languagesVersion !== '1.22.0') {
  throw new Error('Expected lunr-languages 1.22.0 but found ' + languagesVersion)
}

// Loads lunr-languages (the package's sources, or the minified files the site serves) and our functions into
// a lunr. The minified set goes into a fresh copy of lunr, so both can be compared in one process.
function withLanguages (target, minified) {
  const file = (name) => minified ? 'lunr-languages/min/' + name + '.min.js' : 'lunr-languages/' + name + '.js'
  require(file('lunr.stemmer.support'))(target)
  for (const code of LANGUAGES) require(file('lunr.' + code))(target)
  require(UNICODE_SCRIPT)(target)
  return target
}
withLanguages(lunr, false)

let minifiedLunr = null
function minified () {
  if (minifiedLunr) return minifiedLunr
  const lunrPath = require.resolve('lunr')
  const saved = require.cache[lunrPath]
  delete require.cache[lunrPath]
  minifiedLunr = require('lunr')
  require.cache[lunrPath] = saved
  return withLanguages(minifiedLunr, true)
}

function registered (target, name) {
  const fn = target.Pipeline.registeredFunctions[name]
  if (!fn) throw new Error('No pipeline function registered as ' + name)
  return fn
}

// Inside a lunr(function () { ... }) or given a builder: set up the corpus's language.
function applyLanguage (builder, language, target) {
  if (!language) return
  if (language.use) {
    builder.use(target[language.use])
    return
  }
  builder.pipeline.reset()
  builder.pipeline.add(...language.pipeline.map((name) => registered(target, name)))
  builder.searchPipeline.reset()
  builder.searchPipeline.add(...language.searchPipeline.map((name) => registered(target, name)))
}

// lunr's builder runs every field through builder.pipeline; a field with a pipeline of its own gets that one instead.
// The tokenizer marks each token with its field, so the whole field goes through one real lunr.Pipeline.
function applyFieldPipelines (builder, fields, target) {
  const own = {}
  for (const field of fields) {
    if (!field.pipeline) continue
    const pipeline = new target.Pipeline()
    pipeline.add(...field.pipeline.map((name) => registered(target, name)))
    own[field.name] = pipeline
  }
  if (Object.keys(own).length === 0) return
  const main = builder.pipeline
  builder.pipeline = {
    run: (tokens) => (tokens.length > 0 && own[tokens[0].metadata.fields[0]] ? own[tokens[0].metadata.fields[0]] : main).run(tokens)
  }
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))
const writeJson = (file, value) => fs.writeFileSync(file, JSON.stringify(value), 'utf8')

// Documents keep their fields under "fields" and are read through extractors, so any field name
// (even "ref" or "id") works and a missing field is undefined, exactly as lunr sees a missing property.
function buildIndex (corpus) {
  return lunr(function () {
    applyLanguage(this, corpus.language, lunr)
    applyFieldPipelines(this, corpus.fields, lunr)
    this.ref('ref')
    for (const field of corpus.fields) {
      this.field(field.name, {
        boost: field.boost,
        extractor: (doc) => doc.fields[field.name]
      })
    }
    for (const doc of corpus.documents) {
      this.add(doc)
    }
  })
}

function runQueries (index, queries) {
  return queries.map((query) => {
    try {
      return { results: index.search(query).map((r) => ({ ref: r.ref, score: r.score })) }
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) }
    }
  })
}

const [command, ...args] = process.argv.slice(2)

switch (command) {
  case 'build': {
    const [corpusFile, outFile] = args
    fs.writeFileSync(outFile, JSON.stringify(buildIndex(readJson(corpusFile))), 'utf8')
    break
  }
  case 'search': {
    const [corpusFile, oursFile, outFile] = args
    const corpus = readJson(corpusFile)
    const theirs = buildIndex(corpus)
    const ours = lunr.Index.load(readJson(oursFile))
    writeJson(outFile, {
      lunr: runQueries(theirs, corpus.queries),
      ours: runQueries(ours, corpus.queries)
    })
    break
  }
  case 'buildsearch': {
    // One build for both, since lunr-languages' Arabic stemmer makes building the slow part.
    const [corpusFile, oursFile, outFile] = args
    const corpus = readJson(corpusFile)
    const theirs = buildIndex(corpus)
    const ours = lunr.Index.load(readJson(oursFile))
    fs.writeFileSync(outFile, '{"index":' + JSON.stringify(theirs) +
      ',"lunr":' + JSON.stringify(runQueries(theirs, corpus.queries)) +
      ',"ours":' + JSON.stringify(runQueries(ours, corpus.queries)) + '}', 'utf8')
    break
  }
  case 'sitesearch': {
    const [corpusFile, oursFile, dataFile, outFile] = args
    const corpus = readJson(corpusFile)
    const data = readJson(dataFile)
    const query = require('../../../themes/default/components/search-results/search-query.js')
    // "own": whether a result matches in the language's own fields; "tiered": whether the query was in the page's
    // language, so that those results had to come first.
    const own = new Set(data.language ? data.language.fields : [])
    const inOwn = (r) => Object.values(r.matchData.metadata).some((fields) => Object.keys(fields).some((f) => own.has(f)))
    const run = (index) => {
      const search = query(lunr, index, data)
      return corpus.queries.map((q) => {
        try {
          return { tiered: search.inPageLanguage(q), results: search.run(q).map((r) => ({ ref: r.ref, score: r.score, own: inOwn(r) })) }
        } catch (e) {
          return { error: String(e && e.message ? e.message : e) }
        }
      })
    }
    const theirs = buildIndex(corpus)
    fs.writeFileSync(outFile, '{"index":' + JSON.stringify(theirs) +
      ',"lunr":' + JSON.stringify(run(theirs)) +
      ',"ours":' + JSON.stringify(run(lunr.Index.load(readJson(oursFile)))) + '}', 'utf8')
    break
  }
  case 'unpack': {
    const unpack = require('../../../themes/default/components/search-results/search-index-unpack.js')
    fs.writeFileSync(args[1], JSON.stringify(unpack(readJson(args[0]))), 'utf8')
    break
  }
  case 'stem': {
    const [wordsFile, outFile] = args
    writeJson(outFile, readJson(wordsFile).map((w) => lunr.stemmer(new lunr.Token(w)).toString()))
    break
  }
  case 'pipeline': {
    const [textsFile, outFile] = args
    const pipeline = new lunr.Pipeline()
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
    writeJson(outFile, readJson(textsFile).map((text) => pipeline.run(lunr.tokenizer(text)).map(String)))
    break
  }
  case 'lowercase': {
    const [outFile] = args
    const changed = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const s = String.fromCodePoint(cp)
      const lower = s.toLowerCase()
      if (lower !== s) changed.push([cp, lower])
    }
    writeJson(outFile, changed)
    break
  }
  case 'stopwords': {
    // lunr keeps the list inside a closure, so read it from the source and confirm each word is filtered.
    const [outFile] = args
    const source = fs.readFileSync(require.resolve('lunr'), 'utf8')
    const list = source.split('lunr.stopWordFilter = lunr.generateStopWordFilter([')[1].split('])')[0]
    const words = list.match(/'[^']*'/g).map((quoted) => quoted.slice(1, -1))
    const kept = words.filter((word) => lunr.stopWordFilter(new lunr.Token(word)) !== undefined)
    if (kept.length > 0) throw new Error('Not filtered: ' + kept.join(', '))
    writeJson(outFile, words)
    break
  }
  case 'math': {
    const [numbersFile, outFile] = args
    const numbers = readJson(numbersFile)
    // "text" is the numbers' own JSON, so the C# side can check number formatting character by character.
    fs.writeFileSync(outFile, '{"text":' + JSON.stringify(numbers) +
      ',"log":' + JSON.stringify(numbers.map(Math.log)) +
      ',"round":' + JSON.stringify(numbers.map(Math.round)) + '}', 'utf8')
    break
  }
  case 'analyze': {
    // spec: { language, stemmer (a registered name, optional), words: [...] }
    const [specFile, outFile] = args
    const spec = readJson(specFile)
    const run = (target) => {
      const builder = new target.Builder()
      applyLanguage(builder, spec.language, target)
      const stemmer = spec.stemmer ? registered(target, spec.stemmer) : null
      return {
        stems: stemmer ? spec.words.map((w) => stemmer(new target.Token(w, {})).toString()) : [],
        index: spec.words.map((w) => builder.pipeline.run(target.tokenizer(w)).map(String)),
        search: spec.words.map((w) => builder.searchPipeline.runString(w)),
        searchPipeline: builder.searchPipeline.toJSON()
      }
    }
    writeJson(outFile, { source: run(lunr), minified: run(minified()) })
    break
  }
  case 'codepoints': {
    const [outFile] = args
    const dp = lunr.directoryPortal
    // Ranges [first, last] of code points a function keeps or changes, so the answer stays small.
    const ranges = (from, to, test) => {
      const out = []
      for (let cp = from; cp <= to; cp++) {
        if (!test(cp)) continue
        if (out.length && out[out.length - 1][1] === cp - 1) out[out.length - 1][1] = cp
        else out.push([cp, cp])
      }
      return out
    }
    const one = (cp) => String.fromCodePoint(cp)
    const trimmerKeeps = (name) => (cp) => registered(lunr, name)(new lunr.Token(String.fromCharCode(cp), {})).toString() !== ''
    const folds = {}
    for (const name of ['latin', 'ar', 'ur', 'bn']) {
      const changed = {}
      for (let c = 0; c < 0x10000; c++) {
        const s = String.fromCharCode(c)
        const f = dp.fold[name](s)
        if (f !== s) changed[c] = f
      }
      folds[name] = changed
    }
    writeJson(outFile, {
      unicodeWord: ranges(0, 0x10ffff, (cp) => dp.trim(one(cp)) !== ''),
      unicodeTrimPairs: ['a\ud800', '\udc00a', '\ud83d\ude00a\ud83d', '\u0915\u094d\u200d', '\ud804\udd03\ud804\udd27'].map((s) => dp.trim(s)),
      trimmers: Object.fromEntries(LANGUAGES.map((code) => [code, ranges(0, 0xffff, trimmerKeeps('trimmer-' + code))])),
      folds
    })
    break
  }
  case 'languagestopwords': {
    // lunr-languages keeps each list in a closure, so read it from the source and check the filter drops each word.
    const [outFile] = args
    const lists = {}
    for (const code of LANGUAGES) {
      const source = fs.readFileSync(require.resolve('lunr-languages/lunr.' + code + '.js'), 'utf8')
      const list = source.split('lunr.' + code + '.stopWordFilter = lunr.generateStopWordFilter(\'')[1].split('\'.split(')[0]
      const words = list.split(' ')
      const filter = registered(lunr, 'stopWordFilter-' + code)
      const kept = words.filter((word) => filter(new lunr.Token(word, {})) !== undefined)
      if (kept.length > 0) throw new Error(code + ': not filtered: ' + kept.join(', '))
      lists[code] = words
    }
    writeJson(outFile, lists)
    break
  }
  default:
    process.stderr.write('unknown command: ' + command + '\n')
    process.exit(2)
}
