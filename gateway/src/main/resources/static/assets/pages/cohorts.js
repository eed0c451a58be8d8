// Cohorts (programme phases): the list, a new cohort, and editing one (/admin/cohorts?id=…).
import { api, shell, el, showProblem, clearProblems, showSuccess, busy, loading, formatDate, table, param, ApiError } from '/assets/app.js';
import { inputField, selectField, textareaField, button, value, orNull, statusTag, pager, scrollRegion } from '/assets/pages/manager-forms.js';
import { deleteSection, inFormOrder } from '/assets/pages/collaborative-form.js';

const STATUSES = ['PLANNED', 'ACTIVE', 'CLOSED'];
const STATUS_LABEL = { PLANNED: 'Planned', ACTIVE: 'Active', CLOSED: 'Closed' };

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');

function cohortForm(cohort) {
  const editing = !!cohort;
  // status moves forward only: offer the current status and the later ones
  const from = editing ? STATUSES.indexOf(cohort.status) : 0;
  const form = el('form', { class: editing ? 'app-form' : 'app-form app-panel', novalidate: true, id: editing ? 'edit-cohort' : 'new-cohort' },
    el('h2', { class: 'govuk-heading-m' }, editing ? `Change ${cohort.name}` : 'Create a cohort'),
    inputField('name', 'Name', { value: cohort?.name, width: 20 }),
    inputField('phase', 'Phase', { type: 'number', value: cohort?.phase, width: 3, hint: 'A number from 1 to 20' }),
    textareaField('description', 'Description (optional)', { value: cohort?.description }),
    inputField('startDate', 'Start date', { type: 'date', value: cohort?.startDate, width: 10 }),
    inputField('endDate', 'End date', { type: 'date', value: cohort?.endDate, width: 10, hint: 'After the start date' }),
    selectField('status', 'Status', STATUSES.slice(Math.max(from, 0)).map((s) => ({ value: s, label: STATUS_LABEL[s] })),
      { value: cohort?.status || 'PLANNED', hint: editing ? 'A status only moves forward: planned, active, then closed (read-only)' : 'Planned, active, then closed' }),
    el('div', { class: 'govuk-button-group' },
      button(editing ? 'Save changes' : 'Create cohort'),
      editing ? el('a', { class: 'govuk-link', href: '/admin/cohorts' }, 'Back to cohorts') : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const phaseText = value(form, 'phase');
    const body = {
      name: value(form, 'name'),
      phase: phaseText === '' ? null : Number(phaseText),
      description: orNull(value(form, 'description')),
      startDate: orNull(value(form, 'startDate')),
      endDate: orNull(value(form, 'endDate')),
      status: value(form, 'status'),
    };
    if (phaseText !== '' && !Number.isInteger(body.phase)) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'phase', message: 'Enter a whole number from 1 to 20' }] }));
      return;
    }
    try {
      if (editing) {
        const saved = await busy(form.querySelector('button[type=submit]'), () =>
          api('PUT', `/api/cohorts/${encodeURIComponent(cohort.id)}`, { ...body, version: cohort.version }), 'Saving…');
        await showEdit(saved.id, `${saved.name} saved.`);
      } else {
        const created = await busy(form.querySelector('button[type=submit]'), () => api('POST', '/api/cohorts', body), 'Creating…');
        await showList(0, `Cohort “${created.name}” created.`);
      }
    } catch (error) {
      showProblem(form, inFormOrder(form, error));
    }
  });
  return form;
}

async function showList(pageNumber = 0, message) {
  loading(page);
  try {
    const answer = await api('GET', `/api/cohorts?page=${pageNumber}&size=20&sort=phase`);
    const list = table('Cohorts', [
      { label: 'Name', value: (c) => c.name },
      { label: 'Phase', value: (c) => String(c.phase), numeric: true },
      { label: 'Starts', value: (c) => formatDate(c.startDate) },
      { label: 'Ends', value: (c) => formatDate(c.endDate) },
      { label: 'Status', value: (c) => statusTag(c.status) },
      { label: 'Actions', value: (c) => el('span', { class: 'app-actions' },
        c.status === 'CLOSED' ? el('span', { class: 'app-muted' }, 'Read-only')
          : el('a', { class: 'govuk-link', href: `/admin/cohorts?id=${encodeURIComponent(c.id)}` }, 'Change', el('span', { class: 'govuk-visually-hidden' }, ` ${c.name}`)),
        el('a', { class: 'govuk-link', href: `/admin/collaboratives?cohortId=${encodeURIComponent(c.id)}` }, 'Collaboratives', el('span', { class: 'govuk-visually-hidden' }, ` of ${c.name}`))) },
    ], answer.items, { empty: 'There are no cohorts yet.' });
    page.replaceChildren(Object.assign(scrollRegion('Cohorts (scrolls sideways)', list), { id: 'cohort-list' }), pager(answer, (n) => showList(n)) || '', cohortForm(null));
    if (message) showSuccess(page, message);
  } catch (error) {
    page.replaceChildren();
    showProblem(page, error);
  }
}

async function showEdit(id, message) {
  loading(page);
  try {
    const cohort = await api('GET', `/api/cohorts/${encodeURIComponent(id)}`);
    const facts = el('dl', { class: 'govuk-summary-list' },
      el('div', { class: 'govuk-summary-list__row' }, el('dt', { class: 'govuk-summary-list__key' }, 'Status'), el('dd', { class: 'govuk-summary-list__value' }, statusTag(cohort.status))),
      el('div', { class: 'govuk-summary-list__row' }, el('dt', { class: 'govuk-summary-list__key' }, 'Runs'),
        el('dd', { class: 'govuk-summary-list__value' }, `${formatDate(cohort.startDate)} to ${formatDate(cohort.endDate)}`)));
    if (cohort.status === 'CLOSED') {
      page.replaceChildren(facts, el('p', { class: 'govuk-body' }, `${cohort.name} is closed, so it cannot be changed.`),
        el('a', { class: 'govuk-link', href: '/admin/cohorts' }, 'Back to cohorts'));
    } else {
      page.replaceChildren(facts, cohortForm(cohort), await deleteSection({ noun: 'cohort', name: cohort.name,
        base: `/api/cohorts/${encodeURIComponent(cohort.id)}`, onDeleted: () => showList(0, `Cohort “${cohort.name}” deleted.`) }));
    }
    if (message) showSuccess(page, message);
  } catch (error) {
    page.replaceChildren(el('a', { class: 'govuk-link', href: '/admin/cohorts' }, 'Back to cohorts'));
    showProblem(page, error);
  }
}

if (param('id')) await showEdit(param('id')); else await showList();
