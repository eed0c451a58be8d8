// One coaching session: its details, its log and actions, and (for managers and its coach)
// reschedule and cancel. The session's own coach writes the log here too.
import {
  ApiError, api, el, shell, hasRole, param, loading, clearProblems, showProblem, showSuccess, busy, confirmAction,
  instantToLondon, londonToInstant,
} from '/assets/app.js';
import {
  SESSION_TYPES, loadDirectory, personName, collaborativeName, inviteesOf, when, dateInput, readDate, timeInput, readTime,
  textArea, radios, showFieldErrors, showSchedulingProblem, statusTag, logForm, logSummary, actionsTable,
} from '/assets/pages/coaching-ui.js';

const person = await shell(['PROGRAMME_MANAGER', 'COACH']);
const isManager = hasRole(person, 'PROGRAMME_MANAGER');
const page = document.getElementById('page');
const heading = document.getElementById('session-title');
const id = param('id');
let directory;

async function render(message) {
  loading(page);
  if (!id) {
    page.replaceChildren(el('p', { class: 'govuk-body' }, 'No session was chosen. ', el('a', { class: 'govuk-link', href: backLink() }, 'Choose one')));
    return;
  }
  let session;
  let log = null;
  try {
    directory = directory || await loadDirectory();
    session = await api('GET', `/api/sessions/${encodeURIComponent(id)}`);
    try {
      log = await api('GET', `/api/sessions/${encodeURIComponent(id)}/log`);
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 403)) throw error;
    }
  } catch (error) {
    page.replaceChildren();
    showProblem(page, error);
    return;
  }
  heading.textContent = session.title;
  document.title = `${session.title} – Cohort Coach`;
  const isOwnCoach = session.coachId === person.personId && hasRole(person, 'COACH');
  const canChange = (isManager || isOwnCoach) && session.status !== 'CANCELLED';
  const row = (key, value) => el('div', { class: 'govuk-summary-list__row' },
    el('dt', { class: 'govuk-summary-list__key' }, key), el('dd', { class: 'govuk-summary-list__value' }, value));
  const invitees = (session.inviteeIds || []).map((i) => personName(directory, i));
  const messages = el('div', { id: 'session-messages' });
  page.replaceChildren(
    messages,
    el('a', { class: 'govuk-back-link', href: backLink() }, isManager ? 'Back to the calendar' : 'Back to my sessions'),
    el('h2', { class: 'govuk-heading-m' }, 'Details'),
    el('dl', { class: 'govuk-summary-list', id: 'session-details' },
      row('Status', el('span', {}, statusTag(session, log ? true : false), session.cancelReason ? ` Reason: ${session.cancelReason}` : '')),
      row('When (UK time)', el('span', { id: 'session-when' }, when(session))),
      row('Collaborative', collaborativeName(directory, session.collaborativeId)),
      row('Coach', personName(directory, session.coachId)),
      row('Type', SESSION_TYPES[session.type] || session.type),
      row('Where', session.location || session.videoLink ? el('span', {}, session.location || '', session.location && session.videoLink ? '. ' : '',
        session.videoLink ? el('a', { class: 'govuk-link', href: session.videoLink, rel: 'noopener noreferrer' }, 'Video call link') : '') : 'Not given'),
      row('Invited', invitees.length ? el('ul', { class: 'govuk-list' }, invitees.map((n) => el('li', {}, n))) : 'Nobody'),
      session.seriesId ? row('Series', el('a', { class: 'govuk-link', href: `/admin/calendar?view=list` }, 'Part of a repeating series')) : null,
      session.sequence ? row('Changes', `Changed ${session.sequence} time${session.sequence === 1 ? '' : 's'} since it was scheduled`) : null),
    logSection(session, log, isOwnCoach),
    canChange ? rescheduleSection(session) : null,
    canChange ? cancelSection(session) : null);
  if (message) showSuccess(messages, message);
}

function backLink() {
  return isManager ? '/admin/calendar' : '/admin/my-sessions';
}

function logSection(session, log, isOwnCoach) {
  const section = el('section', { id: 'session-log', 'aria-labelledby': 'log-heading' },
    el('h2', { class: 'govuk-heading-m', id: 'log-heading' }, 'Session log'));
  if (log) {
    section.append(logSummary(log, directory),
      el('div', { class: 'app-scroll' }, actionsTable('Actions agreed', log.actions || [], directory, person, (m) => render(m), { showSession: false, container: section })));
    return section;
  }
  const started = new Date(session.startsAt) <= new Date();
  const open = started && session.status !== 'CANCELLED' && new Date(session.startsAt).getTime() + 14 * 86400000 > Date.now();
  if (isOwnCoach && open) {
    section.append(el('p', { class: 'govuk-body' }, 'This session has not been logged yet. You can log it until 14 days after it started.'));
    const holder = el('div', {}, el('p', { class: 'govuk-body app-loading', role: 'status' }, 'Loading the form…'));
    section.append(holder);
    inviteesOf(session, directory).then((people) => holder.replaceChildren(logForm(session, people, () => render('Session logged.'))))
      .catch((error) => { holder.replaceChildren(); showProblem(holder, error); });
  } else if (session.status === 'CANCELLED') {
    section.append(el('p', { class: 'govuk-body' }, 'The session was cancelled, so it has no log.'));
  } else if (!started) {
    section.append(el('p', { class: 'govuk-body' }, 'The session has not started yet. Its coach logs it once it has.'));
  } else {
    section.append(el('p', { class: 'govuk-body' }, 'Not logged yet. Only the session’s coach can log it.'));
  }
  return section;
}

function scopeRadios(session, name) {
  return session.seriesId
    ? radios(name, 'Which sessions?', 'scope', [['THIS', 'Only this session'], ['THIS_AND_LATER', 'This and the later sessions of the series']], { value: 'THIS' })
    : null;
}

function rescheduleSection(session) {
  const now = instantToLondon(session.startsAt);
  const end = instantToLondon(session.endsAt);
  const form = el('form', { id: 'reschedule-form', novalidate: true },
    dateInput('new-date', 'New date', 'start', { value: now.date }),
    el('div', { class: 'app-actions' },
      timeInput('new-start', 'New start time', 'startTime', { value: now.time }),
      timeInput('new-end', 'New end time', 'durationMinutes', { value: end.time })),
    textArea('reschedule-reason', 'Why is it moving?', 'reason', { rows: 2, hint: 'The invitees are told' }),
    scopeRadios(session, 'reschedule-scope'),
    el('button', { type: 'submit', class: 'govuk-button', id: 'reschedule-submit' }, 'Reschedule session'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const errors = [];
    const date = readDate(form, 'new-date');
    const start = readTime(form, 'new-start');
    const endTime = readTime(form, 'new-end');
    const reason = form.querySelector('#reschedule-reason').value.trim();
    if (!date) errors.push({ field: 'start', message: date === null ? 'Enter a real date' : 'Enter the new date' });
    if (!start) errors.push({ field: 'startTime', message: 'Enter a start time like 09:30' });
    if (!endTime) errors.push({ field: 'durationMinutes', message: 'Enter an end time like 11:00' });
    if (!reason) errors.push({ field: 'reason', message: 'Say why the session is moving' });
    let durationMinutes = null;
    if (date && start && endTime) {
      durationMinutes = Math.round((new Date(londonToInstant(date, endTime)) - new Date(londonToInstant(date, start))) / 60000);
      if (durationMinutes <= 0) errors.push({ field: 'durationMinutes', message: 'The end time must be after the start time' });
    }
    if (errors.length) { showFieldErrors(form, errors); return; }
    const scope = form.querySelector('input[name="reschedule-scope"]:checked')?.value || 'THIS';
    try {
      const answer = await busy(form.querySelector('#reschedule-submit'), () => api('POST', `/api/sessions/${encodeURIComponent(session.id)}/reschedule`,
        { start: `${date}T${start}`, durationMinutes, reason, scope, version: session.version }), 'Rescheduling…');
      const moved = answer.sessions || [];
      await render(moved.length > 1 ? `${moved.length} sessions rescheduled. This one is now ${when(moved[0])}.` : `Session rescheduled to ${when(moved[0])}.`);
    } catch (error) {
      showSchedulingProblem(form, error);
    }
  });
  return el('section', { id: 'reschedule', 'aria-labelledby': 'reschedule-heading', class: 'govuk-!-margin-top-6' },
    el('h2', { class: 'govuk-heading-m', id: 'reschedule-heading' }, 'Reschedule'),
    el('p', { class: 'govuk-body' }, 'Enter the new date and times in UK time.'),
    form);
}

function cancelSection(session) {
  const form = el('form', { id: 'cancel-form', novalidate: true },
    textArea('cancel-reason', 'Why is it cancelled?', 'reason', { rows: 2, hint: 'The invitees are told' }),
    scopeRadios(session, 'cancel-scope'),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--warning', id: 'cancel-submit' }, 'Cancel session'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const reason = form.querySelector('#cancel-reason').value.trim();
    if (!reason) { showFieldErrors(form, [{ field: 'reason', message: 'Say why the session is cancelled' }]); return; }
    const scope = form.querySelector('input[name="cancel-scope"]:checked')?.value || 'THIS';
    const what = scope === 'THIS_AND_LATER' ? 'this session and the later sessions of its series' : `“${session.title}” on ${when(session)}`;
    if (!confirmAction(`Cancel ${what}? The invitees are told. This cannot be undone.`)) return;
    try {
      const answer = await busy(form.querySelector('#cancel-submit'), () => api('POST', `/api/sessions/${encodeURIComponent(session.id)}/cancel`,
        { reason, scope, version: session.version }), 'Cancelling…');
      const cancelled = answer.sessions || [];
      await render(cancelled.length > 1 ? `${cancelled.length} sessions cancelled.` : 'Session cancelled.');
    } catch (error) {
      showProblem(form, error);
    }
  });
  return el('section', { id: 'cancel', 'aria-labelledby': 'cancel-heading', class: 'govuk-!-margin-top-6' },
    el('h2', { class: 'govuk-heading-m', id: 'cancel-heading' }, 'Cancel the session'),
    form);
}

await render();
