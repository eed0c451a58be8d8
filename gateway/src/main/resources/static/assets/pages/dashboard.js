// The programme manager's dashboard: one cohort at a glance (the active one unless another is chosen).
// Per collaborative: sessions delivered against planned, coaching hours, open actions (coaching-service
// summary), the latest survey wave's response rate, and maturity by component (survey-service results)
// as a Chart.js chart with the same figures in a table beside it. Groups of fewer than 5 are never plotted.
import { api, shell, el, showProblem, loading, formatDate, formatDateTime, table, param } from '/assets/app.js';
import { selectField, button, allPages, statusTag, words, scrollRegion } from '/assets/pages/manager-forms.js';

const STAGES = ['NOT_YET_STARTED', 'JUST_STARTED', 'UNDERWAY', 'SUBSTANTIAL_PROGRESS', 'FULLY_EMBEDDED'];
const STAGE_LABEL = { NOT_YET_STARTED: 'Not yet started', JUST_STARTED: 'Just started', UNDERWAY: 'Underway', SUBSTANTIAL_PROGRESS: 'Substantial progress', FULLY_EMBEDDED: 'Fully embedded' };
// GOV.UK colours, each with at least 3:1 contrast against white
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#b58840', '#28a197', '#f499be', '#505a5f'];
const FEWER_THAN_5 = 'fewer than 5';

const domReady = new Promise((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true }); else resolve();
});

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');

function cohortPicker(cohorts, chosen) {
  const form = el('form', { method: 'get', action: '/admin/', id: 'choose-cohort', class: 'app-filter' },
    el('div', { class: 'app-filter__fields' },
      selectField('cohortId', 'Cohort', cohorts.map((c) => ({ value: c.id, label: `${c.name} (${words(c.status).toLowerCase()})` })), { value: chosen.id }),
      el('div', { class: 'govuk-form-group' }, button('Show cohort', { secondary: true }))));
  return form;
}

function fraction(done, planned) {
  return `${done ?? 0} of ${planned ?? 0}`;
}

function hours(n) {
  const v = Number(n ?? 0);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

function rateText(rate) {
  if (!rate) return 'No survey yet';
  if (rate.suppressed) return rate.note && rate.note !== FEWER_THAN_5 ? `${rate.invited} invited, responses ${rate.note}` : `${FEWER_THAN_5} answered of ${rate.invited} invited`;
  return `${rate.ratePercent}% (${rate.submitted} of ${rate.invited})`;
}

function progressSection(cohort, collaboratives, summaries, cohortSummary, results) {
  const rateFor = Object.fromEntries(((results && results.collaboratives) || []).map((g) => [g.collaborativeId, g.responseRate]));
  const rows = collaboratives.map((c, i) => ({ c, s: summaries[i] || {} }));
  const totals = cohortSummary || {};
  const section = el('section', { 'aria-labelledby': 'progress-heading', id: 'progress' },
    el('h2', { class: 'govuk-heading-m', id: 'progress-heading' }, 'Coaching and survey progress'),
    el('p', { class: 'govuk-body' }, 'Sessions and hours count logged sessions; the response rate is of the latest survey wave.'),
    scrollRegion('Progress of each collaborative (scrolls sideways)', table(`Progress of each collaborative in ${cohort.name}`, [
      { label: 'Collaborative', value: (r) => el('a', { class: 'govuk-link', href: `/admin/collaborative?id=${encodeURIComponent(r.c.id)}` }, r.c.name) },
      { label: 'Sessions delivered of planned', value: (r) => r.s.error ? 'Not available' : fraction(r.s.sessionsDelivered, r.s.sessionsPlanned), numeric: true },
      { label: 'Coaching hours delivered of planned', value: (r) => r.s.error ? 'Not available' : `${hours(r.s.hoursDelivered)} of ${hours(r.s.hoursPlanned ?? r.c.plannedCoachingHours)}`, numeric: true },
      { label: 'Open actions (overdue)', value: (r) => r.s.error ? 'Not available' : `${r.s.openActions ?? 0} (${r.s.overdueActions ?? 0})`, numeric: true },
      { label: results ? `Response rate, ${results.label}` : 'Survey response rate', value: (r) => rateText(rateFor[r.c.id]), numeric: true },
    ], rows, { empty: 'No collaborative is enrolled in this cohort yet.' })));
  if (rows.length && cohortSummary) {
    section.appendChild(el('p', { class: 'govuk-body', id: 'cohort-totals' },
      `Whole cohort: ${fraction(totals.sessionsDelivered, totals.sessionsPlanned)} sessions delivered, `
      + `${hours(totals.hoursDelivered)} of ${hours(totals.hoursPlanned)} coaching hours, ${totals.openActions ?? 0} open actions `
      + `(${totals.overdueActions ?? 0} overdue)` + (results && results.cohort ? `, survey response rate ${rateText(results.cohort.responseRate)}.` : '.')));
  }
  return section;
}

/** Groups to show for maturity: each collaborative, then the cohort as a whole. */
function maturityGroups(results) {
  const groups = [...(results.collaboratives || [])];
  if (results.cohort) groups.push({ ...results.cohort, name: 'Whole cohort' });
  return groups;
}

function componentsOf(results) {
  for (const g of maturityGroups(results)) {
    if (g.figures && !g.figures.suppressed && Array.isArray(g.figures.components)) {
      return g.figures.components.map((c) => ({ component: c.component, title: c.title || words(c.component) }));
    }
  }
  return [];
}

/** Why a group is not shown: "fewer than 5", or hidden so that another hidden figure cannot be worked out. */
function why(group) {
  return (group.figures && group.figures.note) || FEWER_THAN_5;
}

function medianOf(group, component) {
  if (!group.figures || group.figures.suppressed) return null;
  const c = (group.figures.components || []).find((x) => x.component === component);
  return c ? c.medianStage : null;
}

function maturitySection(wave, results) {
  const section = el('section', { 'aria-labelledby': 'maturity-heading', id: 'maturity' },
    el('h2', { class: 'govuk-heading-m', id: 'maturity-heading' }, 'Maturity by component'));
  if (!wave) {
    section.appendChild(el('p', { class: 'govuk-body' }, 'No survey wave has been opened for this cohort yet. ',
      el('a', { class: 'govuk-link', href: '/admin/waves' }, 'Open a wave')));
    return section;
  }
  section.appendChild(el('p', { class: 'govuk-body' },
    `Latest wave: ${wave.label}, ${words(wave.status).toLowerCase()}, open ${formatDateTime(wave.opensAt)} to ${formatDateTime(wave.closesAt)}. `
    + 'Each bar is the median stage of the answers to the component\'s statements. Groups with fewer than 5 responses are not shown, so no answer can be traced to a person; '
    + 'where the whole cohort minus the groups shown would give one away, another group is hidden too and says so.'));
  if (!results) {
    section.appendChild(el('p', { class: 'govuk-body' }, 'The results of this wave are not available just now.'));
    return section;
  }
  const groups = maturityGroups(results);
  const components = componentsOf(results);
  const shown = groups.filter((g) => g.figures && !g.figures.suppressed);
  const hidden = groups.filter((g) => !g.figures || g.figures.suppressed);

  const chartBox = el('div', { class: 'app-chart app-chart--tall' });
  const canvas = el('canvas', { id: 'maturity-chart', role: 'img',
    'aria-label': shown.length ? `Bar chart of the median maturity stage by component for ${shown.map((g) => g.name).join(', ')}. The same figures are in the table below.`
      : 'Bar chart of maturity by component: no group has 5 or more responses yet, so nothing is plotted. See the table below.' });
  chartBox.appendChild(canvas);
  section.appendChild(chartBox);
  if (!shown.length) {
    section.appendChild(el('p', { class: 'govuk-body app-suppressed', id: 'maturity-none' }, 'No group can be shown yet, so nothing is plotted; the table says why for each.'));
  } else if (hidden.length) {
    section.appendChild(el('p', { class: 'govuk-body app-suppressed', id: 'maturity-hidden' },
      `Not plotted: ${hidden.map((g) => `${g.name} (${why(g)})`).join(', ')}.`));
  }
  // the accessible alternative: the same medians as a table (rows components, columns groups)
  const ok = (g) => g.figures && !g.figures.suppressed;
  const th = (text, scope) => el('th', { scope, class: 'govuk-table__header' }, text);
  const td = (text, extra = '') => el('td', { class: 'govuk-table__cell' + extra }, text);
  section.appendChild(scrollRegion('Median stage by component (scrolls sideways)', el('table', { class: 'govuk-table app-table--compact', id: 'maturity-table' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, `Median stage by component, ${wave.label} wave`),
    el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' }, th('Component', 'col'), groups.map((g) => th(g.name, 'col')))),
    el('tbody', { class: 'govuk-table__body' },
      el('tr', { class: 'govuk-table__row' }, th('Responses', 'row'), groups.map((g) => (ok(g) ? td(String(g.figures.responses)) : td(why(g), ' app-suppressed')))),
      components.map((c) => el('tr', { class: 'govuk-table__row' }, th(c.title, 'row'),
        groups.map((g) => (ok(g) ? td(STAGE_LABEL[medianOf(g, c.component)] || 'No answers') : td(`Not shown: ${why(g)}`, ' app-suppressed')))))))));

  // drawn once the section is on the page and Chart.js (a deferred classic script) has run
  section.draw = async () => {
    await domReady;
    if (typeof window.Chart === 'function') {
      // eslint-disable-next-line no-new
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: components.map((c) => c.title),
          datasets: shown.map((g, i) => ({
            label: g.name,
            data: components.map((c) => { const m = medianOf(g, c.component); return m ? STAGES.indexOf(m) + 1 : null; }),
            backgroundColor: COLOURS[i % COLOURS.length],
            borderColor: COLOURS[i % COLOURS.length],
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: { min: 0, max: 5, ticks: { stepSize: 1, color: '#0b0c0c', callback: (v) => (v >= 1 && v <= 5 ? STAGE_LABEL[STAGES[v - 1]] : '') }, grid: { color: '#d8dadb' } },
            x: { ticks: { color: '#0b0c0c', autoSkip: false, maxRotation: 30 } },
          },
          plugins: {
            legend: { position: 'bottom', labels: { color: '#0b0c0c' } },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${STAGE_LABEL[STAGES[ctx.raw - 1]] || 'no answers'}` } },
          },
        },
      });
    } else {
      chartBox.replaceChildren(el('p', { class: 'govuk-body' }, 'The chart could not be drawn; the table below has the same figures.'));
    }
  };
  return section;
}

async function render() {
  loading(page, 'Loading the dashboard…');
  let cohorts;
  try {
    cohorts = await allPages(api, '/api/cohorts?sort=phase');
  } catch (error) {
    page.replaceChildren();
    showProblem(page, error);
    return;
  }
  if (!cohorts.length) {
    page.replaceChildren(el('p', { class: 'govuk-body' }, 'There are no cohorts yet. ', el('a', { class: 'govuk-link', href: '/admin/cohorts' }, 'Create a cohort')));
    return;
  }
  const chosen = cohorts.find((c) => c.id === param('cohortId')) || cohorts.find((c) => c.status === 'ACTIVE') || cohorts[cohorts.length - 1];
  try {
    const collaboratives = await allPages(api, `/api/collaboratives?cohortId=${encodeURIComponent(chosen.id)}&sort=name`);
    const [summaries, cohortSummary, waves] = await Promise.all([
      Promise.all(collaboratives.map((c) => api('GET', `/api/sessions/summary?collaborativeId=${encodeURIComponent(c.id)}`).catch((e) => ({ error: e })))),
      collaboratives.length ? api('GET', `/api/sessions/summary?cohortId=${encodeURIComponent(chosen.id)}`).catch(() => null) : null,
      api('GET', `/api/waves?cohortId=${encodeURIComponent(chosen.id)}&sort=opensAt,desc&size=1`).catch(() => ({ items: [] })),
    ]);
    const wave = waves.items[0] || null;
    const results = wave ? await api('GET', `/api/waves/${encodeURIComponent(wave.id)}/results`).catch(() => null) : null;
    const heading = el('div', { class: 'app-cohort-heading' },
      el('p', { class: 'govuk-body-l govuk-!-margin-bottom-2', id: 'cohort-name' }, chosen.name, ' ', statusTag(chosen.status)),
      el('p', { class: 'govuk-body' }, `Phase ${chosen.phase}, ${formatDate(chosen.startDate)} to ${formatDate(chosen.endDate)}. `,
        `${collaboratives.length} collaborative${collaboratives.length === 1 ? '' : 's'}.`));
    page.replaceChildren(cohortPicker(cohorts, chosen), heading,
      progressSection(chosen, collaboratives, summaries, cohortSummary, results));
    const maturity = maturitySection(wave, results);
    page.appendChild(maturity);
    if (maturity.draw) await maturity.draw();
  } catch (error) {
    page.replaceChildren(cohortPicker(cohorts, chosen));
    showProblem(page, error);
  }
}

await render();
