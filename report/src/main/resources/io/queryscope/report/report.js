(function () {
  'use strict';
  // Any script error shows on the page (and in tests that read the DOM) instead of failing silently.
  window.addEventListener('error', function (e) {
    var d = document.createElement('div');
    d.id = 'qs-script-error';
    d.className = 'script-error';
    d.textContent = 'Report script error: ' + e.message;
    document.body.insertBefore(d, document.body.firstChild);
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function rows(n) {
    if (n === null || n === undefined) { return '?'; }
    return n < 10 && n !== Math.round(n) ? n.toFixed(1) : Math.round(n).toLocaleString('en-US');
  }
  function pct(s) {
    if (s === null || s === undefined) { return ''; }
    var p = s * 100;
    return p === 0 ? '0%' : p < 0.1 ? '<0.1%' : p < 10 ? p.toFixed(1) + '%' : Math.round(p) + '%';
  }
  function ms(v) {
    if (v === null || v === undefined) { return ''; }
    return v >= 1000 ? (v / 1000).toFixed(1) + ' s' : v >= 1 ? v.toFixed(1) + ' ms' : v.toFixed(2) + ' ms';
  }

  function renderNode(n, basis) {
    var li = el('li', 'plan-node' + (n.dominant ? ' dominant' : '') + (n.misestimated ? ' misestimated' : ''));
    li.setAttribute('data-node-id', n.id);
    var row = el('div', 'node-row');
    var toggle = el('button', 'toggle', n.children.length ? '▾' : '');
    toggle.type = 'button';
    if (n.children.length) {
      toggle.title = 'collapse / expand';
      toggle.addEventListener('click', function () {
        li.classList.toggle('collapsed');
        toggle.textContent = li.classList.contains('collapsed') ? '▸' : '▾';
      });
    }
    row.appendChild(toggle);
    row.appendChild(el('span', 'node-label', n.label));
    if (n.estRows !== null || n.actRows !== undefined) {
      var r = 'rows ' + rows(n.estRows) + (n.actRows !== undefined ? ' → ' + rows(n.actRows) + ' actual' : ' est.');
      if (n.loops > 1) { r += ' × ' + n.loops.toLocaleString('en-US') + ' loops'; }
      row.appendChild(el('span', 'node-rows', r));
    }
    if (n.misestimated) {
      var f = el('span', 'misestimate', Math.round(n.factor).toLocaleString('en-US') + '× ' + n.direction);
      f.title = 'estimated and actual rows differ by an order of magnitude or more';
      row.appendChild(f);
    }
    if (n.dominant) { row.appendChild(el('span', 'dominant-tag', 'costliest')); }
    if (n.share !== null && n.share !== undefined) {
      var share = el('span', 'share');
      var text = basis === 'time' ? ms(n.ownMs) + ' · ' + pct(n.share) + ' of time' : pct(n.share) + ' of cost';
      share.appendChild(el('span', null, text));
      var bar = el('span', 'share-bar');
      var fill = el('span');
      fill.style.width = Math.max(1, Math.round(n.share * 100)) + '%';
      bar.appendChild(fill);
      share.appendChild(bar);
      row.appendChild(share);
    }
    li.appendChild(row);
    if (n.details.length) {
      var d = el('div', 'node-details');
      n.details.forEach(function (line) { d.appendChild(el('div', null, line)); });
      li.appendChild(d);
    }
    if (n.children.length) {
      var ul = el('ul');
      n.children.forEach(function (c) { ul.appendChild(renderNode(c, basis)); });
      li.appendChild(ul);
    }
    return li;
  }

  var plans = JSON.parse(document.getElementById('qs-plans').textContent);
  var rendered = 0;
  document.querySelectorAll('.plan[data-fingerprint]').forEach(function (holder) {
    var plan = plans[holder.getAttribute('data-fingerprint')];
    if (!plan) { return; }
    var tree = el('ul', 'plan-tree');
    tree.appendChild(renderNode(plan.root, plan.basis));
    holder.appendChild(tree);
    var facts = [];
    if (plan.executionMs !== null) { facts.push('execution ' + ms(plan.executionMs)); }
    if (plan.planningMs !== null) { facts.push('planning ' + ms(plan.planningMs)); }
    plan.warnings.forEach(function (w) { facts.push('note: ' + w); });
    if (facts.length) { holder.appendChild(el('div', 'plan-warnings', facts.join(' · '))); }
    rendered++;
  });

  // Severity filter chips over the findings list.
  var filters = document.getElementById('severity-filters');
  if (filters) {
    var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
    var levels = ['all', 'critical', 'high', 'medium', 'low', 'info'].filter(function (s) {
      return s === 'all' || findings.some(function (f) { return f.getAttribute('data-severity') === s; });
    });
    levels.forEach(function (level) {
      var count = level === 'all' ? findings.length
        : findings.filter(function (f) { return f.getAttribute('data-severity') === level; }).length;
      var b = el('button', level === 'all' ? 'active' : '', level + ' (' + count + ')');
      b.type = 'button';
      b.setAttribute('data-level', level);
      b.addEventListener('click', function () {
        filters.querySelectorAll('button').forEach(function (x) { x.classList.remove('active'); });
        b.classList.add('active');
        findings.forEach(function (f) {
          f.classList.toggle('hidden', level !== 'all' && f.getAttribute('data-severity') !== level);
        });
      });
      filters.appendChild(b);
    });
  }

  // A copy button on each DDL block.
  document.querySelectorAll('pre.ddl').forEach(function (pre) {
    var b = el('button', 'copy', 'copy');
    b.type = 'button';
    b.addEventListener('click', function () {
      if (navigator.clipboard) { navigator.clipboard.writeText(pre.firstChild.textContent); }
    });
    pre.appendChild(b);
  });

  document.documentElement.setAttribute('data-plans-rendered', String(rendered));
})();
