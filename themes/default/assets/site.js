/* gpukb default theme: theme toggle, mobile nav, copy buttons, tabs, TOC scroll spy.
   Classic script, no dependencies; works from file://. Pure logic is exported
   (module.exports under node, window.GPUKB in the browser) for tests. */
(function (factory) {
  'use strict';
  var api = factory();
  // `module.exports` must be a real object: an element with id="module"
  // would otherwise make `typeof module === 'object'` true in a browser.
  if (typeof module === 'object' && module !== null &&
      typeof module.exports === 'object' && module.exports !== null) {
    module.exports = api;
    return;
  }
  window.GPUKB = api;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { api.init(document, window); });
  } else {
    api.init(document, window);
  }
})(function () {
  'use strict';

  var THEME_KEY = 'gpukb-theme';
  var TAB_KEY = 'gpukb-tab';
  var PROFILE_KEY = 'gpukb-profile';
  var FEEDBACK_MS = 1500;

  /* ---------- pure logic ---------- */

  /**
   * The theme's text for `key` (assets/text.<language>.js sets window.GPUKB_TEXT from the theme's string table) with
   * each `{name}` that `values` has replaced; a name `values` lacks stays as it is. The other scripts call it as
   * GPUKB.say, so every script speaks the page's language.
   */
  function say(key, values) {
    var table = (typeof globalThis !== 'undefined' && globalThis.GPUKB_TEXT) || {};
    var has = function (name) { return Object.prototype.hasOwnProperty.call(table, name); };
    // A singular form (`key_one`) where the table has one and the count is 1.
    if (values && String(values.count) === '1' && has(key + '_one')) key = key + '_one';
    var text = has(key) ? table[key] : key;
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function isTheme(t) { return t === 'dark' || t === 'light'; }

  /** The theme in effect: the stored/explicit one, else the system's. */
  function effectiveTheme(current, systemDark) {
    return isTheme(current) ? current : (systemDark ? 'dark' : 'light');
  }

  /** The theme a click on the toggle switches to. */
  function nextTheme(current, systemDark) {
    return effectiveTheme(current, systemDark) === 'dark' ? 'light' : 'dark';
  }

  /** aria-pressed means "dark mode on"; the title says what a click does. */
  function themeButtonState(effective) {
    var dark = effective === 'dark';
    return {
      pressed: dark ? 'true' : 'false',
      label: say('script.dark_mode'),
      title: say(dark ? 'script.to_light' : 'script.to_dark')
    };
  }

  /** Tab keys compare case-insensitively, with runs of blanks as one "-". */
  function normalizeTabKey(key) {
    if (key === null || key === undefined) return '';
    return String(key).trim().toLowerCase().replace(/\s+/g, '-');
  }

  /** Index of the tab whose key matches `key` among `keys`, or -1. */
  function chooseTab(keys, key) {
    var want = normalizeTabKey(key);
    if (!want || !keys) return -1;
    for (var i = 0; i < keys.length; i++) {
      if (normalizeTabKey(keys[i]) === want) return i;
    }
    return -1;
  }

  /** Keyboard navigation in a tab list: the index to move to, or -1. */
  function nextTabIndex(current, count, key) {
    if (count <= 0) return -1;
    switch (key) {
      case 'ArrowRight': case 'ArrowDown': return (current + 1) % count;
      case 'ArrowLeft': case 'ArrowUp': return (current - 1 + count) % count;
      case 'Home': return 0;
      case 'End': return count - 1;
      default: return -1;
    }
  }

  /** Text a copy button copies: data-copy wins, else the code without its trailing newline(s). */
  function copyTextFor(data) {
    data = data || {};
    if (typeof data.copy === 'string') return data.copy;
    var code = data.code === null || data.code === undefined ? '' : String(data.code);
    return code.replace(/(?:\r?\n)+$/, '');
  }

  /** TOC scroll spy: index of the last heading whose top is at or above `offset`
      (tops in document order, viewport coordinates); the last one at the page end; -1 above the first. */
  function pickActiveHeading(tops, offset, atBottom) {
    if (!tops || !tops.length) return -1;
    if (atBottom) return tops.length - 1;
    var active = -1;
    for (var i = 0; i < tops.length; i++) {
      if (tops[i] <= offset) active = i; else break;
    }
    return active;
  }

  /** "#%E5%AE%89" or "#安装" -> "安装" (ids are not percent-encoded). */
  function hashToId(hash) {
    if (!hash || hash.charAt(0) !== '#') return '';
    var raw = hash.slice(1);
    try { return decodeURIComponent(raw); } catch (e) { return raw; }
  }

  /* ---------- DOM helpers ---------- */

  function storageGet(win, key) {
    try { return win.localStorage.getItem(key); } catch (e) { return null; }
  }
  function storageSet(win, key, value) {
    try { win.localStorage.setItem(key, value); } catch (e) { /* file:// or privacy mode */ }
  }
  function toArray(list) { return Array.prototype.slice.call(list || []); }
  function closest(el, selector) {
    for (; el && el.nodeType === 1; el = el.parentNode) {
      if (el.matches && el.matches(selector)) return el;
    }
    return null;
  }

  /* ---------- theme ---------- */

  function initTheme(doc, win) {
    var root = doc.documentElement;
    var mq = win.matchMedia ? win.matchMedia('(prefers-color-scheme: dark)') : null;
    var buttons = toArray(doc.querySelectorAll('.theme-toggle'));
    function systemDark() { return !!(mq && mq.matches); }
    function sync() {
      var state = themeButtonState(effectiveTheme(root.getAttribute('data-theme'), systemDark()));
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', state.pressed);
        b.setAttribute('aria-label', state.label);
        b.setAttribute('title', state.title);
      });
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        var next = nextTheme(root.getAttribute('data-theme'), systemDark());
        root.setAttribute('data-theme', next);
        root.style.colorScheme = next; // not in style.css: the CI's CSS validator lacks color-scheme
        storageSet(win, THEME_KEY, next);
        sync();
      });
    });
    if (mq) {
      if (mq.addEventListener) mq.addEventListener('change', sync);
      else if (mq.addListener) mq.addListener(sync);
    }
    sync();
  }

  /* ---------- mobile navigation ---------- */

  function initNav(doc, win) {
    var toggle = doc.querySelector('.nav-toggle');
    var nav = doc.getElementById('site-nav');
    if (!toggle || !nav) return;
    var root = doc.documentElement;
    function isOpen() { return toggle.getAttribute('aria-expanded') === 'true'; }
    function setOpen(open, restoreFocus) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
      root.classList.toggle('nav-open', open);
      if (open) {
        var current = nav.querySelector('[aria-current="page"]') || nav.querySelector('a');
        if (current && current.focus) current.focus({ preventScroll: true });
      } else if (restoreFocus) {
        toggle.focus();
      }
    }
    toggle.addEventListener('click', function () { setOpen(!isOpen(), false); });
    doc.addEventListener('keydown', function (e) {
      if ((e.key === 'Escape' || e.key === 'Esc') && isOpen()) setOpen(false, true);
    });
    // A click outside the open drawer (on the backdrop) closes it.
    doc.addEventListener('click', function (e) {
      if (isOpen() && !nav.contains(e.target) && !toggle.contains(e.target)) setOpen(false, false);
    });
    // Following an in-page link closes it too.
    nav.addEventListener('click', function (e) {
      if (closest(e.target, 'a') && isOpen()) setOpen(false, false);
    });
    if (win.matchMedia) {
      var wide = win.matchMedia('(min-width: 960px)');
      var onWide = function () { if (wide.matches && isOpen()) setOpen(false, false); };
      if (wide.addEventListener) wide.addEventListener('change', onWide);
      else if (wide.addListener) wide.addListener(onWide);
    }
  }

  /* ---------- copy buttons ---------- */

  function fallbackCopy(doc, text) {
    var ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.top = '0';
    ta.style.left = '-9999px';
    ta.style.opacity = '0';
    doc.body.appendChild(ta);
    var active = doc.activeElement;
    ta.focus();
    ta.select();
    var ok = false;
    try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
    doc.body.removeChild(ta);
    if (active && active.focus) active.focus();
    return ok;
  }

  function writeClipboard(doc, win, text, done) {
    var clip = win.navigator && win.navigator.clipboard;
    if (clip && typeof clip.writeText === 'function') {
      var p;
      try { p = clip.writeText(text); } catch (e) { p = null; }
      if (p && typeof p.then === 'function') {
        p.then(function () { done(true); }, function () { done(fallbackCopy(doc, text)); });
        return;
      }
      if (p !== null) { done(true); return; }
    }
    done(fallbackCopy(doc, text));
  }

  // Delegated, so buttons added later (the resolver's results) copy too.
  function initCopy(doc, win) {
    doc.addEventListener('click', function (e) {
      var button = closest(e.target, '.copy-button');
      if (!button) return;
      if (!button.hasAttribute('data-label')) button.setAttribute('data-label', button.textContent);
      var original = button.getAttribute('data-label');
      var block = closest(button, '.code-block') || button.parentNode;
      var code = block && block.querySelector('pre code');
      var text = copyTextFor({
        copy: button.hasAttribute('data-copy') ? button.getAttribute('data-copy') : null,
        code: code ? code.textContent : ''
      });
      writeClipboard(doc, win, text, function (ok) {
        button.textContent = say(ok ? 'script.copied' : 'script.copy_failed');
        button.classList.toggle('is-copied', ok);
        if (button._gpukbTimer) win.clearTimeout(button._gpukbTimer);
        button._gpukbTimer = win.setTimeout(function () {
          button.textContent = original;
          button.classList.remove('is-copied');
          button._gpukbTimer = null;
        }, FEEDBACK_MS);
      });
    });
  }

  /* ---------- matrix filter ---------- */

  /** Whether a row's text contains every word of the query (case-insensitive). */
  function rowMatches(text, query) {
    var haystack = String(text || '').toLowerCase();
    return String(query || '').toLowerCase().split(/\s+/).filter(Boolean).every(function (word) {
      return haystack.indexOf(word) >= 0;
    });
  }

  function initMatrices(doc) {
    toArray(doc.querySelectorAll('.matrix')).forEach(function (matrix) {
      var input = matrix.querySelector('.matrix-filter');
      var count = matrix.querySelector('.matrix-count');
      var empty = matrix.querySelector('.matrix-empty');
      if (!input) return;
      var rows = toArray(matrix.querySelectorAll('tbody tr'));
      input.addEventListener('input', function () {
        var shown = 0;
        rows.forEach(function (row) {
          var ok = rowMatches(row.textContent, input.value);
          row.hidden = !ok;
          if (ok) shown++;
        });
        var filtered = input.value.trim() !== '';
        if (count) count.textContent = filtered ? say('script.rows_filtered', { shown: shown, total: rows.length }) : say('fragment.rows', { count: rows.length });
        if (empty) empty.hidden = shown > 0;
      });
    });
  }

  /* ---------- page contents on narrow screens ---------- */

  /**
   * Where the table of contents column is hidden (below 1200 px), the same list opens from a folded
   * "本页目录" box above the page's first heading; following a link folds it again.
   */
  function initInlineToc(doc) {
    var toc = doc.querySelector('.toc-column .toc');
    var page = doc.querySelector('.page');
    if (!toc || !page) return;
    var box = doc.createElement('details');
    box.className = 'toc-inline';
    var summary = doc.createElement('summary');
    summary.textContent = say('page.toc');
    box.appendChild(summary);
    var list = toc.querySelector('ul');
    if (!list) return;
    var copy = list.cloneNode(true);
    toArray(copy.querySelectorAll('[aria-current], .is-active')).forEach(function (a) {
      a.removeAttribute('aria-current'); a.classList.remove('is-active');
    });
    box.appendChild(copy);
    copy.addEventListener('click', function (event) {
      if (event.target && event.target.closest && event.target.closest('a')) box.open = false;
    });
    var heading = page.querySelector('h1');
    var after = heading && heading.nextElementSibling && heading.nextElementSibling.classList.contains('page-meta')
      ? heading.nextElementSibling : heading;
    if (after && after.parentNode === page) page.insertBefore(box, after.nextSibling); else page.insertBefore(box, page.firstChild);
  }

  /* ---------- my machine ---------- */

  var OS_TABS = { linux: 'linux', windows: 'windows', wsl2: 'wsl2', macos: 'macos' };
  var OS_LABEL = { linux: 'Linux', windows: 'Windows', wsl2: 'WSL2', macos: 'macOS' };

  /** A stored profile, or null: {gpu, driver, os}, each a short string; anything else is ignored. */
  function parseProfile(text) {
    if (!text) return null;
    var value;
    try { value = JSON.parse(text); } catch (e) { return null; }
    if (!value || typeof value !== 'object') return null;
    var out = {};
    ['gpu', 'driver', 'os', 'cpu'].forEach(function (k) {
      if (typeof value[k] === 'string' && value[k].length <= 80) out[k] = value[k].trim();
    });
    if (out.os && !OS_TABS[out.os]) delete out.os;
    if (out.cpu !== 'aarch64') delete out.cpu;
    return out.gpu || out.driver || out.os ? out : null;
  }

  /** "RTX 4090 · <driver 550.54.14> · Linux" */
  function profileLabel(profile) {
    var parts = [];
    if (profile.gpu) parts.push(profile.gpu);
    if (profile.driver) parts.push(say('script.driver', { driver: profile.driver }));
    if (profile.os) parts.push(OS_LABEL[profile.os]);
    if (profile.cpu) parts.push(profile.cpu);
    return parts.join(' · ');
  }

  /**
   * The reader's machine, kept in the browser (works from file://): a bar under the header on every page says
   * which machine the pages are read for and links to the resolver's answer; tabs open on its OS; the row of its
   * GPU is marked in tables. The resolver page saves it (saveProfile); one click clears it.
   */
  function initProfile(doc, win) {
    var profile = parseProfile(storageGet(win, PROFILE_KEY));
    var main = doc.querySelector('.page');
    if (!profile || !main) return;
    var root = doc.documentElement.getAttribute('data-root') || '';
    var bar = doc.createElement('p');
    bar.className = 'profile-bar';
    bar.appendChild(doc.createTextNode(say('script.profile_bar', { machine: profileLabel(profile) }) + ' '));
    var query = [];
    ['gpu', 'os', 'driver'].forEach(function (k) { if (profile[k]) query.push(k + '=' + encodeURIComponent(profile[k])); });
    var link = doc.createElement('a');
    link.href = root + 'resolve/index.html?' + query.join('&');
    link.textContent = say('script.profile_resolve');
    bar.appendChild(link);
    var clear = doc.createElement('button');
    clear.type = 'button';
    clear.className = 'profile-clear';
    clear.textContent = say('script.profile_clear');
    clear.addEventListener('click', function () {
      try { win.localStorage.removeItem(PROFILE_KEY); } catch (e) { /* nothing stored */ }
      if (bar.parentNode) bar.parentNode.removeChild(bar);
      toArray(doc.querySelectorAll('.is-my-gpu')).forEach(function (row) { row.classList.remove('is-my-gpu'); });
    });
    bar.appendChild(clear);
    main.insertBefore(bar, main.firstChild);
    if (profile.os && !storageGet(win, TAB_KEY)) selectKeyEverywhere(doc, OS_TABS[profile.os], null);
    // The driver's CUDA and the GPU's name come from the search's answer cards (search/cards.js, written by the build
    // from the resolver and the GPU aliases), not from rules copied here. search.js starts its engine in its own
    // DOMContentLoaded handler, after this one.
    if (!profile.driver && !profile.gpu) return;
    win.setTimeout(function () {
      var search = win.GPUKBSearch;
      if (!search || !search.engine) return;
      search.engine.open(function (error) {
        var cards = search.engine.data.cards;
        if (error || !cards) return;
        function card(query, kind) {
          return search.answerCards(cards, query).filter(function (c) { return c.kind === kind; })[0];
        }
        var driver = profile.driver && card(profile.driver, 'driver');
        if (driver && bar.parentNode) {
          var fact = driver.facts[profile.os === 'windows' || profile.os === 'wsl2' ? 1 : 0];
          var line = doc.createElement('span');
          line.className = 'profile-driver';
          line.textContent = say('script.profile_driver_fact', { driver: profile.driver, fact: fact[1] });
          bar.insertBefore(line, link);
        }
        var gpu = profile.gpu && card(profile.gpu, 'gpu');
        if (gpu && bar.parentNode) {
          toArray(doc.querySelectorAll('.matrix tbody tr')).forEach(function (row) {
            var head = row.querySelector('th');
            if (head && head.textContent.trim() === gpu.title) row.classList.add('is-my-gpu');
          });
        }
        var gpuSlot = doc.querySelector('[data-applies-gpu]');
        if (gpuSlot && profile.gpu) {
          var mine = gpu && gpu.title === gpuSlot.getAttribute('data-applies-gpu');
          gpuSlot.textContent = '';
          gpuSlot.appendChild(doc.createTextNode(mine ? say('script.applies_gpu_mine') :
            say(gpu && gpu.url ? 'script.applies_gpu_other_link' : 'script.applies_gpu_other', { gpu: gpu ? gpu.title : profile.gpu })));
          if (!mine && gpu && gpu.url) {
            var other = doc.createElement('a');
            other.href = root + gpu.url;
            other.textContent = say('script.applies_gpu_page', { gpu: gpu.title });
            gpuSlot.appendChild(other);
          }
          gpuSlot.className = 'profile-applies ' + (mine ? 'is-mine' : 'is-other');
          gpuSlot.hidden = false;
        }
      });
    }, 0);
    // Data pages that judge builds for the saved machine load the resolver's tables once, only then.
    var pytorchMatrix = doc.querySelector('.matrix[data-matrix="pytorch"]');
    var releaseSlot = doc.querySelector('[data-applies-pytorch]');
    if (profile.gpu && (pytorchMatrix || releaseSlot)) {
      loadScripts(doc, [root + 'resolve/compat-data.js', root + 'assets/resolve.js'], function () {
        if (!bar.parentNode) return;
        var data = win.GPUKB_COMPAT, R = win.GPUKBResolve;
        if (pytorchMatrix) markBuilds(doc, pytorchMatrix, buildVerdicts(data, R, profile), profile, R);
        var lines = releaseSlot && releaseVerdicts(data, R, profile, releaseSlot.getAttribute('data-applies-pytorch'));
        if (!lines) return;
        releaseSlot.textContent = '';
        releaseSlot.appendChild(doc.createElement('strong')).textContent = say('script.applies_release', { machine: profileLabel(profile) });
        var list = releaseSlot.appendChild(doc.createElement('ul'));
        lines.forEach(function (line) {
          var item = list.appendChild(doc.createElement('li'));
          item.className = 'applies-' + line.status;
          item.textContent = line.text;
        });
        releaseSlot.hidden = false;
      });
    }
  }

  /** The resolver's builds for the saved machine ({gpu, driver, builds}); {gpu: null} when its GPU is not found. */
  function resolveProfile(data, R, profile) {
    var gpu = R.findGPU(data, profile.gpu);
    if (!gpu) return { gpu: null, driver: null, builds: [] };
    var driver = profile.driver ? R.parseDriver(profile.driver) : null;
    return { gpu: gpu, driver: driver, builds: R.resolve(data, { gpu: gpu, os: profile.os || 'linux', driver: driver, python: null, pm: 'pip', cpu: profile.cpu || '' }) };
  }

  /**
   * The resolver's verdict for every build on the saved machine, keyed "2.14.1/cu130": {status, why}; null when the
   * data or the GPU is missing (the matrix is then left as it is).
   */
  function buildVerdicts(data, R, profile) {
    if (!data || !R || profile.os === 'macos') return null;
    var machine = resolveProfile(data, R, profile);
    if (!machine.gpu) return null;
    var out = {};
    machine.builds.forEach(function (b) { out[b.pytorch + '/' + b.variant] = { status: b.status, why: b.why }; });
    return out;
  }

  /** Marks each CUDA build in the PyTorch matrix with its verdict for the saved machine, and says so above the table. */
  function markBuilds(doc, matrix, verdicts, profile, R) {
    if (!verdicts) return;
    toArray(matrix.querySelectorAll('tbody tr')).forEach(function (row) {
      var head = row.querySelector('th'), cell = row.querySelector('td');
      if (!head || !cell || cell.querySelector('.build-verdict')) return;
      var version = head.textContent.trim();
      // "cu126 cu129（仅 Linux） cu130（默认）" or "cu130 (default)": each tag with its notes is one item.
      var text = cell.textContent, pattern = /cu(\d+)(?:（[^）]*）| \([^)]*\))*/g, last = 0, match;
      cell.textContent = '';
      while ((match = pattern.exec(text)) !== null) {
        var verdict = verdicts[version + '/cu' + match[1]];
        if (match.index > last) cell.appendChild(doc.createTextNode(text.slice(last, match.index)));
        last = pattern.lastIndex;
        if (!verdict) { cell.appendChild(doc.createTextNode(match[0])); continue; }
        var span = doc.createElement('span');
        span.className = 'build-verdict verdict-' + verdict.status;
        span.textContent = match[0];
        span.title = verdict.why ? say('script.verdict_title', { status: R.statusLabel(verdict.status), why: verdict.why }) : R.statusLabel(verdict.status);
        cell.appendChild(span);
      }
      if (last < text.length) cell.appendChild(doc.createTextNode(text.slice(last)));
    });
    var legend = doc.createElement('p');
    legend.className = 'matrix-verdicts';
    legend.textContent = say('script.matrix_verdicts', { machine: profileLabel(profile) });
    matrix.insertBefore(legend, matrix.firstChild);
  }

  /** Loads classic scripts one after another (works from file://), then calls done; an error stops quietly. */
  function loadScripts(doc, urls, done) {
    if (!urls.length) { done(); return; }
    var script = doc.createElement('script');
    script.src = urls[0];
    script.onload = function () { loadScripts(doc, urls.slice(1), done); };
    doc.head.appendChild(script);
  }

  /**
   * What the resolver says about one PyTorch release for the saved machine: a line per build of the machine's
   * platform, status and the resolver's first reason (its sentences, computed by the Swift engine). Null when the
   * data or GPU is missing; one explaining line when the release has no build for the platform.
   */
  function releaseVerdicts(data, R, profile, version) {
    if (!data || !R) return null;
    if (profile.os === 'macos') return [{ status: 'unsupported', text: say('script.release_macos') }];
    var machine = resolveProfile(data, R, profile), driver = machine.driver;
    if (!machine.gpu) {
      return [{ status: 'unsupported', text: say('script.release_unknown_gpu', { gpu: profile.gpu }) }];
    }
    var builds = machine.builds.filter(function (b) { return b.pytorch === version; });
    if (!builds.length) {
      return [{ status: 'unsupported', text: say('script.release_no_build', { os: profile.os === 'windows' ? 'Windows' : 'Linux' }) }];
    }
    var lines = builds.map(function (b) {
      var key = b.status !== 'ok' ? 'script.release_line_why' : driver ? 'script.release_line' : 'script.release_line_no_driver';
      return { status: b.status, text: say(key, { variant: b.variant, status: R.statusLabel(b.status), why: b.why }) };
    });
    // Nothing runs with this driver, but a build has code for the GPU: the driver that build needs (NVIDIA's
    // minimum from the build's own table).
    if (driver && !builds.some(function (b) { return b.status === 'ok'; })) {
      var os = profile.os || 'linux', upgrade = null;
      builds.filter(function (b) { return b.archStatus === 'ok'; }).forEach(function (b) {
        var rule = data.driverRules[b.cuda] && data.driverRules[b.cuda][os];
        if (rule && rule.need && (!upgrade || R.compareVersions(rule.need, upgrade.need) < 0)) upgrade = { need: rule.need, tag: b.variant };
      });
      if (upgrade) lines.push({ status: 'upgrade', text: say('script.release_upgrade', { need: upgrade.need, tag: upgrade.tag }) });
    }
    return lines;
  }

  /** Saves `profile` ({gpu, driver, os}, and cpu for an Arm machine); returns whether the browser kept it. */
  function saveProfile(win, profile) {
    var clean = parseProfile(JSON.stringify(profile || {}));
    if (!clean) return false;
    storageSet(win, PROFILE_KEY, JSON.stringify(clean));
    return storageGet(win, PROFILE_KEY) !== null;
  }

  /* ---------- wide tables ---------- */

  /** Which edges of a scroller hide content: {left, right}, with a pixel of slack for rounding. */
  function scrollEdges(scrollLeft, scrollWidth, clientWidth) {
    return { left: scrollLeft > 1, right: scrollLeft + clientWidth < scrollWidth - 1 };
  }

  /** A table wider than its box gets a hint above it and a shadow on the side that hides columns. */
  function initWideTables(doc, win) {
    var scrollers = toArray(doc.querySelectorAll('.page .matrix-scroll, .page table'))
      .filter(function (el) { return !(el.tagName === 'TABLE' && el.closest('.matrix-scroll')); });
    var updates = [];
    scrollers.forEach(function (scroller) {
      var hint = null;
      function update() {
        var edges = scrollEdges(scroller.scrollLeft, scroller.scrollWidth, scroller.clientWidth);
        var wide = edges.left || edges.right;
        scroller.classList.toggle('is-wide', wide);
        scroller.classList.toggle('more-left', edges.left);
        scroller.classList.toggle('more-right', edges.right);
        if (wide && !hint) {
          hint = doc.createElement('p');
          hint.className = 'wide-hint';
          hint.textContent = say('script.wide_hint');
          scroller.parentNode.insertBefore(hint, scroller);
        }
        if (hint) hint.hidden = !wide;
      }
      scroller.addEventListener('scroll', update, { passive: true });
      updates.push(update);
      update();
    });
    if (updates.length && win && win.addEventListener) {
      win.addEventListener('resize', function () { updates.forEach(function (u) { u(); }); });
    }
  }

  /* ---------- tabs ---------- */

  function tabsOf(group) {
    var list = group.querySelector('[role="tablist"]');
    // Only this group's own tabs, not those of a nested group.
    return toArray((list || group).querySelectorAll('[role="tab"]')).filter(function (t) {
      return closest(t, '.tabs') === group;
    });
  }

  function panelFor(doc, tab) {
    var id = tab.getAttribute('aria-controls');
    return id ? doc.getElementById(id) : null;
  }

  function activateInGroup(doc, group, index, focus) {
    var tabs = tabsOf(group);
    if (index < 0 || index >= tabs.length) return;
    tabs.forEach(function (tab, i) {
      var on = i === index;
      tab.classList.toggle('is-active', on);
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.setAttribute('tabindex', on ? '0' : '-1');
      var panel = panelFor(doc, tab);
      if (panel) panel.classList.toggle('is-active', on);
    });
    if (focus) tabs[index].focus();
  }

  function selectKeyEverywhere(doc, key, except) {
    toArray(doc.querySelectorAll('.tabs')).forEach(function (group) {
      if (group === except) return;
      var keys = tabsOf(group).map(function (t) { return t.getAttribute('data-tab'); });
      var i = chooseTab(keys, key);
      if (i >= 0) activateInGroup(doc, group, i, false);
    });
  }

  function initTabs(doc, win) {
    var groups = toArray(doc.querySelectorAll('.tabs'));
    if (!groups.length) return;
    groups.forEach(function (group) {
      var tabs = tabsOf(group);
      var active = 0;
      tabs.forEach(function (t, i) {
        if (t.classList.contains('is-active')) active = i;
        // Print shows every panel, each headed by its tab's name (CSS attr()).
        var panel = panelFor(doc, t);
        if (panel && !panel.hasAttribute('data-label')) panel.setAttribute('data-label', t.textContent.trim());
      });
      activateInGroup(doc, group, active, false);
    });

    var stored = storageGet(win, TAB_KEY);
    if (stored) selectKeyEverywhere(doc, stored, null);

    function choose(group, index, focus) {
      var tab = tabsOf(group)[index];
      if (!tab) return;
      // Keep the chosen tab where it is on screen while groups above change height.
      var before = tab.getBoundingClientRect().top;
      activateInGroup(doc, group, index, focus);
      var key = normalizeTabKey(tab.getAttribute('data-tab'));
      if (key) {
        selectKeyEverywhere(doc, key, group);
        storageSet(win, TAB_KEY, key);
      }
      var delta = tab.getBoundingClientRect().top - before;
      if (delta && win.scrollBy) win.scrollBy(0, delta);
    }

    groups.forEach(function (group) {
      group.addEventListener('click', function (e) {
        var tab = closest(e.target, '[role="tab"]');
        if (!tab || closest(tab, '.tabs') !== group) return;
        choose(group, tabsOf(group).indexOf(tab), false);
      });
      group.addEventListener('keydown', function (e) {
        var tab = closest(e.target, '[role="tab"]');
        if (!tab || closest(tab, '.tabs') !== group) return;
        var tabs = tabsOf(group);
        var next = nextTabIndex(tabs.indexOf(tab), tabs.length, e.key);
        if (next < 0) return;
        e.preventDefault();
        choose(group, next, true);
      });
    });
  }

  /* ---------- table of contents scroll spy ---------- */

  function initToc(doc, win) {
    var links = toArray(doc.querySelectorAll('.toc a[href^="#"]'));
    var items = [];
    links.forEach(function (a) {
      var el = doc.getElementById(hashToId(a.getAttribute('href')));
      if (el) items.push({ link: a, heading: el });
    });
    if (!items.length) return;
    var current = null;
    var pending = false;

    function offset() {
      var header = doc.querySelector('.site-header');
      var h = header ? header.getBoundingClientRect().height : 0;
      return h + Math.min(120, (win.innerHeight || 600) * 0.2);
    }
    function isAtBottom() {
      var scroller = doc.scrollingElement || doc.documentElement;
      var y = win.pageYOffset || scroller.scrollTop || 0;
      return scroller.scrollHeight > win.innerHeight + 2 && win.innerHeight + y >= scroller.scrollHeight - 2;
    }
    function update() {
      pending = false;
      var tops = items.map(function (it) { return it.heading.getBoundingClientRect().top; });
      var i = pickActiveHeading(tops, offset(), isAtBottom());
      var link = i >= 0 ? items[i].link : null;
      if (link === current) return;
      if (current) { current.classList.remove('is-active'); current.removeAttribute('aria-current'); }
      current = link;
      if (current) { current.classList.add('is-active'); current.setAttribute('aria-current', 'location'); }
    }
    function schedule() {
      if (pending) return;
      pending = true;
      (win.requestAnimationFrame || function (f) { return win.setTimeout(f, 16); })(update);
    }

    if (typeof win.IntersectionObserver === 'function') {
      // Observation only triggers a recomputation; headings crossing the
      // upper part of the viewport are what changes the answer.
      var io = new win.IntersectionObserver(schedule, { rootMargin: '0px 0px -60% 0px', threshold: [0, 1] });
      items.forEach(function (it) { io.observe(it.heading); });
    }
    // Without an observer, every scroll recomputes. With one, scrolling only
    // matters at the very end, where the last short sections never cross the line.
    var wasAtBottom = false;
    win.addEventListener('scroll', function () {
      if (typeof win.IntersectionObserver !== 'function') { schedule(); return; }
      var bottom = isAtBottom();
      if (bottom || wasAtBottom) schedule();
      wasAtBottom = bottom;
    }, { passive: true });
    win.addEventListener('hashchange', schedule);
    win.addEventListener('resize', schedule);
    update();
  }

  /* ---------- wiring ---------- */

  function init(doc, win) {
    var root = doc.documentElement;
    if (root.classList.contains('no-js')) { root.classList.remove('no-js'); root.classList.add('js'); }
    [initTheme, initNav, initCopy, initTabs, initToc, initInlineToc, initMatrices, initWideTables, initProfile].forEach(function (fn) {
      try { fn(doc, win); } catch (e) { if (win.console) win.console.error(e); }
    });
  }

  return {
    THEME_KEY: THEME_KEY,
    TAB_KEY: TAB_KEY,
    PROFILE_KEY: PROFILE_KEY,
    say: say,
    parseProfile: parseProfile,
    profileLabel: profileLabel,
    saveProfile: saveProfile,
    releaseVerdicts: releaseVerdicts,
    buildVerdicts: buildVerdicts,
    rowMatches: rowMatches,
    scrollEdges: scrollEdges,
    effectiveTheme: effectiveTheme,
    nextTheme: nextTheme,
    themeButtonState: themeButtonState,
    normalizeTabKey: normalizeTabKey,
    chooseTab: chooseTab,
    nextTabIndex: nextTabIndex,
    copyTextFor: copyTextFor,
    pickActiveHeading: pickActiveHeading,
    hashToId: hashToId,
    init: init
  };
});
