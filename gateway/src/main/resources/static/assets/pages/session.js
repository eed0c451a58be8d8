// One coaching session: its details, its log and actions, and (for managers and its coach)
// reschedule, cancel and "did not happen"; for managers delete (while nothing depends on it), reopening a
// locked log and the log's history (also shown to the session's coach). The session's own coach writes the log here too.
import {
  ApiError, api, el, shell, hasRole, param, loading, clearProblems, showProblem, showSuccess, busy, confirmAction,
  instantToLondon, londonToInstant, formatDateTime,
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
  const canChange = (isManager || isOwnCoach) && session.status === 'SCHEDULED' && !session.logged;
  const started = new Date(session.startsAt) <= new Date();
  const row = (key, value) => el('div', { class: 'govuk-summary-list__row' },
    el('dt', { class: 'govuk-summary-list__key' }, key), el('dd', { class: 'govuk-summary-list__value' }, value));
  const invitees = (session.inviteeIds || []).map((i) => personName(directory, i));
  const messages = el('div', { id: 'session-messages' });
  // replaceChildren writes a null as the text "null": leave out the sections this person is not offered
  page.replaceChildren(...[
    messages,
    el('a', { class: 'govuk-back-link', href: backLink() }, isManager ? 'Back to the calendar' : 'Back to my sessions'),
    el('h2', { class: 'govuk-heading-m' }, 'Details'),
    el('dl', { class: 'govuk-summary-list', id: 'session-details' },
      row('Status', el('span', {}, statusTag(session, log ? true : false), session.cancelReason ? ` Reason: ${session.cancelReason}` : '',
        session.notHeldReason ? ` Reason: ${session.notHeldReason}` : '')),
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
    canChange ? cancelSection(session) : null,
    canChange && started ? notHeldSection(session) : null,
    isManager && (session.status === 'SCHEDULED' || session.status === 'CANCELLED') && !session.logged ? deleteSection(session) : null,
  ].filter(Boolean));
  if (message) showSuccess(messages, message);
}

function backLink() {
  return isManager ? '/admin/calendar' : '/admin/my-sessions';
}

function logSection(session, log, isOwnCoach) {
  const section = el('section', { id: 'session-log', 'aria-labelledby': 'log-heading' },
    el('h2', { class: 'govuk-heading-m', id: 'log-heading' }, 'Session log'));
  const started = new Date(session.startsAt) <= new Date();
  const open = started && session.status === 'SCHEDULED' && new Date(session.logEditableUntil) > new Date();
  const locked = started && session.status === 'SCHEDULED' && !open;
  const extras = [
    isManager && locked ? reopenSection(session, log) : null,
    isManager || isOwnCoach ? historySection(session) : null,
  ];
  if (log) {
    section.append(logSummary(log, directory),
      el('p', { class: 'govuk-body' }, open ? `Its coach can correct it until ${formatDateTime(session.logEditableUntil)}.` : 'The log is locked.'),
      el('div', { class: 'app-scroll' }, actionsTable('Actions agreed', log.actions || [], directory, person, (m) => render(m), { showSession: false, container: section })),
      ...extras.filter(Boolean));
    return section;
  }
  section.append(...extras.filter(Boolean));
  if (isOwnCoach && open) {
    section.append(el('p', { class: 'govuk-body' }, `This session has not been logged yet. You can log it until ${formatDateTime(session.logEditableUntil)}.`));
    const holder = el('div', {}, el('p', { class: 'govuk-body app-loading', role: 'status' }, 'Loading the form…'));
    section.append(holder);
    inviteesOf(session, directory).then((people) => holder.replaceChildren(logForm(session, people, () => render('Session logged.'))))
      .catch((error) => { holder.replaceChildren(); showProblem(holder, error); });
  } else if (session.status === 'CANCELLED') {
    section.append(el('p', { class: 'govuk-body' }, 'The session was cancelled, so it has no log.'));
  } else if (session.status === 'NOT_HELD') {
    section.append(el('p', { class: 'govuk-body' }, 'The session did not happen, so it has no log.'));
  } else if (locked) {
    section.append(el('p', { class: 'govuk-body' }, 'Not logged, and the log is locked. A programme manager can reopen it for its coach.'));
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

function reopenSection(session, log) {
  const form = el('form', { id: 'reopen-form', novalidate: true },
    textArea('reopen-reason', 'Why reopen it?', 'reason', { rows: 2, hint: 'Kept in the log’s history' }),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', id: 'reopen-submit' }, 'Reopen log'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const reason = form.querySelector('#reopen-reason').value.trim();
    if (!reason) { showFieldErrors(form, [{ field: 'reason', message: 'Say why the log is reopened' }]); return; }
    try {
      const answer = await busy(form.querySelector('#reopen-submit'), () => api('POST', `/api/sessions/${encodeURIComponent(session.id)}/log/reopen`, { reason }), 'Reopening…');
      await render(`Log reopened: its coach can ${log ? 'correct' : 'write'} it until ${formatDateTime(answer.editableUntil)}.`);
    } catch (error) {
      showProblem(form, error);
    }
  });
  return el('section', { id: 'reopen', 'aria-labelledby': 'reopen-heading', class: 'govuk-!-margin-top-6' },
    el('h3', { class: 'govuk-heading-s', id: 'reopen-heading' }, 'Reopen the log'),
    el('p', { class: 'govuk-body' }, 'The log is locked. Reopening it lets its coach write or correct it for another 7 days.'),
    form);
}

function historySection(session) {
  const body = el('div', {}, el('p', { class: 'govuk-body app-loading', role: 'status' }, 'Loading…'));
  const KINDS = { WRITTEN: 'Written', CORRECTED: 'Corrected', REOPENED: 'Reopened' };
  api('GET', `/api/sessions/${encodeURIComponent(session.id)}/log/history`).then((history) => {
    const entries = history.entries || [];
    body.replaceChildren(entries.length ? el('div', { class: 'app-scroll' }, el('table', { class: 'govuk-table' },
      el('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, 'Changes to the log, oldest first'),
      el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
        ['When', 'Who', 'What', 'Details'].map((h) => el('th', { class: 'govuk-table__header', scope: 'col' }, h)))),
      el('tbody', { class: 'govuk-table__body' }, entries.map((e) => el('tr', { class: 'govuk-table__row' },
        el('td', { class: 'govuk-table__cell' }, formatDateTime(e.at)),
        el('td', { class: 'govuk-table__cell' }, `${personName(directory, e.byPersonId)} (${e.byRole === 'PROGRAMME_MANAGER' ? 'programme manager' : 'coach'})`),
        el('td', { class: 'govuk-table__cell' }, KINDS[e.kind] || e.kind),
        el('td', { class: 'govuk-table__cell' }, e.kind === 'REOPENED'
          ? `Reason: ${e.reason}. Open until ${formatDateTime(e.openUntil)}.`
          : `Changed: ${(e.fields || []).join(', ') || 'nothing'}`))))))
      : el('p', { class: 'govuk-body' }, 'No changes recorded yet.'));
  }).catch((error) => { body.replaceChildren(); showProblem(body, error); });
  return el('section', { id: 'log-history', 'aria-labelledby': 'history-heading', class: 'govuk-!-margin-top-6' },
    el('h3', { class: 'govuk-heading-s', id: 'history-heading' }, 'History of the log'), body);
}

function notHeldSection(session) {
  const form = el('form', { id: 'not-held-form', novalidate: true },
    textArea('not-held-reason', 'Why did it not happen?', 'reason', { rows: 2, hint: 'It counts as not delivered in the programme’s figures' }),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--warning', id: 'not-held-submit' }, 'Mark as did not happen'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const reason = form.querySelector('#not-held-reason').value.trim();
    if (!reason) { showFieldErrors(form, [{ field: 'reason', message: 'Say why the session did not happen' }]); return; }
    if (!confirmAction(`Mark “${session.title}” on ${when(session)} as did not happen? It cannot then be logged, and this cannot be undone.`)) return;
    try {
      await busy(form.querySelector('#not-held-submit'), () => api('POST', `/api/sessions/${encodeURIComponent(session.id)}/not-held`,
        { reason, version: session.version }), 'Saving…');
      await render('Session marked as did not happen.');
    } catch (error) {
      showProblem(form, error);
    }
  });
  return el('section', { id: 'not-held', 'aria-labelledby': 'not-held-heading', class: 'govuk-!-margin-top-6' },
    el('h2', { class: 'govuk-heading-m', id: 'not-held-heading' }, 'The session did not happen'),
    form);
}

function deleteSection(session) {
  const button = el('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'delete-submit' }, 'Delete session');
  const holder = el('div', {}, button);
  button.addEventListener('click', async () => {
    clearProblems(holder);
    if (!confirmAction(`Delete “${session.title}” on ${when(session)}? Use this only for a session created by mistake: it disappears from every list and calendar${session.status === 'CANCELLED' ? '' : ', and the people invited are told it will not happen'}.`)) return;
    try {
      await busy(button, () => api('DELETE', `/api/sessions/${encodeURIComponent(session.id)}?version=${encodeURIComponent(session.version)}`), 'Deleting…');
      window.location.assign(backLink());
    } catch (error) {
      showProblem(holder, error);
    }
  });
  return el('section', { id: 'delete', 'aria-labelledby': 'delete-heading', class: 'govuk-!-margin-top-6' },
    el('h2', { class: 'govuk-heading-m', id: 'delete-heading' }, 'Delete the session'),
    el('p', { class: 'govuk-body' }, 'Only for a session created by mistake. A session that was logged, marked as did not happen or has actions cannot be deleted.'),
    holder);
}

await render();
