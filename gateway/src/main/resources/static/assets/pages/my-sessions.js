// Coach: my upcoming and past sessions, the session log form for a past session without a log,
// recording a session that already happened (with its log, in one go),
// and my calendar feed address (iCalendar) to subscribe to in Outlook, Google or Apple Calendar.
import {
  ApiError, api, el, shell, param, loading, showProblem, showSuccess, busy, confirmAction, formatDateTime, clearProblems, londonToInstant,
} from '/assets/app.js';
import {
  SESSION_TYPES, loadDirectory, collaborativeName, inviteesOf, when, londonToday, addDays, statusTag, logForm, quietTable,
  team, select, textInput, dateInput, readDate, timeInput, readTime, checkboxes, checkedValues, showFieldErrors,
} from '/assets/pages/coaching-ui.js';

const person = await shell(['COACH']);
const page = document.getElementById('page');
loading(page);

let directory;
try {
  directory = await loadDirectory();
} catch (error) {
  page.replaceChildren();
  showProblem(page, error);
  throw error;
}

const messages = el('div', { id: 'my-sessions-messages' });
const logArea = el('div', { id: 'log-area' });
const lists = el('div', { id: 'my-session-lists' });
const feed = feedSection();
const heldArea = heldSection();
page.replaceChildren(messages, logArea, lists, heldArea, feed);
await renderLists();

async function mySessions(from, to, sort) {
  const query = new URLSearchParams({ coachId: person.personId, size: '100', sort });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return (await api('GET', `/api/sessions?${query}`)).items || [];
}

/** Whether a session has a log: the session answer does not say, so its log is asked for (404 until logged). */
async function hasLog(session) {
  try {
    await api('GET', `/api/sessions/${encodeURIComponent(session.id)}/log`);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}

async function renderLists() {
  loading(lists, 'Loading your sessions…');
  try {
    const today = londonToday();
    const [fromToday, before] = await Promise.all([mySessions(today, null, 'startsAt'), mySessions(addDays(today, -90), addDays(today, -1), 'startsAt,desc')]);
    const now = Date.now();
    const upcoming = fromToday.filter((s) => new Date(s.startsAt).getTime() > now);
    const past = [...fromToday.filter((s) => new Date(s.startsAt).getTime() <= now).reverse(), ...before];
    const logged = new Map(await Promise.all(past.map(async (s) => [s.id, s.status === 'CANCELLED' ? null : await hasLog(s)])));
    const logFor = param('log');
    const common = [
      { label: 'Session', value: (s) => el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(s.id)}` }, s.title) },
      { label: 'When (UK time)', value: (s) => when(s) },
      { label: 'Collaborative', value: (s) => collaborativeName(directory, s.collaborativeId) },
      { label: 'Type', value: (s) => SESSION_TYPES[s.type] || s.type },
    ];
    lists.replaceChildren(
      el('p', { class: 'govuk-body' }, 'Your coaching sessions, in UK time. ',
        el('a', { class: 'govuk-link', href: '/admin/calendar' }, 'See them in the coaching calendar'), ', where you can also schedule sessions.'),
      el('h2', { class: 'govuk-heading-m' }, 'Upcoming sessions'),
      el('div', { class: 'app-scroll' }, quietTable('My upcoming sessions, soonest first', [...common, { label: 'Status', value: (s) => statusTag(s) }], upcoming, { empty: 'You have no upcoming sessions.' })),
      el('h2', { class: 'govuk-heading-m' }, 'Past sessions'),
      el('p', { class: 'govuk-body' }, 'Latest first, from the last 90 days. Log a session from its start until 14 days after it (longer if a programme manager reopens its log).'),
      el('div', { class: 'app-scroll' }, quietTable('My past sessions, latest first', [...common,
        { label: 'Log', value: (s) => {
          const isLogged = logged.get(s.id);
          const open = s.status === 'SCHEDULED' && new Date(s.logEditableUntil).getTime() > now;
          return el('span', { class: 'app-actions', 'data-session': s.id }, statusTag(s, isLogged),
            isLogged === false && open ? el('a', { class: 'govuk-link app-log-link', href: `/admin/my-sessions?log=${encodeURIComponent(s.id)}#log-area` }, 'Log this session', el('span', { class: 'govuk-visually-hidden' }, `: ${s.title}`)) : null);
        } }], past, { empty: 'You have no sessions in the last 90 days.' })));
    if (logFor) await renderLogForm(logFor, logged);
  } catch (error) {
    lists.replaceChildren();
    showProblem(lists, error);
  }
}

async function renderLogForm(sessionId, logged) {
  loading(logArea, 'Loading the log form…');
  try {
    const session = await api('GET', `/api/sessions/${encodeURIComponent(sessionId)}`);
    if (logged.get(session.id) === true || await hasLog(session)) {
      logArea.replaceChildren(el('p', { class: 'govuk-body' }, 'This session is already logged. ',
        el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(session.id)}` }, 'See its log')));
      return;
    }
    const people = await inviteesOf(session, directory);
    logArea.replaceChildren(el('section', { 'aria-labelledby': 'log-heading', class: 'app-log' },
      el('h2', { class: 'govuk-heading-m', id: 'log-heading' }, `Log “${session.title}”`),
      el('p', { class: 'govuk-body' }, `${when(session)}, ${collaborativeName(directory, session.collaborativeId)}.`),
      logForm(session, people, async () => {
        logArea.replaceChildren();
        window.history.replaceState(null, '', '/admin/my-sessions');
        showSuccess(messages, `Session logged: “${session.title}”.`);
        await renderLists();
      }),
      el('p', { class: 'govuk-body' }, el('a', { class: 'govuk-link', href: '/admin/my-sessions' }, 'Cancel and go back to my sessions'))));
    logArea.querySelector('h2').scrollIntoView();
  } catch (error) {
    logArea.replaceChildren();
    showProblem(logArea, error);
  }
}

/** "Record a session that already happened": its details, who was invited, then its log; one request creates both. */
function heldSection() {
  const body = el('div', { id: 'held-body' });
  const start = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'record-held' }, 'Record a session that already happened');
  start.addEventListener('click', () => body.replaceChildren(heldDetailsForm(body)));
  body.append(start);
  return el('section', { id: 'held-session', 'aria-labelledby': 'held-heading', class: 'govuk-!-margin-top-8' },
    el('h2', { class: 'govuk-heading-m', id: 'held-heading' }, 'A session that already happened'),
    el('p', { class: 'govuk-body' }, 'If a session took place but was never scheduled here, record it with its log in one go. You can correct the log for 14 days afterwards.'),
    body);
}

function heldDetailsForm(body) {
  const mine = [...directory.collaboratives.values()].filter((c) => (c.coachIds || []).includes(person.personId));
  const form = el('form', { id: 'held-details', novalidate: true },
    select('held-collaborative', 'Collaborative', 'collaborativeId', mine.map((c) => [c.id, c.name]), { placeholder: 'Choose a collaborative' }),
    select('held-type', 'Type', 'type', Object.entries(SESSION_TYPES), { placeholder: 'Choose a type' }),
    textInput('held-title', 'Title', 'title'),
    dateInput('held-date', 'Date', 'start'),
    el('div', { class: 'app-actions' },
      timeInput('held-start', 'Start time', 'startTime'),
      timeInput('held-end', 'End time', 'durationMinutes')),
    textInput('held-location', 'Where (optional)', 'location'),
    el('button', { type: 'submit', class: 'govuk-button', id: 'held-continue' }, 'Continue to the log'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const errors = [];
    const collaborativeId = form.querySelector('#held-collaborative').value;
    const type = form.querySelector('#held-type').value;
    const title = form.querySelector('#held-title').value.trim();
    const date = readDate(form, 'held-date');
    const startTime = readTime(form, 'held-start');
    const endTime = readTime(form, 'held-end');
    if (!collaborativeId) errors.push({ field: 'collaborativeId', message: 'Choose the collaborative' });
    if (!type) errors.push({ field: 'type', message: 'Choose the type of session' });
    if (!title) errors.push({ field: 'title', message: 'Enter a title' });
    if (!date) errors.push({ field: 'start', message: date === null ? 'Enter a real date' : 'Enter the date' });
    if (!startTime) errors.push({ field: 'startTime', message: 'Enter a start time like 09:30' });
    if (!endTime) errors.push({ field: 'durationMinutes', message: 'Enter an end time like 11:00' });
    let durationMinutes = null;
    if (date && startTime && endTime) {
      const startsAt = new Date(londonToInstant(date, startTime));
      durationMinutes = Math.round((new Date(londonToInstant(date, endTime)) - startsAt) / 60000);
      if (durationMinutes <= 0) errors.push({ field: 'durationMinutes', message: 'The end time must be after the start time' });
      if (startsAt > new Date()) errors.push({ field: 'start', message: 'The session must have started already: schedule a future one in the calendar' });
    }
    if (errors.length) { showFieldErrors(form, errors); return; }
    const details = { collaborativeId, coachId: person.personId, type, title, start: `${date}T${startTime}`, durationMinutes,
      location: form.querySelector('#held-location').value.trim() || null };
    try {
      const members = await busy(form.querySelector('#held-continue'), () => team(collaborativeId), 'Loading the team…');
      body.replaceChildren(heldLogForm(body, details, members));
      body.querySelector('h3').scrollIntoView();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function heldLogForm(body, details, members) {
  const people = members.map((m) => ({ personId: m.personId, name: m.name }));
  const invited = checkboxes('heldInvitees', 'Who was invited', 'inviteeIds', people.map((p) => [p.personId, p.name]),
    { hint: 'Untick anyone who was not invited', checked: people.map((p) => p.personId), empty: 'The team has nobody in it yet.' });
  const draft = { id: 'new', title: details.title, version: null };
  const form = logForm(draft, people, async (log) => {
    body.replaceChildren(el('p', { class: 'govuk-body' }, 'Recorded. ',
      el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(log.sessionId)}` }, `See “${details.title}”`)));
    showSuccess(messages, `Session recorded as held: “${details.title}”.`);
    await renderLists();
  }, { save: (log) => {
    const { version, ...rest } = log;
    return api('POST', '/api/sessions/held', { ...details, inviteeIds: checkedValues(invited, 'heldInvitees'), log: rest });
  } });
  return el('div', {},
    el('h3', { class: 'govuk-heading-s' }, `Log “${details.title}”`),
    invited, form,
    el('p', { class: 'govuk-body' }, el('a', { class: 'govuk-link', href: '/admin/my-sessions' }, 'Cancel and go back to my sessions')));
}

function feedSection() {
  const body = el('div', { id: 'feed-body' }, el('p', { class: 'govuk-body app-loading', role: 'status' }, 'Loading…'));
  const section = el('section', { id: 'calendar-feed', 'aria-labelledby': 'feed-heading', class: 'govuk-!-margin-top-8' },
    el('h2', { class: 'govuk-heading-m', id: 'feed-heading' }, 'My calendar feed'),
    el('p', { class: 'govuk-body' }, 'Subscribe to your sessions in Outlook, Google Calendar or Apple Calendar with this address. Keep it private, like a password: anyone with it sees your sessions.'),
    body);
  renderFeed(body);
  return section;
}

async function renderFeed(body, created) {
  try {
    const feeds = (await api('GET', '/api/sessions/feeds')).filter((f) => f.kind === 'COACH' && f.subjectId === person.personId);
    const parts = [];
    if (created) {
      const url = new URL(created.url, window.location.origin).toString();
      const input = el('input', { class: 'govuk-input', id: 'feed-url', name: 'feed-url', type: 'text', readonly: true, value: url, spellcheck: 'false', 'aria-describedby': 'feed-url-hint' });
      parts.push(el('div', { class: 'govuk-form-group' },
        el('label', { class: 'govuk-label govuk-label--s', for: 'feed-url' }, 'Your calendar feed address'),
        el('div', { class: 'govuk-hint', id: 'feed-url-hint' }, 'Copy it now: it is shown only once. In your calendar app choose “subscribe” or “add calendar from URL”.'),
        input),
      el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'copy-feed', onclick: async (event) => {
        input.select();
        try { await navigator.clipboard.writeText(url); event.target.textContent = 'Copied'; } catch (e) { event.target.textContent = 'Select the address and copy it'; }
      } }, 'Copy address'));
    } else if (feeds.length) {
      parts.push(el('p', { class: 'govuk-body' }, `You have a calendar feed, made ${formatDateTime(feeds[0].createdAt)}. Its address was shown once, when it was made. If you have lost it, make a new one: the old address stops working.`));
    } else {
      parts.push(el('p', { class: 'govuk-body' }, 'You have no calendar feed yet.'));
    }
    if (!created) {
      parts.push(el('button', { type: 'button', class: 'govuk-button', id: 'make-feed', onclick: async (event) => {
        if (feeds.length && !confirmAction('Make a new address? The old one stops working and calendars using it stop updating.')) return;
        try {
          const feedAnswer = await busy(event.target, async () => {
            for (const old of feeds) await api('DELETE', `/api/sessions/feeds/${encodeURIComponent(old.id)}`);
            return api('POST', '/api/sessions/feeds', { kind: 'COACH', subjectId: person.personId });
          }, 'Making the address…');
          await renderFeed(body, feedAnswer);
        } catch (error) {
          showProblem(body, error);
        }
      } }, feeds.length ? 'Make a new address' : 'Show my calendar feed address'));
    }
    body.replaceChildren(...parts);
  } catch (error) {
    body.replaceChildren();
    showProblem(body, error);
  }
}
