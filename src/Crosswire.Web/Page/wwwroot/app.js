// Crosswire web page: story list, story brief, article upload. Plain DOM: every piece of data is put on
// the page as a text node (textContent), never parsed as HTML, so article text is inert whatever it holds.
'use strict';

(function () {
  const view = document.getElementById('view');
  const svgNs = 'http://www.w3.org/2000/svg';
  const keyStorage = 'crosswire.apiKey';

  // el('p', {className: 'x'}, 'text', child): attributes from a fixed safe list; strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null) continue;
      if (name === 'className') node.className = value;
      else if (name === 'href') node.href = safeHref(value);
      else if (name === 'onclick') node.addEventListener('click', value);
      else if (name === 'onsubmit') node.addEventListener('submit', value);
      else if (/^aria[A-Z][a-z]+$/.test(name)) node.setAttribute('aria-' + name.slice(4).toLowerCase(), String(value));
      else if (/^(id|type|name|for|htmlFor|value|placeholder|title|role|multiple|required|autocomplete|rows|min|max|tabIndex|hidden|disabled|accept|inputMode)$/.test(name)) {
        node[name === 'for' ? 'htmlFor' : name] = value;
      } else {
        throw new Error('el: attribute not allowed: ' + name);
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  // Only http(s) links and the page's own routes are live; anything else (javascript:, data:) is not a link.
  function safeHref(value) {
    const text = String(value);
    if (text.startsWith('#/')) return text;
    try {
      const url = new URL(text, location.href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch (e) { /* not a URL */ }
    return '#/';
  }

  function link(url, text) {
    try {
      const parsed = new URL(String(url));
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        return el('a', { href: parsed.href }, text || parsed.href);
      }
    } catch (e) { /* shown as text below */ }
    return el('span', { className: 'muted' }, String(url));
  }

  function show(...children) {
    view.replaceChildren();
    append(view, children);
  }

  function when(text) {
    if (!text) return '';
    const date = new Date(text);
    return isNaN(date) ? String(text) : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error((body && (body.detail || body.title)) || ('HTTP ' + response.status));
    return body;
  }

  function failure(error) {
    return el('p', { className: 'notice error', role: 'alert' }, 'Could not load: ' + error.message);
  }

  // ---- story list ---------------------------------------------------------------------------------------
  async function renderList(params) {
    const search = params.get('search') || '';
    const since = params.get('since') || '';
    const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    const input = el('input', { type: 'search', id: 'search', name: 'search', value: search, placeholder: 'words in the stories' });
    const sinceInput = el('input', { type: 'date', id: 'since', name: 'since', value: since });
    const form = el('form', {
      className: 'search', role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const next = new URLSearchParams();
        if (input.value.trim()) next.set('search', input.value.trim());
        if (sinceInput.value) next.set('since', sinceInput.value);
        location.hash = '#/?' + next.toString();
      },
    },
    el('div', { className: 'field' }, el('label', { for: 'search' }, 'Search stories'), input),
    el('div', {}, el('label', { for: 'since' }, 'Since'), sinceInput),
    el('button', { type: 'submit' }, 'Search'));
    show(el('h1', {}, 'Stories'), form, el('p', { className: 'muted' }, 'Loading stories…'));
    const query = new URLSearchParams({ page: String(page) });
    if (search) query.set('search', search);
    if (since) query.set('since', since);
    let list;
    try {
      list = await getJson('/api/stories?' + query.toString());
    } catch (error) {
      show(el('h1', {}, 'Stories'), form, failure(error));
      return;
    }

    const items = list.stories.map((story) => el('li', { className: 'card' },
      el('a', { href: '#/story/' + encodeURIComponent(story.id) }, story.headline || story.id),
      el('div', { className: 'muted' },
        `${story.articles} article${story.articles === 1 ? '' : 's'} · ${story.outlets.join(', ')} · last ${when(story.lastSeen)}`)));
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    const goto = (n) => () => {
      const next = new URLSearchParams(params);
      next.set('page', String(n));
      location.hash = '#/?' + next.toString();
    };
    const pager = el('div', { className: 'pager' },
      el('button', { type: 'button', className: 'secondary', disabled: page <= 1, onclick: goto(page - 1) }, 'Previous'),
      el('span', { className: 'muted' }, `Page ${page} of ${pages} · ${list.total} stories`),
      el('button', { type: 'button', className: 'secondary', disabled: page >= pages, onclick: goto(page + 1) }, 'Next'));
    show(el('h1', {}, 'Stories'), form,
      items.length ? el('ul', { className: 'stories' }, items)
        : el('p', { className: 'notice' }, search || since ? 'No story matches.' : 'No stories yet: add articles first.'),
      pager);
  }

  // ---- story page ---------------------------------------------------------------------------------------
  async function renderStory(id) {
    show(el('p', { className: 'muted' }, 'Loading the brief…'));
    let brief, articles;
    try {
      const [briefJson, articlesJson] = await Promise.all([
        getJson('/api/stories/' + encodeURIComponent(id)),
        getJson('/api/stories/' + encodeURIComponent(id) + '/articles'),
      ]);
      brief = briefJson.stories[0];
      articles = articlesJson.articles;
    } catch (error) {
      show(el('p', {}, el('a', { href: '#/' }, '← All stories')), failure(error));
      return;
    }

    const sources = new Map((brief.sources || []).map((source) => [source.article, source]));
    const name = (articleId) => {
      const source = sources.get(articleId);
      return source ? (source.outlet || source.title || articleId) : articleId;
    };
    const number = (articleId) => (sources.get(articleId) || {}).number || '?';
    const markers = (ids) => (ids || []).map((articleId) =>
      el('span', { className: 'marker', title: name(articleId) }, String(number(articleId))));

    const parts = [
      el('p', {}, el('a', { href: '#/' }, '← All stories')),
      el('h1', {}, brief.headline || brief.id),
      el('p', { className: 'muted' }, `${(brief.sources || []).length} sources · story ${brief.id}`),
    ];

    parts.push(el('h2', {}, 'Summary'));
    parts.push(el('p', { className: 'muted' }, 'Each sentence shows its sources; choose a sentence to see the source sentences side by side.'));
    parts.push(el('ol', { className: 'summary' }, (brief.summary || []).map((sentence, index) => summarySentence(sentence, index))));

    function summarySentence(sentence, index) {
      const panelId = 'evidence-' + index;
      const panel = el('div', { className: 'evidence', id: panelId, hidden: true, role: 'region', ariaLabel: 'Sources of sentence ' + (index + 1) });
      const button = el('button', {
        type: 'button', className: 'sentence', ariaExpanded: 'false', ariaControls: panelId,
        onclick: () => {
          const open = button.getAttribute('aria-expanded') !== 'true';
          button.setAttribute('aria-expanded', String(open));
          panel.hidden = !open;
          if (open && !panel.childElementCount) {
            const evidence = sentence.evidence && sentence.evidence.length
              ? sentence.evidence
              : [{ article: sentence.sources[0], text: sentence.text }];
            append(panel, evidence.map((item) => el('div', { className: 'card' + (item.copy ? ' copy' : '') },
              el('div', { className: 'muted' }, el('span', { className: 'marker' }, String(number(item.article))), ' ', name(item.article),
                item.copy ? ' (copy of another source)' : ''),
              el('p', {}, item.text))));
          }
        },
      }, sentence.text, ' ', markers(sentence.sources));
      return el('li', {}, button, panel);
    }

    const claims = brief.claims || [];
    const agreed = claims.filter((claim) => claim.status === 'corroborated');
    const single = claims.filter((claim) => claim.status === 'single-source');
    const conflicts = claims.filter((claim) => claim.status === 'conflict');

    if (agreed.length) {
      parts.push(el('h2', {}, 'Agreed facts'),
        el('ul', { className: 'claims' }, agreed.map((claim) => el('li', {}, claim.text, ' ', markers(claim.sources)))));
    }

    if (single.length) {
      parts.push(el('h2', {}, 'Only in one source'));
      const byOutlet = new Map();
      for (const claim of single) {
        const outlet = name((claim.sources || [])[0]);
        if (!byOutlet.has(outlet)) byOutlet.set(outlet, []);
        byOutlet.get(outlet).push(claim);
      }
      for (const [outlet, list] of byOutlet) {
        parts.push(el('h3', {}, outlet), el('ul', { className: 'claims' }, list.map((claim) => el('li', {}, claim.text, ' ', markers(claim.sources)))));
      }
    }

    if (conflicts.length) {
      parts.push(el('h2', {}, 'Conflicts'));
      for (const claim of conflicts) {
        const variants = claim.variants && claim.variants.length ? claim.variants : [{ text: claim.text, sources: claim.sources }];
        parts.push(el('div', { className: 'conflict card' },
          el('p', { className: 'tag conflict' }, 'Sources disagree' + (claim.kind ? ' (' + claim.kind + ')' : '')),
          el('div', { className: 'side' }, variants.map((variant) => el('div', { className: 'card' },
            el('div', { className: 'muted' }, (variant.sources || []).map(name).join(', '), ' ', markers(variant.sources)),
            el('p', {}, variant.text),
            variant.value ? el('p', { className: 'muted' }, 'Value: ' + variant.value) : null)))));
      }
    }

    const quotes = brief.quotes || [];
    if (quotes.length) {
      parts.push(el('h2', {}, 'Quotes by speaker'));
      const bySpeaker = new Map();
      for (const quote of quotes) {
        const speaker = quote.speaker || 'unknown';
        if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, []);
        bySpeaker.get(speaker).push(quote);
      }
      for (const [speaker, list] of bySpeaker) {
        parts.push(el('h3', {}, speaker), list.map((quote) => el('blockquote', {}, '“' + quote.text + '” ', markers(quote.sources))));
      }
    }

    const entities = brief.entities || [];
    if (entities.length) {
      const ids = (brief.sources || []).map((source) => source.article);
      parts.push(el('h2', {}, 'Entities'), el('div', { className: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'),
          ids.map((articleId) => el('th', { title: name(articleId) }, '[' + number(articleId) + ']')))),
        el('tbody', {}, entities.map((entity) => el('tr', {},
          el('td', {}, entity.name), el('td', {}, entity.type),
          ids.map((articleId) => el('td', {}, String((entity.mentions || {})[articleId] || '')))))))));
    }

    const timeline = brief.timeline || [];
    if (timeline.length) {
      parts.push(el('h2', {}, 'Timeline'), timelineChart(timeline),
        el('ol', { className: 'claims' }, timeline.map((entry) => el('li', {}, el('strong', {}, entry.date), ' — ', entry.text, ' ', markers(entry.sources)))));
    }

    parts.push(el('h2', {}, 'Sources'), el('ol', { className: 'sources' }, (brief.sources || []).map((source) => el('li', {},
      el('strong', {}, source.outlet || 'unknown outlet'), ': ', source.title || source.article,
      source.published ? el('span', { className: 'muted' }, ' · ' + when(source.published)) : null,
      source.url ? el('span', {}, ' · ', link(source.url)) : null,
      source.copyOf ? el('span', { className: 'muted' }, ' · copy of ' + name(source.copyOf)) : null))));

    parts.push(el('h2', {}, 'Articles'), articles.map((article) => el('details', { className: 'article card' },
      el('summary', {}, (article.outlet ? article.outlet + ': ' : '') + (article.title || article.id)),
      el('p', { className: 'muted' }, when(article.published || article.seen), article.url ? ' · ' : '', article.url ? link(article.url) : null),
      el('div', { className: 'article-text' }, article.text.split(/\n\s*\n/).map((paragraph) => el('p', {}, paragraph))))));

    show(parts);
    document.title = (brief.headline || brief.id) + ' · Crosswire';
  }

  // Dates on a horizontal axis, one dot per entry, labels alternating above and below.
  function timelineChart(entries) {
    const points = entries.map((entry) => ({ entry, time: Date.parse(entry.date.length === 7 ? entry.date + '-01' : entry.date.length === 4 ? entry.date + '-01-01' : entry.date) }))
      .filter((point) => !isNaN(point.time));
    const width = 800, height = 170, left = 40, right = 40, axisY = 85;
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('class', 'timeline');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Timeline of ' + points.length + ' dated events');
    const line = document.createElementNS(svgNs, 'line');
    for (const [k, v] of [['x1', left], ['x2', width - right], ['y1', axisY], ['y2', axisY], ['class', 'axis']]) line.setAttribute(k, String(v));
    svg.append(line);
    if (!points.length) return svg;
    const min = Math.min(...points.map((p) => p.time)), max = Math.max(...points.map((p) => p.time));
    points.forEach((point, index) => {
      const x = max === min ? width / 2 : left + (point.time - min) / (max - min) * (width - left - right);
      const dot = document.createElementNS(svgNs, 'circle');
      dot.setAttribute('cx', String(x)); dot.setAttribute('cy', String(axisY)); dot.setAttribute('r', '6'); dot.setAttribute('class', 'dot');
      const title = document.createElementNS(svgNs, 'title');
      title.textContent = point.entry.date + ': ' + point.entry.text;
      dot.append(title);
      const label = document.createElementNS(svgNs, 'text');
      const above = index % 2 === 0;
      label.setAttribute('x', String(x));
      label.setAttribute('y', String(above ? axisY - 14 - (index % 4 === 0 ? 0 : 22) : axisY + 24 + (index % 4 === 1 ? 0 : 22)));
      label.setAttribute('text-anchor', x < 100 ? 'start' : x > width - 100 ? 'end' : 'middle');
      label.textContent = point.entry.date;
      svg.append(dot, label);
    });
    return svg;
  }

  // ---- add articles -------------------------------------------------------------------------------------
  function renderAdd() {
    const key = el('input', { type: 'password', id: 'api-key', name: 'apiKey', autocomplete: 'off', value: sessionStorage.getItem(keyStorage) || '' });
    const text = el('textarea', { id: 'article-text', name: 'text', rows: 10, placeholder: 'Paste an article: plain text (first line the headline), HTML, JSON or a feed' });
    const files = el('input', { type: 'file', id: 'article-files', name: 'files', multiple: true });
    const result = el('div', { id: 'upload-result', className: 'result', ariaLive: 'polite' });
    const submit = el('button', { type: 'submit', id: 'upload' }, 'Add articles');
    const form = el('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        sessionStorage.setItem(keyStorage, key.value);
        const body = new FormData();
        if (text.value.trim()) body.append('text', text.value);
        for (const file of files.files) body.append('files', file, file.name);
        submit.disabled = true;
        result.replaceChildren(el('p', { className: 'muted' }, 'Adding…'));
        try {
          const headers = key.value ? { Authorization: 'Bearer ' + key.value } : {};
          const response = await fetch('/api/articles', { method: 'POST', body, headers });
          const json = await response.json().catch(() => null);
          if (!response.ok) throw new Error((json && (json.detail || json.title)) || ('HTTP ' + response.status));
          result.replaceChildren(uploadReport(json));
          text.value = '';
          files.value = '';
        } catch (error) {
          result.replaceChildren(el('p', { className: 'notice error', role: 'alert' }, 'Not added: ' + error.message));
        } finally {
          submit.disabled = false;
        }
      },
    },
    el('div', { className: 'card' },
      el('p', {}, el('label', { for: 'api-key' }, 'API key'), key,
        el('span', { className: 'muted' }, 'Kept in this tab only; not needed when the server runs in development mode.')),
      el('p', {}, el('label', { for: 'article-text' }, 'Paste an article'), text),
      el('p', {}, el('label', { for: 'article-files' }, 'Or upload files (text, HTML, JSON lines, RSS/Atom)'), files),
      submit));
    show(el('h1', {}, 'Add articles'), form, result);
  }

  function uploadReport(report) {
    return el('div', { className: 'card' },
      el('p', { id: 'upload-summary' }, `${report.created.length} added, ${report.duplicates.length} already stored, ${report.rejected.length} rejected.`),
      report.stories.length ? el('div', {}, el('h2', {}, 'Stories'), el('ul', {}, report.stories.map((story) =>
        el('li', {}, el('a', { href: '#/story/' + encodeURIComponent(story.id) }, story.headline || story.id), ` (${story.articles})`)))) : null,
      report.rejected.length ? el('div', {}, el('h2', {}, 'Rejected'), el('ul', {}, report.rejected.map((item) =>
        el('li', {}, el('strong', {}, item.code), ' ', item.message)))) : null);
  }

  // ---- routing ------------------------------------------------------------------------------------------
  function route() {
    const hash = location.hash || '#/';
    if (hash.startsWith('#/story/')) {
      renderStory(decodeURIComponent(hash.slice('#/story/'.length)));
    } else if (hash.startsWith('#/add')) {
      document.title = 'Add articles · Crosswire';
      renderAdd();
    } else {
      document.title = 'Crosswire';
      const query = hash.indexOf('?');
      renderList(new URLSearchParams(query >= 0 ? hash.slice(query + 1) : ''));
    }
    view.focus({ preventScroll: true });
  }

  window.addEventListener('hashchange', route);
  route();
})();
