/* gpukb search. Classic script on every page; works from file:// (no fetch, modules or workers): the index
   manifest, term shards, document shards and answer cards are classic scripts that the build writes under
   search/ and that this script injects on demand. The tokenizer follows the same rules as Sources/Search
   (Tokenizer.swift); both are tested against Tests/Fixtures/search/tokenizer-vectors.json. */
(function (factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module !== null &&
      typeof module.exports === 'object' && module.exports !== null) {
    module.exports = api;
    return;
  }
  window.GPUKBSearch = api;
  function start() { api.init(document, window); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})(function () {
  'use strict';

  /** The theme's text for `key`, from site.js (loaded before this script on every page). */
  function say(key, values) { return globalThis.GPUKB.say(key, values); }

  /* ---------- tokenizer (mirrors Tokenizer.swift) ---------- */

  var MAX_TERM = 64;
  var MAX_QUERY_TERMS = 32;
  var WORD = /[\p{L}\p{N}\p{M}]/u;

  function isCJK(c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || c === 0x3005 || c === 0x3007 || (c >= 0x3021 && c <= 0x3029) ||
      (c >= 0x3038 && c <= 0x303B) || (c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
      (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0x30000 && c <= 0x3134F);
  }

  /** 'cjk', 'word', 'joiner' or 'other' for one code point (given as a string). */
  function classify(ch) {
    var c = ch.codePointAt(0);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A)) return 'word';
      if (c === 0x5F || c === 0x2D || c === 0x2E || c === 0x2B) return 'joiner';
      return 'other';
    }
    if (isCJK(c)) return 'cjk';
    return WORD.test(ch) ? 'word' : 'other';
  }

  function normalize(text) {
    return String(text == null ? '' : text).normalize('NFKC').toLowerCase().replace(/ς/g, 'σ');
  }

  function isDigits(s) { return /^[0-9]+$/.test(s); }

  function emitWord(chars, mode, out) {
    var whole = chars.join('');
    var joined = chars.some(function (ch) { return classify(ch) === 'joiner'; });
    if (mode === 'query' && (!joined || chars.length <= MAX_TERM)) {
      if (chars.length <= MAX_TERM) out.push(whole);
      return;
    }
    if (chars.length <= MAX_TERM) out.push(whole);
    if (!joined) return;
    var parts = [];
    var current = '';
    chars.forEach(function (ch) {
      if (classify(ch) === 'joiner') { parts.push({ text: current, joiner: ch }); current = ''; } else current += ch;
    });
    parts.push({ text: current, joiner: null });
    parts.forEach(function (p) { p.numeric = isDigits(p.text); if (Array.from(p.text).length <= MAX_TERM) out.push(p.text); });
    if (mode === 'query') return;
    var start = 0;
    while (start < parts.length) {
      var end = start;
      while (parts[end].numeric && end + 1 < parts.length && parts[end].joiner === '.' && parts[end + 1].numeric) end++;
      if (end > start) {
        for (var length = end - start + 1; length >= 2; length--) {
          var chain = parts.slice(start, start + length).map(function (p) { return p.text; }).join('.');
          if (chain !== whole && Array.from(chain).length <= MAX_TERM) out.push(chain);
        }
      }
      start = end + 1;
    }
  }

  /** Terms of already-normalized text. */
  function scan(text, mode) {
    var chars = Array.from(text);
    var kinds = chars.map(classify);
    var out = [];
    var i = 0;
    while (i < chars.length) {
      var kind = kinds[i];
      var end;
      if (kind === 'cjk') {
        end = i;
        while (end < chars.length && kinds[end] === 'cjk') end++;
        if (end - i === 1) out.push(chars[i]);
        else {
          for (var k = i; k < end - 1; k++) out.push(chars[k] + chars[k + 1]);
          if (mode === 'index') out.push(chars[end - 1]);
        }
        i = end;
      } else if (kind === 'word') {
        end = i + 1;
        while (end < chars.length) {
          if (kinds[end] === 'word') { end++; continue; }
          if (kinds[end] === 'joiner' && end + 1 < chars.length && kinds[end + 1] === 'word') { end += 2; continue; }
          break;
        }
        emitWord(chars.slice(i, end), mode, out);
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The terms of `text`; mode is 'index' or 'query' (distinct, at most 32). */
  function tokenize(text, mode) {
    var out = scan(normalize(text), mode);
    if (mode !== 'query') return out;
    var seen = Object.create(null);
    var distinct = [];
    for (var i = 0; i < out.length && distinct.length < MAX_QUERY_TERMS; i++) {
      if (!seen[out[i]]) { seen[out[i]] = true; distinct.push(out[i]); }
    }
    return distinct;
  }

  /* ---------- posting codec (mirrors PostingCodec.swift) ---------- */

  var ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charCodeAt(a)] = a;

  function readVarints(s, each) {
    var value = 0, shift = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      if (d >= 32) { value += (d - 32) * Math.pow(2, shift); shift += 5; } else {
        each(value + d * Math.pow(2, shift));
        value = 0; shift = 0;
      }
    }
  }

  /** Ascending numbers from varint gaps; the first gap counts from `start` (-1 for postings, 0 for plain deltas). */
  function decodeGaps(s, start) {
    var out = [], previous = start;
    readVarints(s || '', function (gap) { previous += gap; out.push(previous); });
    return out;
  }

  /** {docs, weights} from a body posting string (varints of gap << 2 | step, or a `!` bitmap). */
  function decodeBody(s, documentCount) {
    var docs = [], weights = [];
    if (!s) return { docs: docs, weights: weights };
    if (s.charAt(0) === '!') {
      for (var i = 1; i < s.length; i++) {
        var bits = DIGIT[s.charCodeAt(i)];
        for (var b = 0; b < 6 && bits; b++) {
          if (bits & (1 << b)) { var doc = (i - 1) * 6 + b; if (doc < documentCount) { docs.push(doc); weights.push(1); } }
        }
      }
      return { docs: docs, weights: weights };
    }
    var previous = -1;
    readVarints(s, function (value) {
      previous += Math.floor(value / 4);
      docs.push(previous);
      weights.push(value % 4);
    });
    return { docs: docs, weights: weights };
  }

  /* ---------- engine ---------- */

  // Ranking parameters (field weights, BM25 step, prefix share, expansions) come from the index manifest's "rank",
  // written by the Swift builder (Sources/Search/SearchRanking.swift) that also quantized the weights.

  function compareTerms(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  /** The shard that holds `term`: the last one whose first term is not after it. */
  function shardOf(firsts, term) {
    var lo = 0, hi = firsts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (compareTerms(firsts[mid], term) <= 0) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /**
   * A search engine over one site's index. `load(name, callback)` must deliver the value a shard script assigns
   * to GPUKB_SEARCH_DATA[name] (the browser injects search/<name>.js; tests read the file).
   */
  function Engine(load) {
    this.load = load;
    this.data = Object.create(null);
    this.pending = Object.create(null);
    this.decoded = Object.create(null);
    this.manifest = null;
    this.scores = null;
  }

  /** Loads shards by name, then calls back with an error message or null. */
  Engine.prototype.need = function (names, callback) {
    var self = this;
    var missing = names.filter(function (n) { return !(n in self.data); });
    if (!missing.length) { callback(null); return; }
    var left = missing.length, failed = null;
    missing.forEach(function (name) {
      var first = !self.pending[name];
      if (first) self.pending[name] = [];
      self.pending[name].push(function (error) {
        if (error && !failed) failed = error;
        if (--left === 0) callback(failed);
      });
      if (!first) return;
      self.load(name, function (error, value) {
        if (!error && value === undefined) error = say('script.search_shard_empty', { name: name });
        if (!error) self.data[name] = value;
        var waiting = self.pending[name] || [];
        delete self.pending[name];
        waiting.forEach(function (cb) { cb(error); });
      });
    });
  };

  Engine.prototype.open = function (callback) {
    var self = this;
    if (self.manifest) { callback(null); return; }
    self.need(['index'], function (error) {
      if (error) { callback(error); return; }
      var m = self.data.index;
      self.manifest = m;
      self.pageStarts = decodeGaps(m.pageStarts, 0);
      self.docShardStarts = decodeGaps(m.docShards, 0);
      self.docPage = new Int32Array(m.docs);
      for (var p = 0; p < self.pageStarts.length; p++) {
        var end = p + 1 < self.pageStarts.length ? self.pageStarts[p + 1] : m.docs;
        for (var d = self.pageStarts[p]; d < end; d++) self.docPage[d] = p;
      }
      if (m.cards) self.need(['cards'], function () { callback(null); }); else callback(null);
    });
  };

  /** Shard names a query needs: each exact term's shard, and the shards a prefix spans (at most three). */
  Engine.prototype.plan = function (groups) {
    var firsts = this.manifest.terms, names = [];
    function add(i) { var n = 't' + i; if (names.indexOf(n) < 0) names.push(n); }
    groups.forEach(function (g) {
      add(shardOf(firsts, g.term));
      if (g.prefix) {
        var from = shardOf(firsts, g.term), to = shardOf(firsts, g.term + '\uffff');
        for (var i = from; i <= Math.min(to, from + 2); i++) add(i);
      }
    });
    return names;
  };

  Engine.prototype.postings = function (term) {
    var cached = this.decoded[term];
    if (cached !== undefined) return cached;
    var shard = this.data['t' + shardOf(this.manifest.terms, term)];
    var entry = shard && Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
    var result = null;
    if (entry) {
      result = {
        body: decodeBody(entry[0], this.manifest.docs),
        heading: decodeGaps(entry[1], -1),
        title: decodeGaps(entry[2], -1)
      };
    }
    this.decoded[term] = result;
    return result;
  };

  /** Terms in the loaded shards that start with `prefix` (not the prefix itself), shortest first. */
  Engine.prototype.expand = function (prefix) {
    var firsts = this.manifest.terms, found = [];
    var from = shardOf(firsts, prefix), to = Math.min(shardOf(firsts, prefix + '\uffff'), from + 2);
    for (var i = from; i <= to; i++) {
      var shard = this.data['t' + i];
      if (!shard) continue;
      for (var term in shard) {
        if (term !== prefix && term.lastIndexOf(prefix, 0) === 0) found.push(term);
      }
    }
    found.sort(function (a, b) { return a.length - b.length || compareTerms(a, b); });
    return found.slice(0, this.manifest.rank.expansions);
  };

  /**
   * The query with each phrase a reader types replaced by the word the pages use (`换源` → `镜像`), from the
   * manifest's pairs; null when nothing applies. Phrases are matched in normalized form, longest first.
   */
  function rewriteQuery(query, pairs) {
    if (!pairs || !pairs.length) return null;
    var text = normalize(query), changed = false;
    pairs.slice().sort(function (a, b) { return b[0].length - a[0].length; }).forEach(function (pair) {
      var from = normalize(pair[0]);
      if (from && text.indexOf(from) >= 0) {
        text = text.split(from).join(' ' + normalize(pair[1]) + ' ');
        changed = true;
      }
    });
    return changed ? text.replace(/\s+/g, ' ').trim() : null;
  }

  /**
   * Terms one edit away from a Latin term (`pytroch` → `pytorch`, `confg` → `config`): adjacent swaps, deletions,
   * and insertions or substitutions of a letter after the first, which keeps every candidate in the shards near
   * the term's own.
   */
  function typoCandidates(term) {
    var chars = Array.from(term), out = [], letters = 'abcdefghijklmnopqrstuvwxyz';
    function add(t) { if (t !== term && t.length >= 3 && out.indexOf(t) < 0) out.push(t); }
    for (var i = 0; i + 1 < chars.length; i++) {
      var swapped = chars.slice();
      swapped[i] = chars[i + 1]; swapped[i + 1] = chars[i];
      add(swapped.join(''));
    }
    for (var j = 0; j < chars.length; j++) add(chars.slice(0, j).concat(chars.slice(j + 1)).join(''));
    for (var k = 1; k <= chars.length; k++) {
      for (var l = 0; l < letters.length; l++) {
        add(chars.slice(0, k).concat(letters[l], chars.slice(k)).join(''));
        if (k < chars.length) add(chars.slice(0, k).concat(letters[l], chars.slice(k + 1)).join(''));
      }
    }
    return out;
  }

  /**
   * Pages of one release series (CUDA 12.8 GA and 12.8 Update 1, PyTorch 2.5.0 and 2.5.1) collapse into one result
   * at the place of the best-ranked one: the newest release leads, the others follow as its sub-links.
   */
  function collapseReleases(results) {
    var pattern = /^compat\/(cuda|pytorch)\/(\d+)\.(\d+)\.(\d+)\//;
    var groups = Object.create(null), out = [];
    results.forEach(function (r) {
      var m = pattern.exec(r.url);
      if (!m) { out.push(r); return; }
      var key = m[1] + ' ' + m[2] + '.' + m[3];
      var patch = Number(m[4]);
      var g = groups[key];
      if (!g) { g = groups[key] = { lead: r, patch: patch, others: [] }; out.push(g); return; }
      if (patch > g.patch) { g.others.push(g.lead); g.lead = r; g.patch = patch; } else g.others.push(r);
    });
    return out.map(function (item) {
      if (!item.lead) return item;
      if (!item.others.length) return item.lead;
      var lead = item.lead;
      var sections = lead.sections.slice(0, 1).concat(item.others.map(function (o) {
        return { anchor: '', heading: o.title, text: '', url: o.url };
      }));
      return { url: lead.url, title: lead.title, score: lead.score, sections: sections, needles: lead.needles, collapsed: item.others.length };
    });
  }

  /** What the engine did to the query, said to the reader: a typo it corrected, a word it also searched. */
  function searchNote(outcome) {
    var parts = [];
    (outcome.corrected || []).forEach(function (c) { parts.push(say('script.search_corrected', { used: c[1], typed: c[0] })); });
    if (outcome.rewritten) parts.push(say('script.search_rewritten', { query: outcome.rewritten }));
    return parts.length ? say('script.search_note', { notes: parts.join(say('script.search_note_separator')) }) : '';
  }

  /** Query groups: each distinct query term; the last one also matches as a prefix while the reader types. */
  function queryGroups(query) {
    var terms = tokenize(query, 'query');
    var trailing = /[\s\u3000,，。.;；:：!！?？]$/.test(String(query));
    return terms.map(function (term, i) {
      var last = i === terms.length - 1;
      var chars = Array.from(term);
      var cjkPair = chars.length === 2 && isCJK(chars[0].codePointAt(0));
      return { term: term, prefix: last && !trailing && !cjkPair };
    });
  }

  /**
   * Ranks pages for `query` with the shards already loaded. BM25 weights (precomputed per posting) times field
   * weights (the manifest's rank.field), prefix expansions at rank.prefix, times the square of the share of query terms
   * matched, so that text holding the whole query (an unsegmented Chinese phrase, all words) ranks first.
   */
  Engine.prototype.rank = function (groups) {
    var m = this.manifest, n = m.docs, self = this, rank = m.rank, field = rank.field;
    if (!this.scores || this.scores.length !== n) {
      this.scores = new Float64Array(n);
      this.masks = new Uint32Array(n);
    }
    var scores = this.scores, masks = this.masks, touched = [];
    var titleScores = Object.create(null), titleMasks = Object.create(null);
    function idf(df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }
    groups.forEach(function (group, g) {
      var bit = Math.pow(2, g) >>> 0;
      var variants = [{ term: group.term, factor: 1 }];
      if (group.prefix) self.expand(group.term).forEach(function (t) { variants.push({ term: t, factor: rank.prefix }); });
      variants.forEach(function (v) {
        var p = self.postings(v.term);
        if (!p) return;
        var weight = idf(Math.max(1, p.body.docs.length)) * v.factor;
        var docs = p.body.docs, steps = p.body.weights, i, d;
        for (i = 0; i < docs.length; i++) {
          d = docs[i];
          if (masks[d] === 0 && scores[d] === 0) touched.push(d);
          scores[d] += weight * (steps[i] + 1) * rank.step * field.body;
          masks[d] |= bit;
        }
        var headingWeight = idf(Math.max(1, p.heading.length)) * v.factor * field.heading;
        for (i = 0; i < p.heading.length; i++) {
          d = p.heading[i];
          if (masks[d] === 0 && scores[d] === 0) touched.push(d);
          scores[d] += headingWeight;
          masks[d] |= bit;
        }
        var titleWeight = idf(Math.max(1, p.title.length)) * v.factor * field.title;
        for (i = 0; i < p.title.length; i++) {
          var page = self.docPage[p.title[i]];
          titleScores[page] = (titleScores[page] || 0) + titleWeight;
          titleMasks[page] = (titleMasks[page] || 0) | bit;
        }
      });
    });
    var pages = Object.create(null), order = [];
    function pageEntry(p) {
      var e = pages[p];
      if (!e) { e = pages[p] = { page: p, best: 0, mask: 0, docs: [] }; order.push(e); }
      return e;
    }
    touched.forEach(function (d) {
      var e = pageEntry(self.docPage[d]);
      e.docs.push({ doc: d, score: scores[d], mask: masks[d] });
      if (scores[d] > e.best) e.best = scores[d];
      e.mask |= masks[d];
      scores[d] = 0; masks[d] = 0;
    });
    Object.keys(titleScores).forEach(function (key) {
      var e = pageEntry(Number(key));
      e.title = titleScores[key];
      e.mask |= titleMasks[key];
    });
    var total = groups.length;
    order.forEach(function (e) {
      var matched = 0;
      for (var g = 0; g < total; g++) if (e.mask & (Math.pow(2, g) >>> 0)) matched++;
      var coverage = matched / total;
      e.full = matched === total;
      e.score = (e.best + (e.title || 0)) * coverage * coverage;
      e.docs.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
    });
    order.sort(function (x, y) { return y.score - x.score || x.page - y.page; });
    return order;
  };

  /** Ranked lists merged by page, each page at its best score. */
  function mergeRanked(lists) {
    if (lists.length === 1) return lists[0];
    var byPage = Object.create(null), out = [];
    lists.forEach(function (list) {
      list.forEach(function (e) {
        var seen = byPage[e.page];
        if (seen === undefined) { byPage[e.page] = out.length; out.push(e); }
        else if (e.score > out[seen].score) out[seen] = e;
      });
    });
    return out.sort(function (x, y) { return y.score - x.score || x.page - y.page; });
  }

  /** The document-shard name and offset of page `p`. */
  Engine.prototype.docShard = function (p) {
    var starts = this.docShardStarts, lo = 0, hi = starts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= p) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return { name: 'd' + found, offset: p - starts[found] };
  };

  /**
   * Searches; calls back with {query, terms, results: [{url, title, score, sections: [{anchor, heading, text,
   * url}]}], cards: [...]} or {error}. Results are pages, best first; sections are each page's best matches.
   */
  Engine.prototype.search = function (query, options, callback) {
    var self = this;
    var limit = (options && options.limit) || 10;
    var groups = queryGroups(query);
    var outcome = { query: String(query), terms: groups.map(function (g) { return g.term; }), results: [], cards: [], total: 0 };
    if (!groups.length) { callback(outcome); return; }
    self.open(function (error) {
      if (error) { outcome.error = error; callback(outcome); return; }
      outcome.cards = answerCards(self.data.cards, query);
      // The words readers type for what the pages call otherwise: the query is also run as rewritten.
      var rewritten = rewriteQuery(query, self.manifest.syn);
      var altGroups = rewritten ? queryGroups(rewritten) : [];
      if (rewritten) outcome.rewritten = rewritten;
      self.need(self.plan(groups.concat(altGroups)), function (error) {
        if (error) { outcome.error = error; callback(outcome); return; }
        // A Latin term of five or more letters found nowhere may be a typo: try its one-edit neighbours.
        var typos = [];
        groups.forEach(function (g) {
          if (Array.from(g.term).length < 5 || !/^[a-z][a-z0-9._-]*$/.test(g.term) || self.postings(g.term)) return;
          if (g.prefix && self.expand(g.term).length) return;
          typos.push(g);
        });
        var candidates = typos.map(function (g) { return typoCandidates(g.term); });
        var planned = [];
        candidates.forEach(function (list) { list.forEach(function (t) { planned.push({ term: t }); }); });
        self.need(self.plan(planned), function (error) {
          if (error) { outcome.error = error; callback(outcome); return; }
          typos.forEach(function (g, i) {
            var best = null, bestDocs = 0;
            candidates[i].forEach(function (t) {
              var p = self.postings(t);
              var docs = p ? p.body.docs.length + p.title.length + p.heading.length : 0;
              if (docs > bestDocs) { best = t; bestDocs = docs; }
            });
            if (best) { (outcome.corrected = outcome.corrected || []).push([g.term, best]); g.term = best; g.prefix = false; }
          });
          var all = mergeRanked([self.rank(groups)].concat(altGroups.length ? [self.rank(altGroups)] : []));
          // The count a reader sees: pages that hold every term (of the query or its rewrite), else any match.
          var full = all.filter(function (e) { return e.full; }).length;
          outcome.total = full || all.length;
          groups = groups.concat(altGroups);
          finish(all, limit);
        });
      });
    });
    // Loads the documents of the best `count` pages; release pages of one series collapse into one result, and
    // when that leaves fewer than `limit`, the next pages are loaded too.
    function finish(all, count) {
        var ranked = all.slice(0, count);
        var shards = [];
        ranked.forEach(function (e) { var s = self.docShard(e.page).name; if (shards.indexOf(s) < 0) shards.push(s); });
        self.need(shards, function (error) {
          if (error) { outcome.error = error; callback(outcome); return; }
          var needles = highlightTerms(groups);
          var phrase = normalize(query).replace(/\s+/g, ' ').trim();
          var results = ranked.map(function (e) {
            var where = self.docShard(e.page);
            var record = self.data[where.name][where.offset];
            var start = self.pageStarts[e.page];
            var sections = e.docs.slice(0, 3).map(function (hit) {
              var s = record[2][hit.doc - start] || ['', record[1], ''];
              return { anchor: s[0], heading: s[1], text: s[2], url: record[0] + (s[0] ? '#' + s[0] : '') };
            });
            if (!sections.length) sections.push({ anchor: '', heading: record[1], text: (record[2][0] || ['', '', ''])[2], url: record[0] });
            var score = e.score;
            // Adjacent-match bonus: the whole query, as typed, appears in the best section or the title.
            if (phrase.length > 1 && groups.length > 1) {
              var best = sections[0];
              var haystack = normalize(record[1] + ' ' + best.heading + ' ' + best.text);
              if (haystack.indexOf(phrase) >= 0) score *= 1.5;
            }
            return { url: record[0], title: record[1], score: score, sections: sections, needles: needles };
          });
          results.sort(function (x, y) { return y.score - x.score; });
          var collapsed = collapseReleases(results);
          if (collapsed.length < limit && count < all.length) { finish(all, count + limit); return; }
          outcome.results = collapsed.slice(0, limit);
          callback(outcome);
        });
    }
  };

  /* ---------- snippets and highlighting ---------- */

  /** Strings to mark in text: each query term, and each whole run of the query's CJK characters. */
  function highlightTerms(groups) {
    var out = [];
    groups.forEach(function (g) { if (out.indexOf(g.term) < 0) out.push(g.term); });
    return out.sort(function (a, b) { return b.length - a.length; });
  }

  /**
   * Ranges [start, end) of `needles` in `text`, merged. The text is matched in normalized form (NFKC, lowercase,
   * character by character, so every normalized position maps back to a character of the original).
   */
  function matchRanges(text, needles) {
    var hay = '', origin = [], ranges = [];
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i), width = cp > 0xFFFF ? 2 : 1;
      var folded = normalize(text.slice(i, i + width));
      for (var k = 0; k < folded.length; k++) origin.push(i);
      hay += folded;
      i += width;
    }
    origin.push(text.length);
    function back(at) { return origin[Math.min(at, origin.length - 1)]; }
    needles.forEach(function (needle) {
      if (!needle) return;
      var from = 0, at;
      while ((at = hay.indexOf(needle, from)) >= 0 && ranges.length < 200) {
        var end = at + needle.length;
        var last = back(end - 1);
        ranges.push([back(at), last + (text.codePointAt(last) > 0xFFFF ? 2 : 1)]);
        from = end;
      }
    });
    ranges.sort(function (x, y) { return x[0] - y[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /** [{text, mark}] pieces of a window of `text` around its first match, at most `width` characters. */
  function snippet(text, needles, width) {
    text = String(text || '');
    width = width || 160;
    var ranges = matchRanges(text, needles);
    var start = 0;
    if (ranges.length && ranges[0][0] > width / 3) start = ranges[0][0] - Math.floor(width / 3);
    var end = Math.min(text.length, start + width);
    // Do not cut a surrogate pair.
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start--;
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    var pieces = [], at = start;
    if (start > 0) pieces.push({ text: '…', mark: false });
    ranges.forEach(function (r) {
      if (r[1] <= start || r[0] >= end) return;
      var s = Math.max(r[0], start), e = Math.min(r[1], end);
      if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
      pieces.push({ text: text.slice(s, e), mark: true });
      at = e;
    });
    if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  }

  /* ---------- answer cards ---------- */

  function versionParts(text) {
    var m = /^(\d+(?:\.\d+){0,3})$/.exec(String(text).trim());
    return m ? m[1].split('.').map(Number) : null;
  }

  function compareVersions(a, b) {
    var x = versionParts(a) || [0], y = versionParts(b) || [0];
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      var p = x[i] || 0, q = y[i] || 0;
      if (p !== q) return p < q ? -1 : 1;
    }
    return 0;
  }

  /** The release for "X.Y" (newest X.Y.*) or an exact version, from a list of {v}. */
  function pickRelease(list, version) {
    var exact = null, newest = null, depth = version.split('.').length;
    list.forEach(function (r) {
      if (r.v === version || compareVersions(r.v, version) === 0) exact = r;
      if (depth === 2 && r.v.split('.').slice(0, 2).join('.') === version) {
        if (!newest || compareVersions(r.v, newest.v) > 0) newest = r;
      }
    });
    return exact && depth > 2 ? exact : newest || exact;
  }

  function gpuKey(text) {
    var words = normalize(text).split(/\s+/).filter(Boolean);
    if (words[0] === 'nvidia' && words.length > 1) words.shift();
    return words.join(' ');
  }

  /** Cards for a query that names a GPU, a CUDA or PyTorch version, or a driver number. */
  function answerCards(cards, query) {
    if (!cards) return [];
    var q = normalize(query).replace(/\s+/g, ' ').trim();
    if (!q || q.length > 60) return [];
    var out = [], m;
    var key = gpuKey(q);
    cards.gpus.forEach(function (g) {
      if (g.keys.indexOf(key) >= 0) out.push({ kind: 'gpu', title: g.title, facts: g.facts, url: g.url, resolve: g.resolve });
    });
    if ((m = /^(?:cuda|cuda toolkit|cuda 工具包)\s*(\d+\.\d+(?:\.\d+)?)$/.exec(q))) {
      var c = pickRelease(cards.cuda, m[1]);
      if (c) out.push({ kind: 'cuda', title: c.title, facts: c.facts, url: c.url, resolve: c.resolve });
    }
    if ((m = /^(?:torch|pytorch)\s*(\d+\.\d+(?:\.\d+)?)$/.exec(q))) {
      var t = pickRelease(cards.torch, m[1]);
      if (t) out.push({ kind: 'torch', title: t.title, facts: t.facts, url: t.url, resolve: t.resolve });
    }
    if ((m = /^(?:driver|驱动)?\s*(\d{3}\.\d{1,3}(?:\.\d{1,3})?)$/.exec(q))) {
      var driver = m[1], facts = [];
      [['linux', 'Linux'], ['windows', 'Windows / WSL2']].forEach(function (os) {
        var step = null;
        (cards.drivers[os[0]] || []).forEach(function (s) { if (compareVersions(s[0], driver) <= 0) step = s; });
        facts.push([os[1], step ? step[1] : say('script.card_driver_none')]);
      });
      out.push({ kind: 'driver', title: say('script.driver', { driver: driver }), facts: facts, url: null,
        resolve: cards.resolver + '?driver=' + encodeURIComponent(driver) });
    }
    return out;
  }

  /* ---------- DOM ---------- */

  function el(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function appendPieces(doc, parent, pieces) {
    pieces.forEach(function (p) {
      if (p.mark) parent.appendChild(el(doc, 'mark', null, p.text));
      else parent.appendChild(doc.createTextNode(p.text));
    });
  }

  function renderCards(doc, container, cards, root) {
    while (container.firstChild) container.removeChild(container.firstChild);
    cards.forEach(function (card) {
      var box = el(doc, 'section', 'answer-card answer-' + card.kind);
      box.appendChild(el(doc, 'p', 'answer-title', card.title));
      var list = el(doc, 'dl', 'answer-facts');
      card.facts.forEach(function (f) {
        list.appendChild(el(doc, 'dt', null, f[0]));
        list.appendChild(el(doc, 'dd', null, f[1]));
      });
      box.appendChild(list);
      var links = el(doc, 'p', 'answer-links');
      if (card.url) {
        var a = el(doc, 'a', null, say('script.card_details'));
        a.href = root + card.url;
        links.appendChild(a);
      }
      if (card.resolve) {
        if (links.firstChild) links.appendChild(doc.createTextNode(' · '));
        var r = el(doc, 'a', null, say('script.card_open_resolver'));
        r.href = root + card.resolve;
        links.appendChild(r);
      }
      box.appendChild(links);
      container.appendChild(box);
    });
  }

  /** One result as a list item: page title › section heading, then a snippet with the matches marked. */
  function resultItem(doc, result, root, section, id) {
    var li = el(doc, 'li', 'search-result');
    if (id) { li.id = id; li.setAttribute('role', 'option'); }
    var a = el(doc, 'a', 'search-result-link');
    a.href = root + section.url;
    a.appendChild(el(doc, 'span', 'search-result-title', result.title));
    if (section.anchor && section.heading && section.heading !== result.title) {
      a.appendChild(el(doc, 'span', 'search-result-heading', ' › ' + section.heading));
    }
    li.appendChild(a);
    var p = el(doc, 'p', 'search-result-snippet');
    appendPieces(doc, p, snippet(section.text, result.needles, 140));
    li.appendChild(p);
    return li;
  }

  function rootOf(doc) {
    var r = doc.documentElement.getAttribute('data-root');
    return r === null ? '' : r;
  }

  /** The browser loader: inject search/<name>.js as a classic script. */
  function scriptLoader(doc, win, root) {
    return function (name, callback) {
      var script = doc.createElement('script');
      script.src = root + 'search/' + name + '.js';
      script.async = true;
      script.onload = function () {
        var store = win.GPUKB_SEARCH_DATA || {};
        callback(null, store[name]);
      };
      script.onerror = function () { callback(say('script.search_shard_missing', { name: name })); };
      doc.head.appendChild(script);
    };
  }

  function queryParam(search) {
    var out = '';
    String(search || '').replace(/^\?/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      var key = i < 0 ? pair : pair.slice(0, i);
      if (key !== 'q') return;
      try { out = decodeURIComponent((i < 0 ? '' : pair.slice(i + 1)).replace(/\+/g, ' ')); } catch (e) { out = ''; }
    });
    return out;
  }

  function init(doc, win) {
    var root = rootOf(doc);
    var engine = new Engine(scriptLoader(doc, win, root));
    api.engine = engine;
    initHeader(doc, win, engine, root);
    initResultsPage(doc, win, engine, root);
  }

  function initHeader(doc, win, engine, root) {
    var input = doc.getElementById('site-search-input');
    // On a phone there is no keyboard to press / or Ctrl+K on: the hint would only crowd the box.
    if (input && win.matchMedia && win.matchMedia('(max-width: 600px)').matches) input.placeholder = say('page.search_label');
    var panel = doc.getElementById('site-search-panel');
    var list = doc.getElementById('site-search-results');
    var cardsBox = doc.getElementById('site-search-cards');
    var status = doc.getElementById('site-search-status');
    var more = doc.getElementById('site-search-more');
    if (!input || !panel || !list) return;
    var sequence = 0, active = -1, selectFirst = false;

    function options() { return list.querySelectorAll('[role="option"]'); }
    function setActive(i) {
      var items = options();
      if (!items.length) { active = -1; input.removeAttribute('aria-activedescendant'); return; }
      active = (i + items.length) % items.length;
      for (var k = 0; k < items.length; k++) items[k].setAttribute('aria-selected', k === active ? 'true' : 'false');
      input.setAttribute('aria-activedescendant', items[active].id);
      if (items[active].scrollIntoView) items[active].scrollIntoView({ block: 'nearest' });
    }
    function open(show) {
      panel.hidden = !show;
      input.setAttribute('aria-expanded', show ? 'true' : 'false');
      if (!show) { active = -1; input.removeAttribute('aria-activedescendant'); }
    }
    function run() {
      var query = input.value;
      var mine = ++sequence;
      if (!query.trim()) { open(false); return; }
      engine.search(query, { limit: 8 }, function (outcome) {
        if (mine !== sequence) return;
        while (list.firstChild) list.removeChild(list.firstChild);
        if (cardsBox) renderCards(doc, cardsBox, outcome.cards, root);
        outcome.results.forEach(function (result, i) {
          list.appendChild(resultItem(doc, result, root, result.sections[0], 'site-search-option-' + i));
        });
        if (status) {
          status.textContent = outcome.error ? outcome.error
            : outcome.results.length ? searchNote(outcome) : say(outcome.terms.length ? 'script.search_none' : 'script.search_prompt');
        }
        if (more) more.href = root + 'search/index.html?q=' + encodeURIComponent(query);
        active = -1;
        open(true);
        if (selectFirst) { selectFirst = false; setActive(0); }
      });
    }
    input.addEventListener('input', run);
    input.addEventListener('focus', function () { if (input.value.trim()) run(); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (panel.hidden) { selectFirst = true; run(); } else setActive(active + 1);
      }
      else if (event.key === 'ArrowUp') { event.preventDefault(); setActive(active - 1); }
      else if (event.key === 'Escape') {
        if (!panel.hidden) { event.preventDefault(); open(false); } else { input.blur(); }
      } else if (event.key === 'Enter') {
        var items = options();
        if (active >= 0 && items[active]) {
          event.preventDefault();
          var link = items[active].querySelector('a');
          if (link) win.location.href = link.href;
        }
      }
    });
    doc.addEventListener('keydown', function (event) {
      var target = event.target || {};
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || '') || target.isContentEditable;
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        input.focus();
        input.select();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    doc.addEventListener('click', function (event) {
      if (!panel.hidden && !panel.contains(event.target) && event.target !== input) open(false);
    });
  }

  function initResultsPage(doc, win, engine, root) {
    var results = doc.getElementById('search-results');
    var input = doc.getElementById('search-page-input');
    if (!results || !input) return;
    var status = doc.getElementById('search-status');
    var cardsBox = doc.getElementById('search-cards');
    var sequence = 0;
    function run(updateURL) {
      var query = input.value;
      var mine = ++sequence;
      var started = Date.now();
      engine.search(query, { limit: 50 }, function (outcome) {
        if (mine !== sequence) return;
        while (results.firstChild) results.removeChild(results.firstChild);
        if (cardsBox) renderCards(doc, cardsBox, outcome.cards, root);
        outcome.results.forEach(function (result) {
          var li = resultItem(doc, result, root, result.sections[0]);
          if (result.sections.length > 1) {
            var sub = el(doc, 'ul', 'search-result-sections');
            result.sections.slice(1).forEach(function (s) {
              var item = el(doc, 'li');
              var a = el(doc, 'a', null, s.heading);
              a.href = root + s.url;
              item.appendChild(a);
              sub.appendChild(item);
            });
            li.appendChild(sub);
          }
          results.appendChild(li);
        });
        if (status) {
          status.textContent = outcome.error ? outcome.error
            : !outcome.terms.length ? say(query.trim() ? 'script.search_no_terms' : 'script.search_start')
            : outcome.results.length ? say('script.search_found', { total: outcome.total || outcome.results.length })
              + (outcome.total > outcome.results.length ? say('script.search_found_shown', { shown: outcome.results.length }) : '')
              + say('script.search_time', { ms: Date.now() - started }) + searchNote(outcome)
            : say('script.search_none_for', { query: query });
        }
        if (updateURL && win.history && win.history.replaceState) {
          try { win.history.replaceState(null, '', '?q=' + encodeURIComponent(query)); } catch (e) { /* some browsers refuse on file:// */ }
        }
      });
    }
    input.value = queryParam(win.location.search);
    input.addEventListener('input', function () { run(true); });
    var form = input.form;
    if (form) form.addEventListener('submit', function (event) { event.preventDefault(); run(true); });
    run(false);
  }

  var api = {
    normalize: normalize,
    tokenize: tokenize,
    decodeGaps: decodeGaps,
    decodeBody: decodeBody,
    queryGroups: queryGroups,
    rewriteQuery: rewriteQuery,
    collapseReleases: collapseReleases,
    searchNote: searchNote,
    typoCandidates: typoCandidates,
    Engine: Engine,
    snippet: snippet,
    answerCards: answerCards,
    compareVersions: compareVersions,
    queryParam: queryParam,
    init: init
  };
  return api;
});
