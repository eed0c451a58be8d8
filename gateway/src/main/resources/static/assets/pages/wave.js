// One survey wave (/admin/wave?id=…): its details, reminders and closing, response rates per
// collaborative, results per component (Chart.js, each chart with a table alternative; groups of
// fewer than 5, or hidden so that another hidden figure cannot be worked out, are never plotted and say
// why), results by leadership role, the trend across the cohort's waves, comments (programme managers)
// and the CSV export.
import { api, shell, el, showProblem, busy, loading, formatDateTime, formatDate, param, hasRole, table } from '/assets/app.js';
import { STAGES, STAGE_COLOURS, FEWER_THAN_5, PROTECTS_ANOTHER, hiddenReason, roleLabel, stageLabel, waveLabel, statusTag, remindersText, chartReady, sendReminders, closeWave, cancelWave } from '/assets/pages/survey-common.js';

const person = await shell(['PROGRAMME_MANAGER', 'COACH']);
const manager = hasRole(person, 'PROGRAMME_MANAGER');
const page = document.getElementById('page');
const title = document.getElementById('wave-title');
const waveId = param('id');

const messages = el('div', { id: 'messages' });
const details = el('section', { 'aria-labelledby': 'details-heading' });
const rates = el('section', { 'aria-labelledby': 'rates-heading' });
const results = el('section', { 'aria-labelledby': 'results-heading' });
const trend = el('section', { 'aria-labelledby': 'trend-heading' });
const roles = el('section', { 'aria-labelledby': 'roles-heading', id: 'roles' });
const comments = el('section', { 'aria-labelledby': 'comments-heading', id: 'comments' });
const charts = [];

function chartBox(id, label) {
  // The canvas is an image whose alternative is the table that follows it.
  return el('div', { class: 'app-chart' },
    el('canvas', { id, role: 'img', 'aria-label': `${label}. The same figures are in the table below the chart.` },
      'The figures are in the table below.'));
}

async function draw(canvasId, config) {
  const Chart = await chartReady();
  const canvas = document.getElementById(canvasId);
  if (!Chart || !canvas) return;
  charts.push(new Chart(canvas, { ...config, options: { maintainAspectRatio: false, animation: false, ...config.options } }));
}

function percent(value) {
  return value === null || value === undefined ? '' : `${Number(value).toFixed(1)}%`;
}

/** A hidden figure: says why ("fewer than 5", or hidden so that another hidden figure cannot be worked out). */
function suppressedCell(hidden) {
  return el('span', { class: 'app-suppressed' }, hiddenReason(hidden));
}

/** Which groups are hidden, by reason, as sentences. */
function hiddenSentences(hidden) {
  const few = hidden.filter((g) => hiddenReason(g.figures) === FEWER_THAN_5).map((g) => g.name);
  const other = hidden.filter((g) => hiddenReason(g.figures) !== FEWER_THAN_5);
  const nodes = [];
  if (few.length) nodes.push(el('p', { class: 'govuk-body' }, `Not shown, because they have ${FEWER_THAN_5} responses: ${few.join('; ')}.`));
  if (other.length) {
    nodes.push(el('p', { class: 'govuk-body' }, `Not shown, ${PROTECTS_ANOTHER} (the whole cohort minus the groups shown would otherwise give it away): `,
      other.map((g) => `${g.name}${hiddenReason(g.figures) === PROTECTS_ANOTHER ? '' : ` (${hiddenReason(g.figures)})`}`).join('; '), '.'));
  }
  return nodes;
}

async function render() {
  if (!waveId) {
    page.replaceChildren(el('p', { class: 'govuk-body' }, 'No survey wave was chosen. ', el('a', { class: 'govuk-link', href: '/admin/waves' }, 'Choose one from the list of waves.')));
    return;
  }
  loading(page, 'Loading the survey results…');
  let wave; let data; let cohort = null; let frameworkName = null;
  try {
    [wave, data] = await Promise.all([
      api('GET', `/api/waves/${encodeURIComponent(waveId)}`),
      api('GET', `/api/waves/${encodeURIComponent(waveId)}/results`),
    ]);
    try { cohort = await api('GET', `/api/cohorts/${encodeURIComponent(wave.cohortId)}`); } catch (e) { cohort = null; }
    try {
      const found = (await api('GET', '/api/frameworks')).find((f) => f.frameworkId === wave.frameworkId && f.number === wave.frameworkNumber);
      frameworkName = found ? found.name : null;
    } catch (e) { frameworkName = null; }
  } catch (error) {
    page.replaceChildren(messages);
    showProblem(messages, error);
    return;
  }
  const cohortName = cohort ? cohort.name : wave.cohortId;
  title.textContent = `${waveLabel(wave.label)} survey: ${cohortName}`;
  document.title = `${waveLabel(wave.label)} survey results – Cohort Coach`;
  page.replaceChildren(messages, details, rates, results, roles, trend, comments);
  renderDetails(wave, data, frameworkName);
  renderRates(data);
  renderResults(data);
  renderRoles(data);
  await renderTrend(wave, data);
  if (manager) await renderComments(wave);
  else comments.remove();
}

function row(key, value) {
  return el('div', { class: 'govuk-summary-list__row' },
    el('dt', { class: 'govuk-summary-list__key' }, key),
    el('dd', { class: 'govuk-summary-list__value' }, value));
}

function renderDetails(wave, data, frameworkName) {
  const actions = el('div', { class: 'app-actions' });
  if (manager && wave.status === 'OPEN') {
    const remind = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'send-reminders' }, 'Send reminders');
    const close = el('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'close-wave' }, 'Close the wave');
    remind.addEventListener('click', () => sendReminders(remind, wave, messages));
    close.addEventListener('click', () => closeWave(close, wave, messages, render));
    actions.append(remind, close);
  }
  if (manager && wave.status === 'SCHEDULED') {
    const cancel = el('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'cancel-wave' }, 'Cancel the wave');
    cancel.addEventListener('click', () => cancelWave(cancel, wave, messages, render));
    actions.append(cancel);
  }
  actions.append(el('a', { class: 'govuk-button govuk-button--secondary', id: 'download-csv', href: `/api/waves/${encodeURIComponent(wave.id)}/results.csv`, download: `wave-${wave.id}-results.csv` },
    'Download the results (CSV)'));
  const closed = wave.status === 'CLOSED';
  details.replaceChildren(
    el('h2', { class: 'govuk-heading-m', id: 'details-heading' }, 'About this wave'),
    el('dl', { class: 'govuk-summary-list' },
      row('Status', statusTag(wave)),
      row('Framework', `${frameworkName || data.frameworkId}, version ${data.frameworkNumber}`),
      row('Opens', formatDateTime(wave.opensAt)),
      row(closed ? 'Closed' : 'Closes', formatDateTime(closed && wave.closedAt ? wave.closedAt : wave.closesAt)
        + (closed && wave.closedBy ? (wave.closedBy === 'schedule' ? ' (at its closing time)' : ' (by a programme manager)') : '')),
      remindersText(wave) ? row('Automatic reminders', remindersText(wave)) : null),
    actions);
}

function groups(data) {
  return [data.cohort ? { ...data.cohort, name: `Whole cohort` } : null, ...(data.collaboratives || [])].filter(Boolean);
}

function renderRates(data) {
  rates.replaceChildren(
    el('h2', { class: 'govuk-heading-m', id: 'rates-heading' }, 'Response rates'),
    el('p', { class: 'govuk-body' }, 'A group with fewer than 5 responses shows neither its number of responses nor its rate, so no answer can be traced to a person. '
      + 'Where the whole cohort minus the groups shown would give a hidden group away, another group is hidden too, and says so.'),
    el('div', { class: 'app-scroll' }, table('Response rate by group', [
      { label: 'Group', value: (g) => g.name },
      { label: 'Invited', numeric: true, value: (g) => String(g.responseRate.invited) },
      { label: 'Responded', numeric: true, value: (g) => g.responseRate.suppressed ? suppressedCell(g.responseRate) : String(g.responseRate.submitted) },
      { label: 'Rate', numeric: true, value: (g) => g.responseRate.suppressed ? suppressedCell(g.responseRate) : percent(g.responseRate.ratePercent) },
    ], groups(data), { empty: 'Nobody was invited to this wave.' })));
}

function renderResults(data) {
  const all = groups(data);
  const shown = all.filter((g) => g.figures && !g.figures.suppressed);
  const hidden = all.filter((g) => !g.figures || g.figures.suppressed);
  const components = shown.length ? shown[0].figures.components : [];
  const nodes = [
    el('h2', { class: 'govuk-heading-m', id: 'results-heading' }, 'Results by component'),
    el('p', { class: 'govuk-body' }, 'Each component is answered on five stages, from not yet started to fully embedded. The median stage is the middle answer of the group (with an even number of answers, the lower of the two middle ones).'),
  ];
  if (hidden.length) {
    nodes.push(el('div', { class: 'govuk-inset-text', id: 'suppressed-note' }, ...hiddenSentences(hidden)));
  }
  if (shown.length) {
    nodes.push(el('h3', { class: 'govuk-heading-s' }, 'Median stage by component'), chartBox('median-chart', 'Bar chart of the median stage of each component for each group with 5 or more responses'));
  } else {
    nodes.push(el('p', { class: 'govuk-body', id: 'no-results' }, 'No group can be shown yet, so there is nothing to chart. Each group says why.'));
  }
  nodes.push(el('div', { class: 'app-scroll' }, table('Median stage by component and group', [
    { label: 'Group', value: (g) => g.name },
    ...(components.length ? components : [{ component: 'all', title: 'Results' }]).map((c) => ({
      label: c.title,
      value: (g) => {
        if (!g.figures || g.figures.suppressed) return suppressedCell(g.figures);
        const found = g.figures.components.find((x) => x.component === c.component);
        return found && found.medianStage ? stageLabel(found.medianStage) : 'No answers';
      },
    })),
  ], all, { empty: 'There are no groups in this wave.' })));

  shown.forEach((g, i) => {
    const id = `shares-chart-${i}`;
    nodes.push(el('h3', { class: 'govuk-heading-s' }, `${g.name}: answers at each stage (${g.figures.responses} responses)`),
      chartBox(id, `Stacked bar chart of the share of answers at each stage for each component, ${g.name}`),
      el('div', { class: 'app-scroll' }, table(`${g.name}: share of answers at each stage`, [
        { label: 'Component', value: (c) => c.title },
        ...STAGES.map((s) => ({ label: s.label, numeric: true, value: (c) => percent(c.sharePercent ? c.sharePercent[s.value] : null) })),
        { label: 'Median stage', value: (c) => c.medianStage ? stageLabel(c.medianStage) : 'No answers' },
      ], g.figures.components)));
  });
  results.replaceChildren(...nodes);

  if (shown.length) {
    draw('median-chart', {
      type: 'bar',
      data: {
        labels: components.map((c) => c.title),
        datasets: shown.map((g, i) => ({
          label: g.name,
          backgroundColor: STAGE_COLOURS[(i + 2) % STAGE_COLOURS.length],
          data: components.map((c) => {
            const found = g.figures.components.find((x) => x.component === c.component);
            return found && found.medianStage ? STAGES.findIndex((s) => s.value === found.medianStage) + 1 : null;
          }),
        })),
      },
      options: { scales: { y: { min: 0, max: 5, ticks: { stepSize: 1, callback: (v) => (v ? STAGES[v - 1].label : '') } } } },
    });
    shown.forEach((g, i) => draw(`shares-chart-${i}`, {
      type: 'bar',
      data: {
        labels: g.figures.components.map((c) => c.title),
        datasets: STAGES.map((s, k) => ({ label: s.label, backgroundColor: STAGE_COLOURS[k], data: g.figures.components.map((c) => Number((c.sharePercent || {})[s.value] || 0)) })),
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, max: 100, ticks: { callback: (v) => `${v}%` } }, y: { stacked: true } } },
    }));
  }
}

/** The cohort's results by leadership role: a second breakdown of the same people, hidden by the same rule. */
function renderRoles(data) {
  const groups = (data.roles || []).map((r) => ({ ...r, name: roleLabel(r.roleCategory) }));
  const nodes = [el('h2', { class: 'govuk-heading-m', id: 'roles-heading' }, 'Results by leadership role'),
    el('p', { class: 'govuk-body' }, 'The whole cohort\'s answers by the leadership role each respondent gave, across all its collaboratives. '
      + 'The same rule applies: fewer than 5 responses are not shown, and another role is hidden where the rest would give one away.')];
  if (!groups.length) {
    nodes.push(el('p', { class: 'govuk-body', id: 'roles-none' }, data.cohort
      ? 'Not available for this wave just now.' : 'Shown only to those who can see the whole cohort.'));
    roles.replaceChildren(...nodes);
    return;
  }
  const shown = groups.filter((g) => !g.figures.suppressed);
  const hidden = groups.filter((g) => g.figures.suppressed);
  const components = shown.length ? shown[0].figures.components : [];
  if (hidden.length) nodes.push(el('div', { class: 'govuk-inset-text', id: 'roles-suppressed-note' }, ...hiddenSentences(hidden)));
  if (shown.length) nodes.push(chartBox('roles-chart', 'Bar chart of the median stage of each component for each leadership role with figures shown'));
  nodes.push(el('div', { class: 'app-scroll' }, table('Median stage by component and leadership role', [
    { label: 'Role', value: (g) => g.name },
    { label: 'Responses', numeric: true, value: (g) => (g.figures.suppressed ? suppressedCell(g.figures) : String(g.figures.responses)) },
    ...components.map((c) => ({
      label: c.title,
      value: (g) => {
        if (g.figures.suppressed) return suppressedCell(g.figures);
        const found = g.figures.components.find((x) => x.component === c.component);
        return found && found.medianStage ? stageLabel(found.medianStage) : 'No answers';
      },
    })),
  ], groups)));
  roles.replaceChildren(...nodes);
  if (shown.length) {
    draw('roles-chart', {
      type: 'bar',
      data: {
        labels: components.map((c) => c.title),
        datasets: shown.map((g, i) => ({
          label: g.name,
          backgroundColor: STAGE_COLOURS[(i + 2) % STAGE_COLOURS.length],
          data: components.map((c) => {
            const found = g.figures.components.find((x) => x.component === c.component);
            return found && found.medianStage ? STAGES.findIndex((s) => s.value === found.medianStage) + 1 : null;
          }),
        })),
      },
      options: { scales: { y: { min: 0, max: 5, ticks: { stepSize: 1, callback: (v) => (v ? STAGES[v - 1].label : '') } } } },
    });
  }
}

/** Programme managers: respondents' comments, for collaboratives whose figures are shown, in random order, without role or time. */
async function renderComments(wave) {
  const nodes = [el('h2', { class: 'govuk-heading-m', id: 'comments-heading' }, 'Comments'),
    el('p', { class: 'govuk-body' }, 'What respondents wrote, word for word, for each collaborative whose figures are shown, in a random order each time, '
      + 'without role or time. Respondents are told this before they write.'),
    el('a', { class: 'govuk-button govuk-button--secondary', id: 'download-comments', href: `/api/waves/${encodeURIComponent(wave.id)}/comments.csv`,
      download: `wave-${wave.id}-comments.csv` }, 'Download the comments (CSV)')];
  let data;
  try {
    data = await api('GET', `/api/waves/${encodeURIComponent(wave.id)}/comments`);
  } catch (error) {
    comments.replaceChildren(...nodes);
    showProblem(comments, error);
    return;
  }
  for (const g of data.collaboratives || []) {
    nodes.push(el('h3', { class: 'govuk-heading-s' }, g.name));
    if (g.suppressed) nodes.push(el('p', { class: 'govuk-body app-suppressed' }, `Not shown: ${hiddenReason(g)}.`));
    else if (!g.comments.length) nodes.push(el('p', { class: 'govuk-body' }, 'No comments.'));
    else {
      nodes.push(el('ul', { class: 'govuk-list govuk-list--bullet app-wrap' },
        g.comments.map((c) => el('li', {}, el('span', { class: 'govuk-caption-s' }, `${(c.component || '').toLowerCase().replace(/_/g, ' ')}: `), c.text))));
    }
  }
  comments.replaceChildren(...nodes);
}

async function renderTrend(wave, data) {
  const choices = [data.cohort ? { id: '', name: 'Whole cohort' } : null,
    ...(data.collaboratives || []).map((c) => ({ id: c.collaborativeId, name: c.name }))].filter(Boolean);
  const select = el('select', { class: 'govuk-select', id: 'trend-group', name: 'trendGroup' },
    choices.map((c) => el('option', { value: c.id }, c.name)));
  const show = el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Show the trend');
  const form = el('form', { id: 'trend-form' },
    el('div', { class: 'govuk-form-group' }, el('label', { class: 'govuk-label', for: 'trend-group' }, 'Group'), select), show);
  const output = el('div', { id: 'trend-output', 'aria-live': 'polite' });
  trend.replaceChildren(
    el('h2', { class: 'govuk-heading-m', id: 'trend-heading' }, 'Trend across waves'),
    el('p', { class: 'govuk-body' }, 'The median stage of each component in every wave of this cohort on this framework, oldest first, over the statements every wave asked.'),
    ...(choices.length ? [form] : []), output);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(show, () => loadTrend(output, select.value, select.selectedOptions[0].textContent), 'Loading…');
  });
  if (choices.length) await loadTrend(output, choices[0].id, choices[0].name);
}

async function loadTrend(output, collaborativeId, name) {
  loading(output, 'Loading the trend…');
  let t;
  try {
    t = await api('GET', `/api/waves/${encodeURIComponent(waveId)}/results/trend${collaborativeId ? `?collaborativeId=${encodeURIComponent(collaborativeId)}` : ''}`);
  } catch (error) {
    output.replaceChildren();
    showProblem(output, error);
    return;
  }
  const waves = t.waves || [];
  const anyFigures = (t.components || []).some((c) => c.points.some((p) => !p.suppressed && p.medianStage));
  const nodes = [el('h3', { class: 'govuk-heading-s' }, `${name}: median stage in each wave`)];
  const suppressedWaves = waves.filter((w) => w.suppressed);
  if (suppressedWaves.length) {
    nodes.push(el('p', { class: 'govuk-body app-suppressed' }, 'Not plotted, as in each wave\'s results: ',
      suppressedWaves.map((w) => `${waveLabel(w.label)} (${hiddenReason(w)})`).join(', '), '.'));
  }
  if (anyFigures) nodes.push(chartBox('trend-chart', `Bar chart of the median stage of each component in each wave, ${name}`));
  nodes.push(el('div', { class: 'app-scroll' }, table(`${name}: median stage by wave`, [
    { label: 'Component', value: (c) => c.title },
    ...waves.map((w) => ({
      label: `${waveLabel(w.label)} (${formatDate(w.opensAt)})`,
      value: (c) => {
        const p = c.points.find((x) => x.waveId === w.waveId);
        if (!p || p.suppressed) return suppressedCell(p);
        return p.medianStage ? stageLabel(p.medianStage) : 'No answers';
      },
    })),
  ], t.components || [], { empty: 'No results yet.' })));
  const changed = (t.components || []).flatMap((c) => (c.statements || []).filter((st) => st.change !== 'KEPT')
    .map((st) => ({ ...st, componentTitle: c.title })));
  if (changed.length) {
    const CHANGES = { ADDED: 'Added', REMOVED: 'Removed', IN_SOME_WAVES: 'In some waves only' };
    nodes.push(el('p', { class: 'govuk-body' }, 'These waves used different versions of the framework. Each component\'s median compares only '
      + 'the statements every wave asked; statements added or removed are listed here, not counted as a change.'));
    nodes.push(el('div', { class: 'app-scroll' }, table('Statements added or removed between the waves', [
      { label: 'Component', value: (st) => st.componentTitle },
      { label: 'Statement', value: (st) => st.text },
      { label: 'Change', value: (st) => CHANGES[st.change] || st.change },
      ...waves.map((w) => ({
        label: `${waveLabel(w.label)} (version ${w.frameworkNumber})`,
        value: (st) => {
          const p = (st.points || []).find((x) => x.waveId === w.waveId);
          if (!p || !p.asked) return 'Not asked';
          if (p.suppressed) return suppressedCell(p);
          return `${p.answers} answered`;
        },
      })),
    ], changed)));
  }
  output.replaceChildren(...nodes);
  if (anyFigures) {
    charts.filter((c) => c.canvas && c.canvas.id === 'trend-chart').forEach((c) => c.destroy());
    draw('trend-chart', {
      type: 'bar',
      data: {
        labels: t.components.map((c) => c.title),
        datasets: waves.filter((w) => !w.suppressed).map((w, k) => ({
          label: `${waveLabel(w.label)} (${formatDate(w.opensAt)})`,
          backgroundColor: STAGE_COLOURS[(k + 2) % STAGE_COLOURS.length],
          data: t.components.map((c) => { const p = c.points.find((x) => x.waveId === w.waveId); return p && !p.suppressed && p.medianStage ? STAGES.findIndex((s) => s.value === p.medianStage) + 1 : null; }),
        })),
      },
      options: { scales: { y: { min: 0, max: 5, ticks: { stepSize: 1, callback: (v) => (v ? STAGES[v - 1].label : '') } } } },
    });
  }
}

await render();
