// Coach: my upcoming and past sessions, the session log form for a past session without a log,
// and my calendar feed address (iCalendar) to subscribe to in Outlook, Google or Apple Calendar.
import { ApiError, api, el, shell, param, loading, showProblem, showSuccess, busy, confirmAction, formatDateTime } from '/assets/app.js';
import {
  SESSION_TYPES, loadDirectory, collaborativeName, inviteesOf, when, londonToday, addDays, statusTag, logForm, quietTable,
} from '/assets/pages/coaching-ui.js';

const person = await shell(['COACH']);
const page = document.getElementById('page');
loading(page);
const LOG_WINDOW_MS = 14 * 86400000;

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
page.replaceChildren(messages, logArea, lists, feed);
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
      el('p', { class: 'govuk-body' }, 'Latest first, from the last 90 days. Log a session from its start until 14 days after it.'),
      el('div', { class: 'app-scroll' }, quietTable('My past sessions, latest first', [...common,
        { label: 'Log', value: (s) => {
          const isLogged = logged.get(s.id);
          const open = s.status !== 'CANCELLED' && new Date(s.startsAt).getTime() + LOG_WINDOW_MS > now;
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
