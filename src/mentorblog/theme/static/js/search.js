// The search page (layouts/search.html). It reads the index mentorblog writes under
// search-index/ (format: src/mentorblog/plan/search.py): a small manifest, then only the term
// shards holding the words typed, the document chunks of the results shown, and the text of a
// result whose snippet does not show the words found. Every file comes from
// this site; nothing is sent anywhere else.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  if (!script || !form || !input || !list || !status || !more) { return; }

  var VERSION = 2;
  var PAGE = 10;          // results shown at first, and added by "Show more"
  var MIN_WORD = 2;       // shorter words are not indexed
  var MAX_WORD = 40;
  var MIN_PREFIX = 3;     // a word this long also finds the words it begins
  var MIN_TYPO = 5;       // a word this long also finds words one typo away
  var PREFIX = 0.75, TYPO = 0.5;  // how much a prefix or typo match counts, exact = 1
  var PASSAGE = 180, LEAD_IN = 50;  // a passage's length, and how much of it comes before a match
  // Field bits of a posting -> weight: title 4, tags 2, description/summary 1, body only 0.
  var WEIGHT = [1, 3, 7, 9, 17, 19, 23, 25];
  var LAST = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) {
    DIGIT[LAST.charCodeAt(d)] = d;
    DIGIT[MORE.charCodeAt(d)] = d + 32;
  }
  var WORD = /[\p{L}\p{N}]+/gu;
  var SHOWN_WORD = /[\p{L}\p{N}\p{M}]+/gu;

  var folder = script.dataset.index;
  var base = (script.dataset.base || "/").replace(/\/$/, "");
  var files = new Map();   // file path -> promise of its parsed JSON
  var manifest = null;     // promise of the manifest, prepared for lookups
  var latest = 0;          // number of the newest search; older ones stop when they see it
  var timer = 0;
  var current = null;      // {query, words, hits, terms, shown}

  // Lower case without accents, exactly as search.py folds the indexed text.
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function fetchFile(path, revalidate, asText) {
    if (!files.has(path)) {
      var request = fetch(folder + path, { cache: revalidate ? "no-cache" : "default" })
        .then(function (response) {
          if (!response.ok) { throw new Error("HTTP " + response.status + " for " + path); }
          return asText ? response.text() : response.json();
        });
      request.catch(function () { files.delete(path); });
      files.set(path, request);
    }
    return files.get(path);
  }

  function loadManifest() {
    if (!manifest) {
      manifest = fetchFile("manifest.json", true).then(function (m) {
        if (m.version !== VERSION) { throw new Error("search index version " + m.version); }
        var firsts = [], numbers = [];
        m.shards.forEach(function (first, n) {
          if (first !== null) { firsts.push(first); numbers.push(n); }
        });
        return { docs: m.docs, chunk: m.chunk, hash: m.hash, firsts: firsts, numbers: numbers };
      });
      manifest.catch(function () { manifest = null; });
    }
    return manifest;
  }

  function versioned(m, path) { return path + "?v=" + m.hash; }

  // The words of a query. The last word is still being typed unless a space follows it; while
  // it is shorter than a prefix it is left out, so earlier results do not blink away.
  // Chinese, Japanese and Korean runs are searched as their pairs of characters, as
  // search.py indexes them.
  var CJK = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{3,}/u;
  function cjkPairs(words) {
    var out = [];
    words.forEach(function (word) {
      if (!CJK.test(word)) { out.push(word); return; }
      for (var i = 0; i + 1 < word.length; i++) { out.push(word.slice(i, i + 2)); }
    });
    return out;
  }

  function queryWords(text) {
    var found = cjkPairs(fold(text).match(WORD) || []);
    var typing = !/\s$/.test(text);
    var words = [];
    found.forEach(function (word, i) {
      if (word.length < MIN_WORD || word.length > MAX_WORD) { return; }
      if (typing && i === found.length - 1 && word.length < MIN_PREFIX && words.length) { return; }
      if (words.some(function (w) { return w.text === word; })) { return; }
      words.push({ text: word, prefix: word.length >= MIN_PREFIX, typo: word.length >= MIN_TYPO });
    });
    return words;
  }

  // Positions (in m.firsts) of the shards that may hold `word`, or the words it begins.
  function shardSpan(m, word) {
    var lo = 0, hi = m.firsts.length - 1;
    while (lo < hi) {  // the last shard whose first term is <= word
      var mid = (lo + hi + 1) >> 1;
      if (m.firsts[mid] <= word.text) { lo = mid; } else { hi = mid - 1; }
    }
    var end = lo;
    if (word.prefix) {
      var limit = word.text + "\uffff";
      while (end + 1 < m.firsts.length && m.firsts[end + 1] < limit) { end++; }
    }
    return [lo, end];
  }

  function shardFiles(m, first, last) {
    var promises = [];
    for (var i = Math.max(0, first); i <= Math.min(last, m.firsts.length - 1); i++) {
      promises.push(fetchFile(versioned(m, "t/" + m.numbers[i] + ".json")));
    }
    return Promise.all(promises);
  }

  // One letter added, dropped, changed, or two neighbours swapped.
  function oneTypo(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (la === lb) {
      while (i < la && a[i] === b[i]) { i++; }
      if (i === la) { return false; }
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    if (Math.abs(la - lb) !== 1) { return false; }
    var short = la < lb ? a : b, long = la < lb ? b : a;
    while (i < short.length && short[i] === long[i]) { i++; }
    return short.slice(i) === long.slice(i + 1);
  }

  // Adds each document's best score for `word` in `shards` to `scores`; returns the terms hit.
  function scoreWord(word, shards, scores, terms) {
    var hit = false;
    shards.forEach(function (shard) {
      for (var t = 0; t < shard.length; t++) {
        var term = shard[t][0], quality = 0;
        if (term === word.text) { quality = 1; }
        else if (word.prefix && term.lastIndexOf(word.text, 0) === 0) { quality = PREFIX; }
        else if (word.typo && Math.abs(term.length - word.text.length) <= 1 &&
                 oneTypo(word.text, term)) { quality = TYPO; }
        if (quality) {
          addPostings(shard[t][1], quality, scores);
          terms.add(term);
          hit = true;
        }
      }
    });
    return hit;
  }

  function addPostings(postings, quality, scores) {
    var doc = 0, value = 0;
    for (var k = 0; k < postings.length; k++) {
      var digit = DIGIT[postings.charCodeAt(k)];
      if (digit >= 32) { value = value * 32 + digit - 32; continue; }
      value = value * 32 + digit;
      doc += Math.floor(value / 8);
      var score = WEIGHT[value % 8] * quality;
      if (score > scores[doc]) { scores[doc] = score; }
      value = 0;
    }
  }

  // Every document that matches all words, best first; ties go to the newer (lower id).
  function search(m, words) {
    var terms = new Set();
    return Promise.all(words.map(function (word) {
      var span = shardSpan(m, word);
      var scores = new Float32Array(m.docs);
      return shardFiles(m, span[0], span[1]).then(function (shards) {
        if (scoreWord(word, shards, scores, terms) || !word.typo) { return scores; }
        // Nothing near: a typo may have moved the word across a shard boundary.
        return shardFiles(m, span[0] - 1, span[0] - 1).then(function (before) {
          return shardFiles(m, span[1] + 1, span[1] + 1).then(function (after) {
            scoreWord(word, before.concat(after), scores, terms);
            return scores;
          });
        });
      });
    })).then(function (perWord) {
      var hits = [], totals = new Float32Array(m.docs);
      for (var doc = 0; doc < m.docs; doc++) {
        var total = 0;
        for (var w = 0; w < perWord.length; w++) {
          if (!perWord[w][doc]) { total = 0; break; }
          total += perWord[w][doc];
        }
        if (total) { hits.push(doc); totals[doc] = total; }
      }
      hits.sort(function (a, b) { return totals[b] - totals[a] || a - b; });
      return { hits: hits, terms: terms };
    });
  }

  function records(m, ids) {
    var chunks = [];
    ids.forEach(function (id) {
      var n = Math.floor(id / m.chunk);
      if (chunks.indexOf(n) < 0) { chunks.push(n); }
    });
    return Promise.all(chunks.map(function (n) {
      return fetchFile(versioned(m, "d/" + n + ".json"));
    })).then(function (loaded) {
      return ids.map(function (id) {
        return loaded[chunks.indexOf(Math.floor(id / m.chunk))][id % m.chunk];
      });
    });
  }

  // Where in `text` the words the query matched are: [[index, folded word], ...].
  function matches(text, terms, most) {
    var found = [], match;
    SHOWN_WORD.lastIndex = 0;
    while ((match = SHOWN_WORD.exec(text)) && found.length < most) {
      var word = fold(match[0]);
      if (terms.has(word)) { found.push([match.index, word]); }
    }
    return found;
  }

  // The passage of a post's text that shows why it matched: PASSAGE characters around the
  // place where the most different words of the query sit close together, cut at spaces.
  function passage(text, terms) {
    var found = matches(text, terms, 400);
    if (!found.length) { return ""; }
    var best = 0, most = 0;
    for (var i = 0; i < found.length; i++) {
      var near = new Set();
      for (var j = i; j < found.length && found[j][0] - found[i][0] < PASSAGE - LEAD_IN; j++) {
        near.add(found[j][1]);
      }
      if (near.size > most) { most = near.size; best = i; }
    }
    var at = found[best][0];
    var start = Math.max(0, at - LEAD_IN);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : at;
    }
    var end = Math.min(text.length, start + PASSAGE);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > at) { end = cut; }
    }
    var passage = text.slice(start, end).trim();
    // "had…", not "had.…": a cut passage loses the stop it ends on
    if (end < text.length) { passage = passage.replace(/[.,;:]+$/, "") + "…"; }
    return (start > 0 ? "…" : "") + passage;
  }

  // A record whose snippet shows none of the words found gets the passage of its text that
  // does (as record[7]); the text (x/<record[6]>.txt) is fetched for such results only.
  function withPassage(m, record, terms) {
    if (record[5] && matches(record[5], terms, 1).length) { return Promise.resolve(record); }
    return fetchFile(versioned(m, "x/" + record[6] + ".txt"), false, true).then(function (text) {
      var shown = passage(text, terms);
      return shown ? record.concat([shown]) : record;
    }, function () { return record; });
  }

  // `text` into `parent`, with the words the query matched in <mark>.
  function highlight(parent, text, terms) {
    var last = 0, match;
    SHOWN_WORD.lastIndex = 0;
    while ((match = SHOWN_WORD.exec(text))) {
      if (!terms.has(fold(match[0]))) { continue; }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      parent.appendChild(mark);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function element(tag, className, parent) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function resultItem(record, terms) {
    // record: [href, title, ISO date, shown date, [tags], snippet]
    var item = element("li", "search-result");
    var link = element("a", "search-result-link", item);
    link.href = base + record[0];
    highlight(link, record[1], terms);
    if (record[2] || record[4].length) {
      var meta = element("p", "search-result-meta", item);
      if (record[2]) {
        var time = element("time", "", meta);
        time.dateTime = record[2];
        time.textContent = record[3];
      }
      if (record[4].length) {
        var tags = element("span", "search-result-tags", meta);
        record[4].forEach(function (tag) {
          highlight(element("span", "search-result-tag", tags), tag, terms);
        });
      }
    }
    var snippet = record[7] || record[5];
    if (snippet) { highlight(element("p", "search-result-snippet", item), snippet, terms); }
    return item;
  }

  function say(text) { status.textContent = text; }

  // The page's words, from the theme's i18n files (data-words on the script tag; absent on
  // English pages, which use the words below). `{{ .Count }}` and `{{ .Query }}` are filled.
  var WORDS = JSON.parse(script.getAttribute("data-words") || "{}");
  var PLURAL = new Intl.PluralRules(document.documentElement.lang || "en");
  // Counts in the language's own digits (Persian ones in Farsi), as the build writes them.
  var NUMBER = new Intl.NumberFormat(document.documentElement.lang || "en");
  function phrase(key, english, values) {
    var text = WORDS[key] || english;
    if (typeof text === "object") {
      text = text[PLURAL.select(values.Count)] || text.other || english;
    }
    return String(text).replace(/\{\{-?\s*\.(\w*)\s*-?\}\}/g, function (all, name) {
      if (!(name in values)) return all;
      var value = values[name];
      return typeof value === "number" ? NUMBER.format(value) : String(value);
    });
  }

  function show(state, from) {
    var ids = state.hits.slice(from, state.shown);
    return loadManifest().then(function (m) {
      return records(m, ids).then(function (found) {
        return Promise.all(found.map(function (record) {
          return withPassage(m, record, state.terms);
        }));
      });
    }).then(function (found) {
      if (current !== state) { return; }
      if (from === 0) { list.textContent = ""; }
      found.forEach(function (record) { list.appendChild(resultItem(record, state.terms)); });
      more.hidden = state.shown >= state.hits.length;
      var count = state.hits.length;
      say(phrase("search_results", count === 1 ? "1 result" : count + " results", { Count: count }) +
          (count > state.shown ?
            phrase("search_showing", ", showing the first " + state.shown, { Count: state.shown }) : ""));
    });
  }

  function clearResults() {
    current = null;
    list.textContent = "";
    more.hidden = true;
    say("");
  }

  function remember(query) {
    var url = new URL(location.href);
    if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
    if (url.href !== location.href) { history.replaceState(null, "", url.href); }
  }

  function run() {
    clearTimeout(timer);
    var query = input.value;
    var number = ++latest;
    remember(query.trim());
    var words = queryWords(query);
    if (!words.length) {
      clearResults();
      if (query.trim()) { say(phrase("search_too_short", "Type at least two letters.", {})); }
      return Promise.resolve();
    }
    if (current && current.key === JSON.stringify(words)) { return Promise.resolve(); }
    return loadManifest().then(function (m) {
      return search(m, words);
    }).then(function (found) {
      if (number !== latest) { return; }
      current = { key: JSON.stringify(words), hits: found.hits, terms: found.terms, shown: PAGE };
      if (!found.hits.length) {
        list.textContent = "";
        more.hidden = true;
        var short = words.length === 1 && !words[0].prefix && !/\s$/.test(query);
        say(short ? phrase("search_keep_typing", "Keep typing to search.", {}) :
            phrase("search_no_match", "No posts match “" + query.trim() + "”. Try fewer or shorter words.",
                  { Query: query.trim() }));
        return;
      }
      return show(current, 0);
    }).catch(function (error) {
      if (number !== latest) { return; }
      clearResults();
      say(phrase("search_failed", "Search could not load its index. Please try again later.", {}));
      console.warn("search:", error);
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a.search-result-link")); }

  function reset() {
    input.value = "";
    latest++;
    clearResults();
    remember("");
    input.focus();
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  });
  input.addEventListener("focus", function () { loadManifest().catch(function () {}); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      run().then(function () { var all = links(); if (all.length) { all[0].focus(); } });
    } else if (event.key === "Enter") {
      event.preventDefault();
      run().then(function () { var all = links(); if (all.length) { all[0].click(); } });
    } else if (event.key === "Escape") {
      event.preventDefault();
      reset();
    }
  });
  list.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === "ArrowDown" && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowDown" && !more.hidden) {
      event.preventDefault();
      more.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      reset();
    }
  });
  more.addEventListener("keydown", function (event) {
    if (event.key === "ArrowUp") {
      event.preventDefault();
      var all = links();
      if (all.length) { all[all.length - 1].focus(); }
    } else if (event.key === "Escape") {
      event.preventDefault();
      reset();
    }
  });
  more.addEventListener("click", function () {
    if (!current) { return; }
    var from = current.shown;
    current.shown += PAGE;
    show(current, from).then(function () {
      var all = links();
      if (all[from]) { all[from].focus(); }
    });
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
