// Ledger pages: the date slider and quick picks, in-place table reloads, the history dialog, and live updates
// (server-sent events: when events land in the journal, every [data-segar] part of the page reloads itself).
(function () {
  'use strict';
  var BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  var pending = {};
  window.ledger = { segar: 0, muat: 0 };

  function plusDays(iso, days) {
    var d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }
  function daysBetween(a, b) { return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000); }
  function longDate(iso) { var p = iso.split('-').map(Number); return p[2] + ' ' + BULAN[p[1] - 1] + ' ' + p[0]; }

  // Replaces the element with this id by the one of the same id in the fragment at url.
  async function load(id, url) {
    if (pending[id]) pending[id].abort();
    var controller = new AbortController();
    pending[id] = controller;
    var current = document.getElementById(id);
    if (current) current.setAttribute('aria-busy', 'true');
    try {
      var response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'text/html' } });
      var doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      var fresh = doc.getElementById(id);
      current = document.getElementById(id);
      if (fresh && current) current.replaceWith(document.importNode(fresh, true));
      window.ledger.muat++;
      document.dispatchEvent(new CustomEvent('ledger:dimuat', { detail: id }));
    } catch (e) {
      if (e.name !== 'AbortError') console.error(e);
    } finally {
      if (pending[id] === controller) delete pending[id];
      current = document.getElementById(id);
      if (current) current.removeAttribute('aria-busy');
    }
  }

  var form = document.getElementById('kontrol');
  function formQuery() {
    var params = new URLSearchParams(new FormData(form));
    var known = params.get('asKnownAt');
    if (known) params.set('asKnownAt', (known.length === 16 ? known + ':00' : known) + 'Z');
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) params.delete(k); });
    return params.toString();
  }
  function reloadTable() {
    var query = formQuery();
    history.replaceState(null, '', form.getAttribute('action') + '?' + query);
    markPicks();
    return load('tabel', form.dataset.fragmen + '?' + query);
  }
  function markPicks() {
    var date = document.getElementById('tanggal');
    form.querySelectorAll('[data-tanggal]').forEach(function (b) { b.classList.toggle('aktif', b.dataset.tanggal === date.value); });
  }

  if (form) {
    var range = document.getElementById('geser-tanggal');
    var date = document.getElementById('tanggal');
    var label = document.getElementById('label-tanggal');
    var known = document.getElementById('diketahui');
    var start = range.dataset.mulai;
    range.addEventListener('input', function () {
      var iso = plusDays(start, Number(range.value));
      date.value = iso;
      label.textContent = longDate(iso);
    });
    range.addEventListener('change', reloadTable);
    date.addEventListener('change', function () {
      if (!date.value) return;
      range.value = String(Math.max(0, Math.min(Number(range.max), daysBetween(start, date.value))));
      label.textContent = longDate(date.value);
      reloadTable();
    });
    form.querySelectorAll('[data-tanggal]').forEach(function (b) {
      b.addEventListener('click', function () { date.value = b.dataset.tanggal; date.dispatchEvent(new Event('change')); });
    });
    form.querySelectorAll('[data-diketahui]').forEach(function (b) {
      b.addEventListener('click', function () { known.value = b.dataset.diketahui; reloadTable(); });
    });
    known.addEventListener('change', reloadTable);
    form.querySelectorAll('select').forEach(function (s) { s.addEventListener('change', reloadTable); });
    form.addEventListener('submit', function (e) { e.preventDefault(); reloadTable(); });
    markPicks();
  }

  // A line's history opens in a dialog; ctrl/shift-click still opens the history page.
  document.addEventListener('click', async function (e) {
    var row = e.target.closest('tr[data-kode]');
    var dialog = document.getElementById('dialog-riwayat');
    if (!row || !dialog || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    var link = row.querySelector('a.kode');
    if (!link) return;
    e.preventDefault();
    var response = await fetch('/fragmen/riwayat' + new URL(link.href).search, { credentials: 'same-origin' });
    var doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    var body = dialog.querySelector('.isi');
    body.replaceChildren.apply(body, Array.from(doc.body.childNodes).map(function (n) { return document.importNode(n, true); }));
    if (!dialog.open) dialog.showModal();
  });

  // Live: reload every [data-segar] part when the journal's checkpoint moves.
  var live = document.body.dataset.live;
  if (live && 'EventSource' in window) {
    var status = document.getElementById('status-langsung');
    var last = null;
    var source = new EventSource(live);
    source.addEventListener('open', function () { if (status) status.hidden = false; });
    source.addEventListener('error', function () { if (status) status.hidden = true; });
    source.addEventListener('checkpoint', function (e) {
      var position = JSON.parse(e.data).position;
      if (last !== null && position > last) {
        window.ledger.segar++;
        document.querySelectorAll('[data-segar]').forEach(function (el) { if (el.id) load(el.id, el.dataset.segar); });
        document.dispatchEvent(new CustomEvent('ledger:peristiwa', { detail: position }));
      }
      last = position;
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
})();
