// An enhancement only: every figure is in its server-rendered table, which stays. For each table marked
// data-chart, a bar chart of the same figures is drawn above it: median stages, or with
// data-chart-unit="percent" the per cents its cells carry in data-value (a cell without one, e.g. a count, a
// figure with no plan behind it or a hidden one, is not plotted; a series' name is its heading's
// data-chart-label, else the heading). data-chart="rows": each row is a
// series (a group), the columns are the bars' labels (components); data-chart="columns": each column is a
// series, the rows are the labels. Only cells holding a stage are plotted: a hidden figure's cell holds its
// reason, so a hidden group has no bars. Chart.js (WebJar) is loaded only on pages with such a table.
const STAGES = ['Not yet started', 'Just started', 'Underway', 'Substantial progress', 'Fully embedded'];
// GOV.UK colours, each with at least 3:1 contrast against white
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#b58840', '#28a197', '#f499be', '#505a5f'];

function loadChartJs() {
  return new Promise((resolve, reject) => {
    if (window.Chart) { resolve(window.Chart); return; }
    const script = document.createElement('script');
    script.src = '/webjars/chart.js/dist/chart.umd.min.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

function stage(cell) {
  // a cell may say more than the stage (a trend in words): data-stage then holds the stage alone
  const index = STAGES.indexOf((cell.dataset.stage || cell.textContent).trim());
  return index < 0 ? null : index + 1;
}

function percent(cell) {
  const value = cell.dataset.value;
  return value === undefined || value === '' ? null : Number(value);
}

/** The table as {labels, series: [{name, values}]}, whichever way round it is laid out. */
function read(table) {
  const value = table.dataset.chartUnit === 'percent' ? percent : stage;
  const headings = [...table.querySelectorAll('thead th')].slice(1).map((th) => (th.dataset.chartLabel || th.textContent).trim());
  const rows = [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({
    name: tr.querySelector('th').textContent.trim(),
    values: [...tr.querySelectorAll('td')].slice(-headings.length).map(value),
  }));
  if (table.dataset.chart === 'columns') {
    return { labels: rows.map((r) => r.name), series: headings.map((name, i) => ({ name, values: rows.map((r) => r.values[i]) })) };
  }
  return { labels: headings, series: rows };
}

function draw(Chart, table) {
  const { labels, series } = read(table);
  const percents = table.dataset.chartUnit === 'percent';
  const shown = series.filter((s) => s.values.some((v) => v !== null));
  const keep = labels.map((_, i) => shown.some((s) => s.values[i] !== null));
  if (!shown.length) return;
  const caption = table.querySelector('caption');
  const box = document.createElement('div');
  box.className = 'app-chart';
  const canvas = document.createElement('canvas');
  canvas.id = `${table.id}-chart`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Bar chart: ${caption ? caption.textContent.trim() : ''}. The same figures are in the table below.`);
  box.appendChild(canvas);
  const region = table.closest('.app-scroll-region') || table;
  region.parentNode.insertBefore(box, region);
  // eslint-disable-next-line no-new
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels.filter((_, i) => keep[i]),
      datasets: shown.map((s, i) => ({
        label: s.name,
        data: s.values.filter((_, k) => keep[k]),
        backgroundColor: COLOURS[i % COLOURS.length],
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: percents
          ? { min: 0, suggestedMax: 100, ticks: { color: '#0b0c0c', callback: (v) => `${v}%` } }
          : { min: 0, max: 5, ticks: { stepSize: 1, color: '#0b0c0c', callback: (v) => (v >= 1 && v <= 5 ? STAGES[v - 1] : '') } },
        x: { ticks: { color: '#0b0c0c', autoSkip: false, maxRotation: 30 } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#0b0c0c' } },
        tooltip: { callbacks: { label: (ctx) => (percents ? `${ctx.dataset.label}: ${ctx.raw}%`
          : `${ctx.dataset.label}: ${STAGES[ctx.raw - 1] || 'no answers'}`) } },
      },
    },
  });
}

const tables = document.querySelectorAll('table[data-chart]');
if (tables.length) {
  loadChartJs().then((Chart) => tables.forEach((table) => draw(Chart, table))).catch(() => {
    // no chart: the tables have every figure
  });
}
