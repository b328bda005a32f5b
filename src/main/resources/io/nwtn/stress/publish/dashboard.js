// Draws the NWTN dashboard's charts from the JSON blob; Chart.js is inlined before this script.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('nwtn-data').textContent);
  const colors = ['#1f6feb', '#d9480f', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#e03131'];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  // Shades ramp-up, steady state and ramp-down behind a time chart.
  const phaseShading = {
    id: 'phaseShading',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      const p = data.phases;
      const bands = [
        [0, p.ramp_up, 'rgba(31,111,235,0.07)', 'ramp-up'],
        [p.ramp_up, p.ramp_up + p.steady, 'rgba(47,158,68,0.07)', 'steady'],
        [p.ramp_up + p.steady, p.ramp_up + p.steady + p.ramp_down, 'rgba(217,72,15,0.07)', 'ramp-down'],
      ];
      const ctx = chart.ctx;
      ctx.save();
      for (const [from, to, fill, label] of bands) {
        if (to <= from) continue;
        const left = Math.max(area.left, x.getPixelForValue(from));
        const right = Math.min(area.right, x.getPixelForValue(to));
        if (right <= left) continue;
        ctx.fillStyle = fill;
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        ctx.fillStyle = '#8a93a6';
        ctx.font = '11px sans-serif';
        ctx.fillText(label, left + 4, area.top + 12);
      }
      ctx.restore();
    },
  };

  const seconds = data.seconds || [];
  const series = (field) => seconds.map((s) => ({ x: s.second, y: s[field] }));
  const timeAxis = { type: 'linear', title: { display: true, text: 'seconds since start' } };
  const charts = [];
  function draw(id, config) {
    charts.push(new Chart(document.getElementById(id), config));
  }
  // An empty chart says why it is empty instead of showing bare axes.
  function empty(when, text) {
    return { title: { display: when, text: text, color: '#8a93a6', font: { weight: 'normal' } } };
  }
  function line(label, points, color, extra) {
    return Object.assign({ label, data: points, borderColor: color, backgroundColor: color,
      pointRadius: 0, borderWidth: 1.5, spanGaps: true }, extra || {});
  }

  const threshold = data.p95_threshold_ms;
  const latencySets = [
    line('P50', series('p50_latency_ms'), colors[0]),
    line('P95', series('p95_latency_ms'), colors[1]),
    line('P99', series('p99_latency_ms'), colors[4]),
  ];
  if (threshold > 0 && seconds.length > 0) {
    latencySets.push(line('P95 requirement', [{ x: 0, y: threshold },
      { x: seconds[seconds.length - 1].second, y: threshold }], colors[6], { borderDash: [6, 4] }));
  }
  draw('chart-latency', { type: 'line', data: { datasets: latencySets }, plugins: [phaseShading],
    options: { scales: { x: timeAxis, y: { beginAtZero: true, title: { display: true, text: 'ms' } } } } });

  draw('chart-load', { type: 'line', plugins: [phaseShading], data: { datasets: [
    line('active users', series('active_users'), colors[2], { yAxisID: 'users' }),
    line('requests/s', series('rps'), colors[0], { yAxisID: 'rps' }),
  ] }, options: { scales: { x: timeAxis,
    users: { position: 'left', beginAtZero: true, title: { display: true, text: 'users' } },
    rps: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
      title: { display: true, text: 'requests/s' } } } } });

  // The target's own metrics (percent of one core, resident memory) beside the load generator's CPU.
  const mib = (field) => seconds.filter((s) => s[field] != null)
    .map((s) => ({ x: s.second, y: s[field] / 1048576 }));
  const hasTarget = seconds.some((s) => s.target_cpu_percent != null);
  draw('chart-resources', { type: 'line', plugins: [phaseShading], data: { datasets: [
    line('target CPU (% of one core)', series('target_cpu_percent'), colors[1], { yAxisID: 'cpu' }),
    line('load generator CPU (% of its machine)', series('cpu_percent'), colors[5], { yAxisID: 'cpu' }),
    line('target resident memory (MiB)', mib('target_resident_memory_bytes'), colors[3], { yAxisID: 'mem' }),
    line('active users', series('active_users'), '#adb5bd', { yAxisID: 'users', borderDash: [3, 3] }),
  ] }, options: { plugins: empty(!hasTarget, 'no target metrics: ' + (data.target_metrics_detail || 'none read')),
    scales: { x: timeAxis,
      cpu: { position: 'left', beginAtZero: true, title: { display: true, text: '% CPU' } },
      mem: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
        title: { display: true, text: 'MiB' } },
      users: { display: false, beginAtZero: true } } } });

  draw('chart-errors', { type: 'bar', plugins: [phaseShading], data: { datasets: [{
    label: 'failed requests', data: series('errors'), backgroundColor: colors[6] }] },
    options: { scales: { x: timeAxis, y: { beginAtZero: true } } } });

  const categories = Object.entries(data.errors_by_category || {});
  draw('chart-categories', { type: 'bar', data: {
    labels: categories.length ? categories.map((c) => c[0]) : ['no failures'],
    datasets: [{ label: 'failures', data: categories.length ? categories.map((c) => c[1]) : [0],
      backgroundColor: colors[6] }] },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true } } } });

  const classes = Object.entries(data.classes || {});
  const percentileLabels = classes.length ? classes[0][1].percentiles.map((p) => 'P' + p.p) : [];
  draw('chart-classes', { type: 'line', data: { labels: percentileLabels,
    datasets: classes.map(([name, c], i) => line(name + ' (' + c.count + ', target ' + c.target_ms + ' ms)',
      c.percentiles.map((p) => p.ms), colors[i % colors.length], { pointRadius: 2 })) },
    options: { plugins: empty(classes.length === 0, 'no per-class figures: the run recorded no answer bodies'),
      scales: { y: { type: 'logarithmic', title: { display: true, text: 'ms (log)' } } } } });

  const agents = Object.entries(data.agents || {});
  draw('chart-agents', { type: 'bar', data: { labels: agents.map((a) => a[0] + ' (' + a[1].count + ')'),
    datasets: [
      { label: 'median', data: agents.map((a) => a[1].median_ms), backgroundColor: colors[0] },
      { label: 'P95', data: agents.map((a) => a[1].p95_ms), backgroundColor: colors[1] },
      { label: 'max', data: agents.map((a) => a[1].max_ms), backgroundColor: colors[4] },
    ] }, options: { plugins: empty(agents.length === 0, 'no reasoning traces recorded in this run'),
      scales: { y: { beginAtZero: true } } } });

  document.body.dataset.charts = String(charts.length);
  document.body.dataset.rendered = 'ok';
})();
