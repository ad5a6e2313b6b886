/* ipwp site search: hand-written, no libraries, nothing from other hosts.
 * The index beside this page (manifest.json, t-N.json term shards, d-N.json document chunks) is
 * written at build time by org.ipwp.search.SearchIndexWriter. This file cuts a query exactly as
 * org.ipwp.search.SearchTokenizer / SearchQuery do: NFKC + lower case; Han runs give overlapping
 * bigrams (one character: itself); other letter/digit runs are looked up as typed (the index lists
 * every indexed English word under its stem's postings, so no stemmer is needed here); English stop
 * words are dropped; all terms must match; the whole query is also tried as a document/proposal
 * number. Shards are fetched only for the query's terms. */
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list || !window.fetch) { return; }
  var nojs = document.getElementById('search-nojs');
  if (nojs) { nojs.hidden = true; }
  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var MAX = 20;
  var files = {};
  var manifest = null;
  var timer = null;
  var serial = 0;

  function get(name) {
    if (!files[name]) {
      files[name] = fetch(name).then(function (r) {
        if (!r.ok) { throw new Error(name + ': ' + r.status); }
        return r.json();
      });
    }
    return files[name];
  }

  function normalise(text) { return text.normalize('NFKC').toLowerCase(); }

  function runs(text) {
    var s = normalise(text), out = [], cur = '', curClass = 0;
    for (var ch of s) {
      var cls = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
      if (cls !== curClass && cur) { out.push(cur); cur = ''; }
      curClass = cls;
      if (cls) { cur += ch; }
    }
    if (cur) { out.push(cur); }
    return out;
  }

  function isHan(run) { return HAN.test(Array.from(run)[0]); }

  function terms(query) {
    var stop = manifest.stop, out = [];
    runs(query).forEach(function (run) {
      if (isHan(run)) {
        var cps = Array.from(run);
        if (cps.length === 1) { out.push(run); }
        for (var i = 0; i + 1 < cps.length; i++) { out.push(cps[i] + cps[i + 1]); }
      } else if (stop.indexOf(run) < 0) {
        out.push(run);
      }
    });
    return out.filter(function (t, i) { return out.indexOf(t) === i; });
  }

  function shardOf(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % manifest.shards;
  }

  function lookup(term) {
    return get('t-' + shardOf(term) + '.json').then(function (shard) {
      return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
    });
  }

  function postings(entry) {
    var map = new Map();
    if (entry) { for (var i = 0; i + 1 < entry.p.length; i += 2) { map.set(entry.p[i], entry.p[i + 1]); } }
    return map;
  }

  function search(query) {
    var ts = terms(query);
    var keyword = '#' + normalise(query).replace(/[ \t\n\v\f\r]+/g, '');
    var lookups = ts.map(lookup);
    if (keyword.length > 1) { lookups.push(lookup(keyword)); }
    return Promise.all(lookups).then(function (entries) {
      var scores = null, highlights = [];
      ts.forEach(function (t, i) {
        var p = postings(entries[i]);
        highlights.push(entries[i] && entries[i].s ? entries[i].s : t);
        if (scores === null) { scores = p; return; }
        var next = new Map();
        scores.forEach(function (w, doc) { if (p.has(doc)) { next.set(doc, w + p.get(doc)); } });
        scores = next;
      });
      if (scores === null) { scores = new Map(); }
      if (keyword.length > 1 && entries[ts.length]) {
        postings(entries[ts.length]).forEach(function (w, doc) { scores.set(doc, (scores.get(doc) || 0) + w); });
      }
      var ranked = Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      var total = ranked.length;
      ranked = ranked.slice(0, MAX);
      return Promise.all(ranked.map(function (r) {
        return get('d-' + Math.floor(r[0] / manifest.chunk) + '.json').then(function (c) { return c[r[0] % manifest.chunk]; });
      })).then(function (docs) {
        var hanRuns = runs(query).filter(isHan);
        var latin = highlights.filter(function (m) { return !isHan(m); });
        return { total: total, docs: docs, whole: hanRuns.concat(latin), marks: hanRuns.concat(highlights) };
      });
    });
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  function markPattern(marks) {
    var parts = marks.filter(Boolean).sort(function (a, b) { return b.length - a.length; }).map(function (m) {
      return HAN.test(Array.from(m)[0]) ? escapeRegExp(m) : escapeRegExp(m) + '[\\p{L}\\p{Nd}]*';
    });
    return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
  }

  function excerpt(text, pattern, into) {
    var start = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var first = pattern.exec(text);
      if (first) { start = Math.max(0, first.index - 40); }
    }
    var piece = (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
    var last = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var m;
      while ((m = pattern.exec(piece)) !== null) {
        if (m[0].length === 0) { pattern.lastIndex++; continue; }
        into.appendChild(document.createTextNode(piece.slice(last, m.index)));
        var mark = document.createElement('mark');
        mark.textContent = m[0];
        into.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    into.appendChild(document.createTextNode(piece.slice(last)));
  }

  function say(template, value) { status.textContent = template.replace('{0}', value); }

  function render(query, result) {
    list.textContent = '';
    var whole = markPattern(result.whole), parts = markPattern(result.marks);
    result.docs.forEach(function (doc) {
      /* mark the query's Chinese words whole; their bigrams only where the whole word does not occur */
      var pattern = whole;
      if (whole) { whole.lastIndex = 0; }
      if (!whole || !whole.test(doc[3])) { pattern = parts; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc[2];
      a.textContent = doc[0];
      li.appendChild(a);
      var kind = document.createElement('p');
      kind.className = 'search-kind';
      kind.textContent = doc[4] ? doc[1] + ' · ' + doc[4] : doc[1];
      li.appendChild(kind);
      var p = document.createElement('p');
      p.className = 'search-excerpt';
      excerpt(doc[3], pattern, p);
      li.appendChild(p);
      list.appendChild(li);
    });
    if (result.total === 0) { say(status.dataset.none, query); } else { say(status.dataset.count, String(result.total)); }
  }

  function run() {
    var query = input.value.trim();
    var mine = ++serial;
    if (history.replaceState) {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    }
    if (!query) { list.textContent = ''; status.textContent = ''; return; }
    status.textContent = status.dataset.loading;
    get('manifest.json').then(function (m) {
      manifest = m;
      return search(query);
    }).then(function (result) {
      if (mine === serial) { render(query, result); }
    }).catch(function () {
      if (mine === serial) {
        list.textContent = '';
        if (nojs) { nojs.hidden = false; }
        status.textContent = status.dataset.error;
      }
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}());
