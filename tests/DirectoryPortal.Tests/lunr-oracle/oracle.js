#!/usr/bin/env node
// Reference implementation for the C# LunrIndexBuilder tests: runs the real lunr.js 2.3.9.
//
//   node oracle.js build    <corpus.json> <out.json>               JSON.stringify of lunr's own index
//   node oracle.js search   <corpus.json> <ours.json> <out.json>   run corpus.queries on lunr's index and on ours
//   node oracle.js split    <corpus.json> <manifest.js> <out.json>   corpus.queries (lunr's query syntax) and corpus.pageQueries
//                                                                  (typed words, as the search page builds them) on lunr's
//                                                                  whole index and on the split index the reader loads
//   node oracle.js stem     <words.json> <out.json>                lunr.stemmer on each word
//   node oracle.js pipeline <texts.json> <out.json>                tokenizer + indexing pipeline on each text
//   node oracle.js lowercase <out.json>                            code points whose toLowerCase differs
//   node oracle.js stopwords <out.json>                            lunr's English stop-word list
//   node oracle.js math     <numbers.json> <out.json>              JSON.stringify, Math.log and Math.round of each number
//
// corpus.json: { "fields": [{ "name": "title", "boost": 10 }], "documents": [{ "ref": "1", "fields": { "title": "..." } }],
//                "queries": ["forc*", ...] }
'use strict'

const fs = require('fs')
const lunr = require('lunr')

if (lunr.version !== '2.3.9') {
  throw new Error('Expected lunr 2.3.9 but found ' + lunr.version)
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))
const writeJson = (file, value) => fs.writeFileSync(file, JSON.stringify(value), 'utf8')

// Documents keep their fields under "fields" and are read through extractors, so any field name
// (even "ref" or "id") works and a missing field is undefined, exactly as lunr sees a missing property.
function buildIndex (corpus) {
  return lunr(function () {
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
  case 'split': {
    const [corpusFile, manifestFile, outFile] = args
    const corpus = readJson(corpusFile)
    require('./split-search.js')(corpus, buildIndex(corpus), manifestFile)
      .then((out) => writeJson(outFile, out))
      .catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e) + '\n'); process.exit(1) })
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
  default:
    process.stderr.write('unknown command: ' + command + '\n')
    process.exit(2)
}
