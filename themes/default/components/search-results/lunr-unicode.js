// DirectoryPortal's own lunr pipeline functions for searching in languages other than English.
// The generator's C# (generator/Index/Languages/) implements each of them identically; the tests run both
// over every code point and over thousands of words. docs/search.md explains what each one is for.
//
//   dp-trimmer-unicode   strips all but letters, combining marks and digits of any script from a token's ends
//   dp-fold-latin|ar|ur|bn   removes diacritics and evens out letter variants, after the stemmer
//   dp-unaccented-latin|ar   (index only) adds an unaccented copy of a token before the stemmer
//   dp-stopWordFilter-bn|ur  (index only) our short stop-word lists
//
// Loaded after lunr.min.js (and, for pl ro es pt tr ar, lunr-languages' scripts), so lunr.Index.load finds the
// functions an index names. Plain ES5, so it runs on old phones.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else factory()(root.lunr);
}(this, function () {
  "use strict";
  return function (lunr) {
    // Code points that are punctuation, symbols, separators, controls, format, private use, surrogates or
    // non-decimal numbers; everything else (letters, marks, decimal digits, unassigned) is a word character.
    var NON_WORD = "0-2f 3a-40 5b-60 7b-a9 ab-b4 b6-b9 bb-bf d7 f7 2c2-2c5 2d2-2df 2e5-2eb 2ed 2ef-2ff 375 37e 384-385 "
      + "387 3f6 482 55a-55f 589-58a 58d-58f 5be 5c0 5c3 5c6 5f3-5f4 600-60f 61b-61f 66a-66d 6d4 6dd-6de 6e9 "
      + "6fd-6fe 700-70d 70f 7f6-7f9 7fe-7ff 830-83e 85e 888 890-891 8e2 964-965 970 9f2-9fb 9fd a76 af0-af1 "
      + "b70 b72-b77 bf0-bfa c77-c7f c84 d4f d58-d5e d70-d79 df4 e3f e4f e5a-e5b f01-f17 f1a-f1f f2a-f34 f36 "
      + "f38 f3a-f3d f85 fbe-fc5 fc7-fcc fce-fda 104a-104f 109e-109f 10fb 1360-137c 1390-1399 1400 166d-166e "
      + "1680 169b-169c 16eb-16f0 1735-1736 17d4-17d6 17d8-17db 17f0-17f9 1800-180a 180e 1940 1944-1945 19da "
      + "19de-19ff 1a1e-1a1f 1aa0-1aa6 1aa8-1aad 1b4e-1b4f 1b5a-1b6a 1b74-1b7f 1bfc-1bff 1c3b-1c3f 1c7e-1c7f "
      + "1cc0-1cc7 1cd3 1fbd 1fbf-1fc1 1fcd-1fcf 1fdd-1fdf 1fed-1fef 1ffd-1ffe 2000-2064 2066-2070 2074-207e "
      + "2080-208e 20a0-20c0 2100-2101 2103-2106 2108-2109 2114 2116-2118 211e-2123 2125 2127 2129 212e "
      + "213a-213b 2140-2144 214a-214d 214f-2182 2185-218b 2190-2429 2440-244a 2460-2b73 2b76-2b95 2b97-2bff "
      + "2ce5-2cea 2cf9-2cff 2d70 2e00-2e2e 2e30-2e5d 2e80-2e99 2e9b-2ef3 2f00-2fd5 2ff0-3004 3007-3029 3030 "
      + "3036-303a 303d-303f 309b-309c 30a0 30fb 3190-319f 31c0-31e5 31ef 3200-321e 3220-33ff 4dc0-4dff "
      + "a490-a4c6 a4fe-a4ff a60d-a60f a673 a67e a6e6-a6ef a6f2-a6f7 a700-a716 a720-a721 a789-a78a a828-a82b "
      + "a830-a839 a874-a877 a8ce-a8cf a8f8-a8fa a8fc a92e-a92f a95f a9c1-a9cd a9de-a9df aa5c-aa5f aa77-aa79 "
      + "aade-aadf aaf0-aaf1 ab5b ab6a-ab6b abeb d800-f8ff fb29 fbb2-fbc2 fd3e-fd4f fdcf fdfc-fdff fe10-fe19 "
      + "fe30-fe52 fe54-fe66 fe68-fe6b feff ff01-ff0f ff1a-ff20 ff3b-ff40 ff5b-ff65 ffe0-ffe6 ffe8-ffee "
      + "fff9-fffd 10100-10102 10107-10133 10137-1018e 10190-1019c 101a0 101d0-101fc 102e1-102fb 10320-10323 "
      + "10341 1034a 1039f 103d0-103d5 1056f 10857-1085f 10877-1087f 108a7-108af 108fb-108ff 10916-1091b "
      + "1091f 1093f 109bc-109bd 109c0-109cf 109d2-109ff 10a40-10a48 10a50-10a58 10a7d-10a7f 10a9d-10a9f "
      + "10ac8 10aeb-10af6 10b39-10b3f 10b58-10b5f 10b78-10b7f 10b99-10b9c 10ba9-10baf 10cfa-10cff 10d6e "
      + "10d8e-10d8f 10e60-10e7e 10ead 10f1d-10f26 10f51-10f59 10f86-10f89 10fc5-10fcb 11047-1104d "
      + "11052-11065 110bb-110c1 110cd 11140-11143 11174-11175 111c5-111c8 111cd 111db 111dd-111df "
      + "111e1-111f4 11238-1123d 112a9 113d4-113d5 113d7-113d8 1144b-1144f 1145a-1145b 1145d 114c6 "
      + "115c1-115d7 11641-11643 11660-1166c 116b9 1173a-1173f 1183b 118ea-118f2 11944-11946 119e2 "
      + "11a3f-11a46 11a9a-11a9c 11a9e-11aa2 11b00-11b09 11be1 11c41-11c45 11c5a-11c6c 11c70-11c71 "
      + "11ef7-11ef8 11f43-11f4f 11fc0-11ff1 11fff 12400-1246e 12470-12474 12ff1-12ff2 13430-1343f "
      + "16a6e-16a6f 16af5 16b37-16b3f 16b44-16b45 16b5b-16b61 16d6d-16d6f 16e80-16e9a 16fe2 1bc9c "
      + "1bc9f-1bca3 1cc00-1ccef 1cd00-1ceb3 1cf50-1cfc3 1d000-1d0f5 1d100-1d126 1d129-1d164 1d16a-1d16c "
      + "1d173-1d17a 1d183-1d184 1d18c-1d1a9 1d1ae-1d1ea 1d200-1d241 1d245 1d2c0-1d2d3 1d2e0-1d2f3 "
      + "1d300-1d356 1d360-1d378 1d6c1 1d6db 1d6fb 1d715 1d735 1d74f 1d76f 1d789 1d7a9 1d7c3 1d800-1d9ff "
      + "1da37-1da3a 1da6d-1da74 1da76-1da83 1da85-1da8b 1e14f 1e2ff 1e5ff 1e8c7-1e8cf 1e95e-1e95f "
      + "1ec71-1ecb4 1ed01-1ed3d 1eef0-1eef1 1f000-1f02b 1f030-1f093 1f0a0-1f0ae 1f0b1-1f0bf 1f0c1-1f0cf "
      + "1f0d1-1f0f5 1f100-1f1ad 1f1e6-1f202 1f210-1f23b 1f240-1f248 1f250-1f251 1f260-1f265 1f300-1f6d7 "
      + "1f6dc-1f6ec 1f6f0-1f6fc 1f700-1f776 1f77b-1f7d9 1f7e0-1f7eb 1f7f0 1f800-1f80b 1f810-1f847 "
      + "1f850-1f859 1f860-1f887 1f890-1f8ad 1f8b0-1f8bb 1f8c0-1f8c1 1f900-1fa53 1fa60-1fa6d 1fa70-1fa7c "
      + "1fa80-1fa89 1fa8f-1fac6 1face-1fadc 1fadf-1fae9 1faf0-1faf8 1fb00-1fb92 1fb94-1fbef e0001 "
      + "e0020-e007f f0000-ffffd 100000-10fffd";
    // Read from NON_WORD the first time a token is trimmed (pages whose pipeline has lunr-languages' trimmer never do).
    var starts = null, ends = null;
    function readRanges() {
      starts = []; ends = [];
      NON_WORD.split(" ").forEach(function (range) {
        var parts = range.split("-");
        starts.push(parseInt(parts[0], 16));
        ends.push(parseInt(parts.length > 1 ? parts[1] : parts[0], 16));
      });
    }

    function isWordCodePoint(cp) {
      if (!starts) readRanges();
      var lo = 0, hi = starts.length - 1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (starts[mid] > cp) hi = mid - 1;
        else if (ends[mid] < cp) lo = mid + 1;
        else return false;
      }
      return true;
    }

    function isHigh(c) { return c >= 0xd800 && c <= 0xdbff; }
    function isLow(c) { return c >= 0xdc00 && c <= 0xdfff; }

    // Works on code points; a lone surrogate counts as itself (and is not a word character).
    function trim(s) {
      var start = 0, end = s.length, c, d;
      while (start < end) {
        c = s.charCodeAt(start);
        if (isHigh(c) && start + 1 < s.length && isLow(d = s.charCodeAt(start + 1))) {
          if (isWordCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) break;
          start += 2;
        } else {
          if (isWordCodePoint(c)) break;
          start += 1;
        }
      }
      while (end > start) {
        c = s.charCodeAt(end - 1);
        if (isLow(c) && end >= 2 && isHigh(d = s.charCodeAt(end - 2))) {
          if (isWordCodePoint((d - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) break;
          end -= 2;
        } else {
          if (isWordCodePoint(c)) break;
          end -= 1;
        }
      }
      return s.slice(start, end);
    }

    // Fold tables: character -> replacement ("" removes it). Terms are lowercase, so only lowercase letters.
    var LATIN_FROM = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹłıđøħŧ";
    var LATIN_TO = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyylidoht";

    function table(extra) {
      var map = {}, i;
      for (i = 0; i < LATIN_FROM.length; i++) map[LATIN_FROM.charAt(i)] = LATIN_TO.charAt(i);
      for (i = 0x300; i <= 0x36f; i++) map[String.fromCharCode(i)] = "";
      extra(map);
      return map;
    }
    function remove(map, first, last) {
      for (var c = first; c <= last; c++) map[String.fromCharCode(c)] = "";
    }
    function replace(map, chars, to) {
      for (var i = 0; i < chars.length; i++) map[chars.charAt(i)] = to;
    }
    function digits(map, zero) {
      for (var d = 0; d < 10; d++) map[String.fromCharCode(zero + d)] = String(d);
    }

    // Each language's table is built the first time its fold runs: a page uses one of them, and building all
    // four as the script loads held up a cheap phone's first search.
    var extras = {
      latin: function () {},
      // As lunr-languages' Arabic stemmer treats the first alef variant and hamza seat, but everywhere; teh marbuta as heh.
      ar: function (m) {
        remove(m, 0x64b, 0x65f); remove(m, 0x670, 0x670); remove(m, 0x640, 0x640);
        replace(m, "\u0622\u0623\u0625\u0671\u0649", "\u0627");
        replace(m, "\u0624\u0626", "\u0621");
        replace(m, "\u0629", "\u0647");
        digits(m, 0x660); digits(m, 0x6f0);
      },
      ur: function (m) {
        remove(m, 0x64b, 0x65f); remove(m, 0x670, 0x670); remove(m, 0x640, 0x640); remove(m, 0x200c, 0x200d);
        replace(m, "\u0622\u0623\u0625\u0671", "\u0627");
        replace(m, "\u0624", "\u0648");
        replace(m, "\u0626\u064a\u0649", "\u06cc");
        replace(m, "\u0643", "\u06a9");
        replace(m, "\u0647\u06c0\u06c2", "\u06c1");
        replace(m, "\u06d3", "\u06d2");
        digits(m, 0x660); digits(m, 0x6f0);
      },
      bn: function (m) {
        remove(m, 0x200c, 0x200d);
        m["\u09cb"] = "\u09c7\u09be"; m["\u09cc"] = "\u09c7\u09d7";
        m["\u09dc"] = "\u09a1\u09bc"; m["\u09dd"] = "\u09a2\u09bc"; m["\u09df"] = "\u09af\u09bc";
        m["\u09ce"] = "\u09a4\u09cd";
        digits(m, 0x9e6);
      }
    };

    var own = Object.prototype.hasOwnProperty;
    function folder(name) {
      var map = null;
      return function (s) {
        if (!map) map = table(extras[name]);
        var out = "", changed = false;
        for (var i = 0; i < s.length; i++) {
          var c = s.charAt(i);
          if (own.call(map, c)) { out += map[c]; changed = true; } else out += c;
        }
        return changed ? out : s;
      };
    }

    var COPY = "dpUnaccentedCopy";

    // After the stemmer. Drops an unaccented copy whose term is the same as its original's (just before it).
    function foldFunction(fold) {
      return function (token, i, tokens) {
        var folded = fold(token.toString());
        if (token.metadata && token.metadata[COPY] && i > 0 && fold(tokens[i - 1].toString()) === folded) return undefined;
        return token.update(function () { return folded; });
      };
    }

    // Before the stemmer, index only: the token, then (if folding changes it) a copy marked as such.
    function copyFunction(fold) {
      return function (token) {
        var s = token.toString(), folded = fold(s);
        if (folded === s) return token;
        var metadata = {};
        for (var key in token.metadata) if (own.call(token.metadata, key)) metadata[key] = token.metadata[key];
        metadata[COPY] = true;
        return [token, new lunr.Token(folded, metadata)];
      };
    }

    var dp = lunr.directoryPortal = { trim: trim, isWordCodePoint: isWordCodePoint, fold: {} };

    var trimmer = function (token) { return token.update(trim); };
    lunr.Pipeline.registerFunction(trimmer, "dp-trimmer-unicode");

    ["latin", "ar", "ur", "bn"].forEach(function (name) {
      var fold = dp.fold[name] = folder(name);
      lunr.Pipeline.registerFunction(foldFunction(fold), "dp-fold-" + name);
      if (name === "latin" || name === "ar") lunr.Pipeline.registerFunction(copyFunction(fold), "dp-unaccented-" + name);
    });

    // The lists are written folded, since the filter runs after the fold; the trailing space lists "" too.
    lunr.Pipeline.registerFunction(lunr.generateStopWordFilter("এবং অথবা বা কিন্তু এই সেই ".split(" ")), "dp-stopWordFilter-bn");
    lunr.Pipeline.registerFunction(lunr.generateStopWordFilter("اور یا کا کی کے سے کو ہے ہیں ".split(" ")), "dp-stopWordFilter-ur");
  };
}));
