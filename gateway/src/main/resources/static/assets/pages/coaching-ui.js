// Shared by the coaching pages (calendar, session, my sessions, my actions): names, labels, GOV.UK
// date inputs, the clash explanation, the session log form and the actions table. No inline script.
import {
  ApiError, api, el, showProblem, clearProblems, showSuccess, busy, formatDate, formatDateTime, formatTime,
  instantToLondon, table, hasRole,
} from '/assets/app.js';

export const SESSION_TYPES = {
  WORKSHOP: 'Workshop',
  TEAM_COACHING: 'Team coaching',
  STAKEHOLDER_ENGAGEMENT: 'Stakeholder engagement',
  PEER_LEARNING_EVENT: 'Peer-learning event (webinar)',
  BOARD_DEVELOPMENT: 'Board development',
};

export const THEMES = {
  SHARED_PURPOSE_AND_VISION: 'Building a shared purpose and vision',
  PEOPLE_AND_CULTURE: 'Investing in people and culture',
  LEADERSHIP_BEHAVIOURS: 'Developing leadership behaviours',
  IMPROVEMENT_CAPABILITY_AND_CAPACITY: 'Building improvement capability and capacity',
  MANAGEMENT_SYSTEMS_AND_PROCESSES: 'Embedding improvement into management systems and processes',
  EMBEDDING_EQUITY: 'Embedding equity into improvement',
};

/** Reads every page of a paged list (items, totalPages), up to `maxPages`. */
export async function allPages(path, maxPages = 5) {
  const items = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let page = 0; page < maxPages; page++) {
    const answer = await api('GET', `${path}${joiner}page=${page}&size=100`);
    items.push(...(answer.items || []));
    if (page + 1 >= (answer.totalPages || 0)) break;
  }
  return items;
}

/** The collaboratives and people the viewer may see, by id: {collaboratives: Map, people: Map, coaches: []}. */
export async function loadDirectory() {
  const [collaboratives, people] = await Promise.all([
    allPages('/api/collaboratives?sort=name'),
    allPages('/api/people?sort=name').catch(() => []),
  ]);
  return {
    collaboratives: new Map(collaboratives.map((c) => [c.id, c])),
    people: new Map(people.map((p) => [p.id, p])),
    coaches: people.filter((p) => Array.isArray(p.roles) && p.roles.includes('COACH')),
  };
}

export function personName(directory, id) {
  const person = directory.people.get(id);
  return person ? person.name : 'Someone not known here';
}

export function collaborativeName(directory, id) {
  const collaborative = directory.collaboratives.get(id);
  return collaborative ? collaborative.name : 'A collaborative not known here';
}

/** The team of a collaborative (current members): [{personId, name, ...}]. */
export async function team(collaborativeId) {
  const answer = await api('GET', `/api/collaboratives/${encodeURIComponent(collaborativeId)}/participants`);
  return Array.isArray(answer) ? answer : (answer.participants || answer.items || []);
}

/** A session's invitees with names: from the collaborative's team where possible, else the directory. */
export async function inviteesOf(session, directory) {
  let members = [];
  try { members = await team(session.collaborativeId); } catch (e) { members = []; }
  const names = new Map(members.map((m) => [m.personId, m.name]));
  return (session.inviteeIds || []).map((i) => ({ personId: i, name: names.get(i) || personName(directory, i) }));
}

/** "Tue 3 Mar 2026, 10:00 to 11:00" in London time. */
export function when(session) {
  const start = formatDateTime(session.startsAt);
  const sameDay = instantToLondon(session.startsAt).date === instantToLondon(session.endsAt).date;
  return `${start} to ${sameDay ? formatTime(session.endsAt) : formatDateTime(session.endsAt)}`;
}

/** Today in London as yyyy-mm-dd. */
export function londonToday() {
  return instantToLondon(new Date().toISOString()).date;
}

/** Adds days to a yyyy-mm-dd date. */
export function addDays(date, days) {
  const d = new Date(date + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().substring(0, 10);
}

/** The Monday of the week holding a yyyy-mm-dd date. */
export function mondayOf(date) {
  const day = new Date(date + 'T12:00:00Z').getUTCDay(); // 0 Sunday
  return addDays(date, -((day + 6) % 7));
}

export function isDate(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value || '') && !Number.isNaN(new Date(value + 'T12:00:00Z').getTime());
}

/**
 * A GOV.UK date input (day, month, year) in a fieldset; `field` names the JSON path for errors.
 * Read it with readDate(form, id).
 */
export function dateInput(id, legend, field, { hint = 'For example, 27 3 2026', value = null, small = true } = {}) {
  const [y, m, d] = value ? value.split('-') : ['', '', ''];
  const part = (name, label, width, current) => el('div', { class: 'govuk-date-input__item' },
    el('div', { class: 'govuk-form-group' },
      el('label', { class: 'govuk-label govuk-date-input__label', for: `${id}-${name}` }, label),
      el('input', { class: `govuk-input govuk-date-input__input govuk-input--width-${width}`, id: `${id}-${name}`, name: `${id}-${name}`, type: 'text', inputmode: 'numeric', value: current ? String(Number(current)) : null })));
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('fieldset', { class: 'govuk-fieldset', role: 'group', 'aria-describedby': `${id}-hint` },
      el('legend', { class: `govuk-fieldset__legend govuk-fieldset__legend--${small ? 's' : 'm'}` }, legend),
      el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
      el('div', { class: 'govuk-date-input', id },
        part('day', 'Day', 2, d), part('month', 'Month', 2, m), part('year', 'Year', 4, y))));
}

/** yyyy-mm-dd from a dateInput, '' when empty, or null when not a real date. */
export function readDate(form, id) {
  const v = (name) => (form.querySelector(`#${id}-${name}`).value || '').trim();
  const [d, m, y] = [v('day'), v('month'), v('year')];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(date + 'T12:00:00Z');
  return check.getUTCDate() === Number(d) && check.getUTCMonth() + 1 === Number(m) ? date : null;
}

/** A 24-hour time text input (hh:mm). */
export function timeInput(id, label, field, { hint = 'Use the 24-hour clock, for example 14:30', value = '' } = {}) {
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
    el('input', { class: 'govuk-input govuk-input--width-5', id, name: id, type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': `${id}-hint`, value }));
}

/** hh:mm from a time input ('' when empty, null when not a time). "9", "9:5", "0930" and "9.30" are read too. */
export function readTime(form, id) {
  const raw = (form.querySelector('#' + id).value || '').trim();
  if (!raw) return '';
  const match = raw.match(/^(\d{1,2})(?:[:.]?(\d{2}))?$/);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] || 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function textInput(id, label, field, { hint, type = 'text', value = '', width = null, attributes = {} } = {}) {
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
    el('input', { class: 'govuk-input' + (width ? ` govuk-input--width-${width}` : ''), id, name: id, type, value, 'aria-describedby': hint ? `${id}-hint` : null, ...attributes }));
}

export function textArea(id, label, field, { hint, rows = 4, value = '' } = {}) {
  const area = el('textarea', { class: 'govuk-textarea', id, name: id, rows, 'aria-describedby': hint ? `${id}-hint` : null });
  area.value = value || '';
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
    area);
}

export function select(id, label, field, options, { value = '', hint, placeholder, name = id } = {}) {
  const control = el('select', { class: 'govuk-select', id, name, 'aria-describedby': hint ? `${id}-hint` : null },
    placeholder !== undefined ? el('option', { value: '' }, placeholder) : null,
    options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
    control);
}

/** Checkboxes in a fieldset: options [[value, label]]. */
export function checkboxes(name, legend, field, options, { hint, checked = [], empty = 'There is no one to choose.' } = {}) {
  const id = `${name}-fieldset`;
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('fieldset', { class: 'govuk-fieldset', id, 'aria-describedby': hint ? `${id}-hint` : null },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
      options.length
        ? el('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' },
          options.map(([value, label], i) => el('div', { class: 'govuk-checkboxes__item' },
            el('input', { class: 'govuk-checkboxes__input', id: `${name}-${i}`, name, type: 'checkbox', value, checked: checked.includes(value) }),
            el('label', { class: 'govuk-label govuk-checkboxes__label', for: `${name}-${i}` }, label))))
        : el('p', { class: 'govuk-body' }, empty)));
}

export function radios(name, legend, field, options, { value = '', hint, inline = false } = {}) {
  const id = `${name}-fieldset`;
  return el('div', { class: 'govuk-form-group', 'data-field': field },
    el('fieldset', { class: 'govuk-fieldset', id, 'aria-describedby': hint ? `${id}-hint` : null },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? el('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
      el('div', { class: 'govuk-radios govuk-radios--small' + (inline ? ' govuk-radios--inline' : ''), 'data-module': 'govuk-radios' },
        options.map(([v, label], i) => el('div', { class: 'govuk-radios__item' },
          el('input', { class: 'govuk-radios__input', id: `${name}-${i}`, name, type: 'radio', value: v, checked: v === value }),
          el('label', { class: 'govuk-label govuk-radios__label', for: `${name}-${i}` }, label))))));
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** Field errors found in the browser, shown like the service's. */
export function showFieldErrors(form, errors) {
  showProblem(form, new ApiError(400, { title: 'There is a problem', status: 400, errors }));
}

/** A table under its own heading: the caption stays for screen readers, hidden on screen. */
export function quietTable(caption, columns, rows, options) {
  const node = table(caption, columns, rows, options);
  const captionNode = node.querySelector && node.querySelector('caption');
  if (captionNode) captionNode.className = 'govuk-visually-hidden';
  return node;
}

/** A session status in words, as a GOV.UK tag. */
export function statusTag(session, logged) {
  if (session.status === 'CANCELLED') return el('strong', { class: 'govuk-tag govuk-tag--red' }, 'Cancelled');
  if (session.status === 'NOT_HELD') return el('strong', { class: 'govuk-tag govuk-tag--orange' }, 'Did not happen');
  if (logged === true) return el('strong', { class: 'govuk-tag govuk-tag--green' }, 'Logged');
  if (logged === false && new Date(session.startsAt) <= new Date()) return el('strong', { class: 'govuk-tag govuk-tag--yellow' }, 'Not logged');
  if (logged === undefined && new Date(session.endsAt) < new Date()) return el('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Past');
  return el('strong', { class: 'govuk-tag govuk-tag--blue' }, 'Scheduled');
}

/**
 * Shows a scheduling problem. A clash (409 with `clashes`) is explained in plain words: which
 * proposed date clashes with which session, and why (same coach, too close; same collaborative).
 */
export function showSchedulingProblem(form, error) {
  const summary = showProblem(form, error);
  const clashes = error instanceof ApiError && Array.isArray(error.problem.clashes) ? error.problem.clashes : [];
  if (!clashes.length) return;
  const body = summary.querySelector('.govuk-error-summary__body');
  body.replaceChildren(
    el('p', { class: 'govuk-body' }, clashes.length === 1
      ? 'Nothing was scheduled: the session clashes with another session.'
      : `Nothing was scheduled: there are ${clashes.length} clashes. Choose other dates or times.`),
    el('ul', { class: 'govuk-list govuk-list--bullet app-clashes' }, clashes.map((clash) => el('li', {},
      `${formatDateTime(clash.proposedStartsAt)} clashes with `,
      el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(clash.sessionId)}` }, `“${clash.title}”`),
      ` (${when(clash)}): `,
      clash.reason === 'COACH'
        ? 'the coach has another session then, or too close to it to leave the gap needed between sessions.'
        : 'the collaborative already has a session at that time.'))));
}

/** Builds the session log form for the session's coach; `onLogged(log)` after it is saved. */
/** The log form; `save(body)` sends it (by default PUT to the session's log) and answers the log. */
export function logForm(session, invitees, onLogged, { save } = {}) {
  const people = invitees.map((p) => [p.personId || p.id, p.name]);
  const form = el('form', { class: 'app-log-form', novalidate: true });
  const actionRows = el('div', { class: 'app-action-rows' });
  let rows = 0;
  const addRow = () => {
    const i = rows++;
    actionRows.appendChild(el('fieldset', { class: 'govuk-fieldset app-action-row', 'data-row': i },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, `Action ${i + 1}`),
      textInput(`action-${i}-description`, 'What is to be done', `actions[${i}].description`),
      select(`action-${i}-owner`, 'Owner', `actions[${i}].ownerId`, people, { placeholder: 'Choose an invitee', hint: 'Or type another owner’s name below' }),
      textInput(`action-${i}-owner-name`, 'Another owner’s name (optional)', `actions[${i}].ownerName`, { width: 20 }),
      dateInput(`action-${i}-due`, 'Due date', `actions[${i}].dueDate`)));
  };
  addRow();
  // a deliberate answer: nothing is chosen for the coach
  const equity = radios('equityPauseHeld', 'Was an equity pause held?', 'equityPause.held', [['yes', 'Yes'], ['no', 'No']],
    { inline: true, hint: 'A deliberate stop to ask who is being left behind' });
  form.append(
    checkboxes('attendeeIds', 'Who attended', 'attendeeIds', people, { hint: 'Select everyone invited who took part', empty: 'Nobody was invited.' }),
    textArea('guests', 'Other people who took part (optional)', 'guests', { hint: 'One name per line', rows: 2 }),
    textArea('notes', 'Notes', 'notes', { rows: 6 }),
    checkboxes('themes', 'Themes discussed', 'themes', Object.entries(THEMES), { hint: 'The maturity components the session covered' }),
    equity,
    textArea('equitySurfaced', 'What did the equity pause surface?', 'equityPause.surfaced', { hint: 'Only when an equity pause was held', rows: 3 }),
    el('h3', { class: 'govuk-heading-s' }, 'Actions agreed'),
    el('p', { class: 'govuk-body' }, 'Leave an action’s fields empty if none was agreed.'),
    actionRows,
    el('div', { class: 'govuk-button-group' },
      el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'add-action', onclick: () => addRow() }, 'Add another action'),
      el('button', { type: 'submit', class: 'govuk-button', id: 'save-log' }, 'Save session log')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const errors = [];
    const actions = [];
    for (let i = 0; i < rows; i++) {
      const description = form.querySelector(`#action-${i}-description`).value.trim();
      const ownerId = form.querySelector(`#action-${i}-owner`).value;
      const ownerName = form.querySelector(`#action-${i}-owner-name`).value.trim();
      const dueDate = readDate(form, `action-${i}-due`);
      if (!description && !ownerId && !ownerName && !dueDate) continue;
      if (!description) errors.push({ field: `actions[${i}].description`, message: 'Enter what is to be done' });
      if (!ownerId && !ownerName) errors.push({ field: `actions[${i}].ownerId`, message: 'Choose an owner or type a name' });
      if (ownerId && ownerName) errors.push({ field: `actions[${i}].ownerName`, message: 'Choose an invitee or type a name, not both' });
      if (!dueDate) errors.push({ field: `actions[${i}].dueDate`, message: dueDate === null ? 'Enter a real date' : 'Enter the due date' });
      actions.push({ description, ownerId: ownerId || null, ownerName: ownerName || null, dueDate: dueDate || null });
    }
    const answer = form.querySelector('input[name="equityPauseHeld"]:checked')?.value;
    const held = answer === 'yes';
    const surfaced = form.querySelector('#equitySurfaced').value.trim();
    if (!answer) errors.push({ field: 'equityPause.held', message: 'Say whether an equity pause was held' });
    if (held && !surfaced) errors.push({ field: 'equityPause.surfaced', message: 'Say what the equity pause surfaced' });
    if (!held && surfaced) errors.push({ field: 'equityPause.surfaced', message: 'Leave this empty when no equity pause was held' });
    if (errors.length) { showFieldErrors(form, errors); return; }
    const body = {
      attendeeIds: checkedValues(form, 'attendeeIds'),
      guests: form.querySelector('#guests').value.split('\n').map((g) => g.trim()).filter(Boolean),
      notes: form.querySelector('#notes').value,
      themes: checkedValues(form, 'themes'),
      equityPause: { held, surfaced: held ? surfaced : null },
      actions,
      version: session.version,
    };
    try {
      const send = save || ((b) => api('PUT', `/api/sessions/${encodeURIComponent(session.id)}/log`, b));
      const log = await busy(form.querySelector('#save-log'), () => send(body), 'Saving…');
      onLogged(log);
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

/** A saved log, read-only: attendance, notes, themes, equity pause. */
export function logSummary(log, directory) {
  const row = (key, value) => el('div', { class: 'govuk-summary-list__row' },
    el('dt', { class: 'govuk-summary-list__key' }, key), el('dd', { class: 'govuk-summary-list__value' }, value));
  const attendees = (log.attendeeIds || []).map((id) => personName(directory, id)).concat(log.guests || []);
  return el('dl', { class: 'govuk-summary-list app-log-summary' },
    row('Who attended', attendees.length ? el('ul', { class: 'govuk-list' }, attendees.map((n) => el('li', {}, n))) : 'Nobody recorded'),
    row('Notes', log.notes ? el('p', { class: 'govuk-body app-notes' }, log.notes) : 'None'),
    row('Themes discussed', (log.themes || []).length ? el('ul', { class: 'govuk-list' }, log.themes.map((t) => el('li', {}, THEMES[t] || t))) : 'None'),
    row('Equity pause', log.equityPause && log.equityPause.held ? `Held. It surfaced: ${log.equityPause.surfaced || ''}` : 'Not held'),
    row('Logged', `${formatDateTime(log.loggedAt)}${log.updatedAt && log.updatedAt !== log.loggedAt ? `, last changed ${formatDateTime(log.updatedAt)}` : ''}`),
    row('Open to changes', log.locked ? 'No, the log is locked' : `Until ${formatDateTime(log.editableUntil)}`));
}

/**
 * Actions as a table with "Mark as done" for open ones (the API lets managers, the collaborative's
 * coaches and the owner complete an action). `onChanged` runs after one is completed.
 */
export function actionsTable(caption, actions, directory, person, onChanged, options = {}) {
  const { showSession = true, container } = options;
  const canComplete = hasRole(person, 'PROGRAMME_MANAGER') || hasRole(person, 'COACH');
  const columns = [
    { label: 'Action', value: (a) => a.description },
    { label: 'Owner', value: (a) => a.ownerName || personName(directory, a.ownerId) },
    { label: 'Collaborative', value: (a) => collaborativeName(directory, a.collaborativeId) },
    { label: 'Due', value: (a) => formatDate(a.dueDate) },
    { label: 'Status', value: (a) => a.status === 'DONE'
      ? el('strong', { class: 'govuk-tag govuk-tag--green' }, `Done ${formatDate(a.completedOn)}`)
      : a.overdue ? el('strong', { class: 'govuk-tag govuk-tag--red' }, 'Overdue') : el('strong', { class: 'govuk-tag govuk-tag--blue' }, 'Open') },
  ];
  if (showSession) columns.push({ label: 'Session', value: (a) => el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(a.sessionId)}` }, 'View session', el('span', { class: 'govuk-visually-hidden' }, ` for ${a.description}`)) });
  if (canComplete) {
    columns.push({ label: 'Change', value: (a) => a.status === 'DONE' ? '' : el('button', {
      type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-complete', 'data-action': a.id,
      onclick: async (event) => {
        const host = container || event.target.closest('section') || document.getElementById('page');
        try {
          await busy(event.target, () => api('POST', `/api/actions/${encodeURIComponent(a.id)}/complete`, { version: a.version }), 'Saving…');
          await onChanged(`Action marked as done: ${a.description}`);
        } catch (error) {
          showProblem(host, error);
        }
      },
    }, 'Mark as done', el('span', { class: 'govuk-visually-hidden' }, `: ${a.description}`)) });
  }
  return (options.quiet ? quietTable : table)(caption, columns, actions, { empty: 'No actions.' });
}

export { showSuccess };
