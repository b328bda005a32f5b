// Draws the capacity page's charts: each level's P95 and success rate against its users, the
// requirement's lines, and the knee (the highest passing level) marked.
(function () {
  'use strict';
  const report = window.nwtnReport;

  const data = JSON.parse(document.getElementById('nwtn-data').textContent);
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  const levels = data.levels.slice().sort((a, b) => a.users - b.users);
  const maxUsers = Math.max(data.required_users, ...levels.map((l) => l.users)) * 1.05;

  function line(label, y, color) {
    return {
      type: 'line', label: label, data: [{x: 0, y: y}, {x: maxUsers, y: y}],
      borderColor: color, borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5,
    };
  }

  function chart(id, field, scale, limit, limitLabel, yLabel) {
    const points = levels.map((l) => ({x: l.users, y: l[field] * scale, passed: l.passed}));
    const knee = levels.filter((l) => l.passed && l.users === data.max_passing_users)
      .map((l) => ({x: l.users, y: l[field] * scale}));
    new Chart(document.getElementById(id), {
      type: 'scatter',
      data: {
        datasets: [
          {label: 'level', data: points, showLine: true, borderColor: '#1f6feb',
            pointBackgroundColor: points.map((p) => (p.passed ? '#2f9e44' : '#e03131')), pointRadius: 5},
          {label: 'knee: highest passing level', data: knee, pointStyle: 'star',
            pointRadius: 12, borderColor: '#f08c00', backgroundColor: '#f08c00'},
          line(limitLabel, limit, '#e03131'),
          {type: 'line', label: 'required users', borderColor: '#495057', borderDash: [2, 3],
            pointRadius: 0, data: [{x: data.required_users, y: 0},
              {x: data.required_users, y: Math.max(limit, ...points.map((p) => p.y)) * 1.1}]},
        ],
      },
      options: {scales: {x: {title: {display: true, text: 'users'}, min: 0},
        y: {title: {display: true, text: yLabel}, min: 0}}},
    });
  }

  try {
    chart('chart-p95', 'p95_latency_ms', 1, data.requirements.p95_latency_ms,
      'P95 limit', 'P95 latency (ms)');
    chart('chart-success', 'success_rate', 100, data.requirements.success_rate * 100,
      'success-rate limit', 'success rate (%)');
    document.body.dataset.charts = String(document.querySelectorAll('canvas').length);
    document.body.dataset.rendered = 'ok';
  } catch (e) {
    report(e.message);
  }
})();
