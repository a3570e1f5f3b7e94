// Charts of the grafik page, drawn by the vendored Chart.js (MIT): pagu per program across stages and capaian per
// indicator coloured by predikat. "Unduh PNG" saves a chart with Chart.js toBase64Image(). Reloads on live events.
(function () {
  'use strict';
  var section = document.getElementById('grafik');
  if (!section || !window.Chart) return;
  var STAGE_COLOURS = { murni: '#123c69', pergeseran: '#6c8ebf', refocusing: '#e0a030', perubahan: '#2e9e5b' };
  var PREDIKAT_COLOURS = { 'Sangat Tinggi': '#1b7f3b', 'Tinggi': '#5cb85c', 'Sedang': '#e0b000', 'Rendah': '#f0883e', 'Sangat Rendah': '#d9534f' };
  var number = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
  var compact = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });
  var whiteBackground = {
    id: 'latarPutih',
    beforeDraw: function (chart) {
      var ctx = chart.ctx;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    }
  };
  var charts = {};
  window.ledgerGrafik = { digambar: 0 };

  function short(label) { return label.length > 40 ? label.slice(0, 38) + '…' : label; }
  function rupiah(v) { return v < 0 ? '(' + number.format(-v) + ')' : 'Rp ' + number.format(v); }

  function draw(id, labels, datasets, axisLabel, tooltipLabel, note) {
    var canvas = document.getElementById(id);
    canvas.parentElement.style.height = Math.max(12, labels.length * (datasets.length > 1 ? 1.6 : 1.25) + 4) + 'rem';
    document.getElementById(id + '-catatan').textContent = note;
    var config = {
      type: 'bar',
      data: { labels: labels.map(short), datasets: datasets },
      options: {
        indexAxis: 'y', maintainAspectRatio: false, animation: false,
        scales: { x: { beginAtZero: true, ticks: { callback: axisLabel } } },
        plugins: {
          legend: { display: datasets.length > 1 },
          tooltip: { callbacks: { title: function (items) { return labels[items[0].dataIndex]; }, label: tooltipLabel } }
        }
      },
      plugins: [whiteBackground]
    };
    if (charts[id]) { charts[id].data = config.data; charts[id].update(); }
    else charts[id] = new window.Chart(canvas, config);
  }

  function drawPagu(pagu) {
    var datasets = pagu.stages.map(function (s) { return { label: s.stage, data: s.values, backgroundColor: STAGE_COLOURS[s.stage] || '#888' }; });
    var note = pagu.labels.length === 0 ? 'Belum ada program.'
      : pagu.totalPrograms > pagu.labels.length ? 'Menampilkan ' + pagu.labels.length + ' dari ' + pagu.totalPrograms + ' program.' : pagu.totalPrograms + ' program.';
    draw('grafik-pagu', pagu.labels, datasets, function (v) { return 'Rp ' + compact.format(v); },
      function (c) { return c.dataset.label + ': ' + rupiah(c.raw); }, note);
  }

  function drawCapaian(capaian) {
    var colours = capaian.predikat.map(function (p) { return PREDIKAT_COLOURS[p] || '#888'; });
    var datasets = [{ label: 'capaian', data: capaian.values, backgroundColor: colours }];
    var note = capaian.labels.length === 0 ? 'Belum ada realisasi kinerja untuk tanggal ini.'
      : 'Realisasi s.d. ' + capaian.periodEnd + '. ' + (capaian.totalIndicators > capaian.labels.length
        ? 'Menampilkan ' + capaian.labels.length + ' dari ' + capaian.totalIndicators + ' indikator.' : capaian.totalIndicators + ' indikator.');
    draw('grafik-capaian', capaian.labels, datasets, function (v) { return number.format(v) + '%'; },
      function (c) { return number.format(c.raw) + '% · ' + capaian.predikat[c.dataIndex]; }, note);
  }

  async function load() {
    var response = await fetch(section.dataset.sumber, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    var data = await response.json();
    drawPagu(data.pagu);
    drawCapaian(data.capaian);
    window.ledgerGrafik.digambar++;
  }

  document.querySelectorAll('button.png').forEach(function (button) {
    button.addEventListener('click', function () {
      var chart = charts[button.dataset.kanvas];
      if (!chart) return;
      var link = document.createElement('a');
      link.href = chart.toBase64Image('image/png', 1);
      link.download = button.dataset.nama;
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
  document.addEventListener('ledger:peristiwa', load);
  load();
})();
