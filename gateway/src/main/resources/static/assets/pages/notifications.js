// The delivery log of notification-service: filter by status, purpose and person; paged; retry a
// failed message (confirmed first), then the row shows its new state.
import { api, shell, el, showProblem, clearProblems, showSuccess, busy, loading, confirmAction, formatDateTime, param } from '/assets/app.js';
import { inputField, selectField, button, pager, words, statusTag, scrollRegion } from '/assets/pages/manager-forms.js';

const STATUSES = ['PENDING', 'SENDING', 'DELIVERED', 'PERMANENT_FAILURE', 'TEMPORARY_FAILURE', 'TECHNICAL_FAILURE', 'WITHDRAWN'];
const PURPOSES = ['SESSION_INVITATION', 'SESSION_RESCHEDULED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'SESSION_LOG_REMINDER',
  'ACTION_ASSIGNED', 'ACTION_DUE', 'SURVEY_INVITATION', 'SURVEY_REMINDER'];
const FAILED = ['PERMANENT_FAILURE', 'TEMPORARY_FAILURE', 'TECHNICAL_FAILURE'];

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');

const filters = { status: param('status') || '', purpose: param('purpose') || '', personId: param('personId') || '' };

function filterForm() {
  const form = el('form', { method: 'get', action: '/admin/notifications', id: 'filter', class: 'app-filter' },
    el('h2', { class: 'govuk-heading-m' }, 'Filter the log'),
    el('div', { class: 'app-filter__fields' },
      selectField('status', 'Status', [{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: words(s) }))], { value: filters.status }),
      selectField('purpose', 'Purpose', [{ value: '', label: 'Any purpose' }, ...PURPOSES.map((s) => ({ value: s, label: words(s) }))], { value: filters.purpose }),
      inputField('personId', 'Recipient person id', { value: filters.personId, width: 20, autocomplete: 'off', spellcheck: 'false' }),
      el('div', { class: 'govuk-form-group' }, button('Show entries', { secondary: true }))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of ['status', 'purpose', 'personId']) {
      const v = form.elements.namedItem(name).value.trim();
      if (v) query.set(name, v);
    }
    window.location.assign('/admin/notifications' + (query.toString() ? '?' + query : ''));
  });
  return form;
}

function cell(content, numeric) {
  return el('td', { class: 'govuk-table__cell' + (numeric ? ' govuk-table__cell--numeric' : '') }, content);
}

function describeSubject(entry) {
  const p = entry.personalisation || {};
  return p.title || p.description || p.wave_label || '';
}

function entryRow(entry, container) {
  const retry = FAILED.includes(entry.status) || entry.retryable
    ? el('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-button--small govuk-!-margin-0' },
      'Retry', el('span', { class: 'govuk-visually-hidden' }, ` ${words(entry.purpose).toLowerCase()} to ${entry.recipientName || entry.recipientId}`))
    : null;
  const tr = el('tr', { class: 'govuk-table__row', 'data-id': entry.id },
    el('th', { scope: 'row', class: 'govuk-table__header' }, words(entry.purpose),
      describeSubject(entry) ? el('span', { class: 'govuk-body-s app-subject' }, describeSubject(entry)) : null),
    cell(el('span', {}, entry.recipientName || 'Unknown yet', el('span', { class: 'govuk-body-s app-subject' }, entry.recipientId))),
    cell(statusTag(entry.status)),
    cell(String(entry.attempts ?? 0), true),
    cell(entry.lastError || ''),
    cell(el('span', {}, 'Created ' + formatDateTime(entry.createdAt),
      entry.dueAt && entry.dueAt !== entry.createdAt ? el('span', { class: 'govuk-body-s app-subject' }, 'Due ' + formatDateTime(entry.dueAt)) : null,
      entry.completedAt ? el('span', { class: 'govuk-body-s app-subject' }, 'Done ' + formatDateTime(entry.completedAt))
        : (entry.updatedAt ? el('span', { class: 'govuk-body-s app-subject' }, 'Updated ' + formatDateTime(entry.updatedAt)) : null))),
    cell(retry || ''));
  if (retry) {
    retry.addEventListener('click', async () => {
      if (!confirmAction(`Send this ${words(entry.purpose).toLowerCase()} to ${entry.recipientName || entry.recipientId} again?`)) return;
      clearProblems(container);
      try {
        await busy(retry, () => api('POST', `/api/notifications/${encodeURIComponent(entry.id)}/retry`), 'Retrying…');
        const fresh = await api('GET', `/api/notifications/${encodeURIComponent(entry.id)}`);
        tr.replaceWith(entryRow(fresh, container));
        showSuccess(container, `${words(entry.purpose)} to ${entry.recipientName || entry.recipientId} will be sent again (now ${words(fresh.status).toLowerCase()}).`);
      } catch (error) {
        showProblem(container, error);
      }
    });
  }
  return tr;
}

async function showLog(container, pageNumber) {
  loading(container, 'Loading the delivery log…');
  const query = new URLSearchParams({ page: pageNumber, size: 25, sort: 'createdAt,desc' });
  for (const [k, v] of Object.entries(filters)) if (v) query.set(k, v);
  try {
    const answer = await api('GET', '/api/notifications?' + query);
    if (!answer.items.length) {
      container.replaceChildren(el('p', { class: 'govuk-body app-empty' }, 'No messages match.'));
      return;
    }
    const headers = ['Purpose', 'Recipient', 'Status', 'Attempts', 'Last error', 'Times', 'Actions'];
    container.replaceChildren(scrollRegion('Delivery log (scrolls sideways)', el('table', { class: 'govuk-table', id: 'delivery-log' },
      el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, `Delivery log (${answer.totalItems} entries, newest first)`),
      el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
        headers.map((h) => el('th', { scope: 'col', class: 'govuk-table__header' + (h === 'Attempts' ? ' govuk-table__header--numeric' : '') }, h)))),
      el('tbody', { class: 'govuk-table__body' }, answer.items.map((entry) => entryRow(entry, container))))),
    pager(answer, (n) => showLog(container, n)) || '');
  } catch (error) {
    container.replaceChildren();
    showProblem(container, error);
  }
}

const log = el('div', { id: 'log' });
page.replaceChildren(
  el('p', { class: 'govuk-body' }, 'Every email the platform owes or has sent. Without a GOV.UK Notify key (as when run locally) email goes to a log channel and shows here as delivered.'),
  filterForm(), log);
await showLog(log, 0);
