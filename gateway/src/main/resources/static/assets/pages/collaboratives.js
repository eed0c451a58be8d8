// Collaboratives: the list (filtered by cohort and sector, paged) and enrolling a new one in a cohort.
// One collaborative's details, team and team import are on /admin/collaborative?id=….
import { ApiError, api, shell, el, showProblem, clearProblems, showSuccess, busy, loading, table, param } from '/assets/app.js';
import { selectField, button, pager, allPages, words, SECTORS, scrollRegion } from '/assets/pages/manager-forms.js';
import { collaborativeForm, inFormOrder } from '/assets/pages/collaborative-form.js';

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');

let cohorts = [];
let coaches = [];

function filterForm(cohortId, sector) {
  const form = el('form', { method: 'get', action: '/admin/collaboratives', class: 'app-filter', id: 'filter' },
    el('h2', { class: 'govuk-heading-m' }, 'Find collaboratives'),
    el('div', { class: 'app-filter__fields' },
      selectField('cohortId', 'Cohort', [{ value: '', label: 'All cohorts' }, ...cohorts.map((c) => ({ value: c.id, label: c.name }))], { value: cohortId }),
      selectField('sector', 'Sector', [{ value: '', label: 'All sectors' }, ...SECTORS], { value: sector }),
      el('div', { class: 'govuk-form-group' }, button('Show collaboratives', { secondary: true }))));
  // drop empty filters from the address
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of ['cohortId', 'sector']) {
      const v = form.elements.namedItem(name).value;
      if (v) query.set(name, v);
    }
    window.location.assign('/admin/collaboratives' + (query.toString() ? '?' + query : ''));
  });
  return form;
}

async function list(container, cohortId, sector, pageNumber) {
  loading(container);
  const query = new URLSearchParams({ page: pageNumber, size: 20, sort: 'name' });
  if (cohortId) query.set('cohortId', cohortId);
  if (sector) query.set('sector', sector);
  try {
    const answer = await api('GET', '/api/collaboratives?' + query);
    const cohortName = Object.fromEntries(cohorts.map((c) => [c.id, c.name]));
    container.replaceChildren(scrollRegion('Collaboratives (scrolls sideways)', table('Collaboratives', [
      { label: 'Name', value: (c) => el('a', { class: 'govuk-link', href: `/admin/collaborative?id=${encodeURIComponent(c.id)}` }, c.name) },
      { label: 'Cohort', value: (c) => cohortName[c.cohortId] || c.cohortId },
      { label: 'Sector', value: (c) => words(c.sector) },
      { label: 'Member trusts', value: (c) => String((c.members || []).length), numeric: true },
      { label: 'Planned coaching hours', value: (c) => String(c.plannedCoachingHours), numeric: true },
    ], answer.items, { empty: 'No collaboratives match.' })), pager(answer, (n) => list(container, cohortId, sector, n)) || '');
  } catch (error) {
    container.replaceChildren();
    showProblem(container, error);
  }
}

function enrolSection(cohortId) {
  const { form, body, cohortId: chosenCohort } = collaborativeForm({ cohorts, coaches, cohortId });
  form.prepend(el('h2', { class: 'govuk-heading-m' }, 'Enrol a collaborative'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const cohort = chosenCohort();
    if (!cohort) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'cohortId', message: 'Choose the cohort to enrol the collaborative in' }] }));
      return;
    }
    try {
      const created = await busy(form.querySelector('button[type=submit]'),
        () => api('POST', `/api/cohorts/${encodeURIComponent(cohort)}/collaboratives`, body()), 'Enrolling…');
      window.location.assign(`/admin/collaborative?id=${encodeURIComponent(created.id)}&enrolled=1`);
    } catch (error) {
      showProblem(form, inFormOrder(form, error));
    }
  });
  return form;
}

async function start() {
  loading(page);
  try {
    [cohorts, coaches] = await Promise.all([allPages(api, '/api/cohorts?sort=phase'), allPages(api, '/api/people?role=COACH&sort=name')]);
  } catch (error) {
    page.replaceChildren();
    showProblem(page, error);
    return;
  }
  const cohortId = param('cohortId') || '';
  const sector = param('sector') || '';
  const results = el('div', { id: 'collaborative-list' });
  page.replaceChildren(filterForm(cohortId, sector), results, enrolSection(cohortId));
  await list(results, cohortId, sector, 0);
  if (param('deleted')) showSuccess(page, `Collaborative “${param('deleted')}” deleted.`);
}

await start();
