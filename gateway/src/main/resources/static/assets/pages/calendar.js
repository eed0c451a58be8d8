// Coaching calendar: a week view (Mon–Sun, London days) and a list view of sessions, filtered by
// collaborative and coach, and the form to schedule a session or a series (clashes explained).
import {
  api, el, shell, hasRole, param, loading, clearProblems, showProblem, showSuccess, busy, formatDate, formatTime,
  formatDateTime, londonToInstant,
} from '/assets/app.js';
import {
  SESSION_TYPES, loadDirectory, personName, collaborativeName, team, when, londonToday, addDays, mondayOf, isDate,
  dateInput, readDate, timeInput, readTime, textInput, select, checkboxes, radios, checkedValues, showFieldErrors,
  showSchedulingProblem, statusTag, quietTable,
} from '/assets/pages/coaching-ui.js';

const person = await shell(['PROGRAMME_MANAGER', 'COACH']);
const isManager = hasRole(person, 'PROGRAMME_MANAGER');
const page = document.getElementById('page');
loading(page);

const view = param('view') === 'list' ? 'list' : 'week';
const week = mondayOf(isDate(param('week')) ? param('week') : londonToday());
const filter = { collaborativeId: param('collaborativeId') || '', coachId: param('coachId') || (isManager ? '' : person.personId) };

let directory;
try {
  directory = await loadDirectory();
} catch (error) {
  page.replaceChildren();
  showProblem(page, error);
  throw error;
}
if (!directory.people.has(person.personId)) directory.people.set(person.personId, { id: person.personId, name: person.name, roles: person.roles });
const coaches = isManager ? directory.coaches : [directory.people.get(person.personId)];

function address(changes) {
  const query = new URLSearchParams({ view, week, ...filter, ...changes });
  for (const [k, v] of [...query.entries()]) if (!v) query.delete(k);
  return `/admin/calendar?${query}`;
}

const viewArea = el('div', { id: 'calendar-view' });
const success = el('div', { id: 'calendar-messages' });

page.replaceChildren(
  success,
  el('nav', { class: 'app-actions govuk-!-margin-bottom-4', 'aria-label': 'Calendar views' },
    el('a', { class: 'govuk-link', href: address({ view: 'week' }), 'aria-current': view === 'week' ? 'page' : null, id: 'week-view-link' }, view === 'week' ? el('strong', {}, 'Week view') : 'Week view'),
    el('a', { class: 'govuk-link', href: address({ view: 'list' }), 'aria-current': view === 'list' ? 'page' : null, id: 'list-view-link' }, view === 'list' ? el('strong', {}, 'List view') : 'List view'),
    el('a', { class: 'govuk-link', href: '#schedule' }, 'Schedule a session')),
  filterForm(),
  viewArea,
  scheduleSection());

await renderView();

function filterForm() {
  const collaboratives = [...directory.collaboratives.values()].map((c) => [c.id, c.name]);
  const active = !!(filter.collaborativeId || (isManager && filter.coachId));
  const chosen = [filter.collaborativeId && collaborativeName(directory, filter.collaborativeId), isManager && filter.coachId && personName(directory, filter.coachId)].filter(Boolean);
  return el('details', { class: 'govuk-details', id: 'calendar-filter-details', open: active },
    el('summary', { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text' }, active ? `Showing: ${chosen.join(', ')}. Change` : 'Filter by collaborative or coach')),
    el('div', { class: 'govuk-details__text' },
      el('form', { method: 'get', action: '/admin/calendar', class: 'app-filter', id: 'calendar-filter' },
        el('input', { type: 'hidden', name: 'view', value: view }),
        el('input', { type: 'hidden', name: 'week', value: week }),
        select('filter-collaborative', 'Collaborative', 'collaborativeId', collaboratives, { value: filter.collaborativeId, placeholder: 'All collaboratives', name: 'collaborativeId' }),
        isManager ? select('filter-coach', 'Coach', 'coachId', coaches.map((c) => [c.id, c.name]), { value: filter.coachId, placeholder: 'All coaches', name: 'coachId' }) : null,
        el('div', { class: 'govuk-button-group' },
          el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Show sessions'),
          active ? el('a', { class: 'govuk-link', href: `/admin/calendar?view=${view}&week=${week}` }, 'Show all sessions') : null))));
}

async function sessions(from, to, sort = 'startsAt') {
  const query = new URLSearchParams({ size: '100', sort });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  if (filter.collaborativeId) query.set('collaborativeId', filter.collaborativeId);
  if (filter.coachId) query.set('coachId', filter.coachId);
  return (await api('GET', `/api/sessions?${query}`)).items || [];
}

async function renderView() {
  loading(viewArea, view === 'week' ? 'Loading the week…' : 'Loading sessions…');
  try {
    if (view === 'week') await renderWeek(); else await renderList();
  } catch (error) {
    viewArea.replaceChildren();
    showProblem(viewArea, error);
  }
}

async function renderWeek() {
  const sunday = addDays(week, 6);
  const items = await sessions(week, sunday);
  const byDay = new Map();
  for (const s of items) {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(s.startsAt));
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(s);
  }
  const today = londonToday();
  const dayName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'short' });
  const days = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(week, i);
    const list = byDay.get(date) || [];
    days.push(el('section', { class: 'app-calendar__day' + (date === today ? ' app-calendar__day--today' : ''), 'aria-labelledby': `day-${date}`, 'data-date': date },
      el('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-1', id: `day-${date}` }, dayName.format(new Date(date + 'T12:00:00Z')), date === today ? el('span', { class: 'govuk-visually-hidden' }, ' (today)') : null),
      list.length ? list.map((s) => el('a', {
        class: 'app-calendar__event govuk-link' + (s.status === 'CANCELLED' ? ' app-calendar__event--cancelled' : ''),
        href: `/admin/session?id=${encodeURIComponent(s.id)}`, 'data-session': s.id,
      },
      s.status === 'CANCELLED' ? el('strong', {}, 'Cancelled: ') : null,
      `${formatTime(s.startsAt)}–${formatTime(s.endsAt)} `, el('br'), s.title, el('br'),
      el('span', { class: 'app-calendar__meta' }, collaborativeName(directory, s.collaborativeId))))
        : el('p', { class: 'govuk-body-s app-calendar__empty' }, 'No sessions')));
  }
  viewArea.replaceChildren(
    el('h2', { class: 'govuk-heading-m' }, `Week beginning ${formatDate(week)}`),
    el('nav', { class: 'app-actions govuk-!-margin-bottom-2', 'aria-label': 'Weeks' },
      el('a', { class: 'govuk-link', href: address({ week: addDays(week, -7) }), id: 'previous-week' }, 'Previous week'),
      el('a', { class: 'govuk-link', href: address({ week: mondayOf(today) }) }, 'This week'),
      el('a', { class: 'govuk-link', href: address({ week: addDays(week, 7) }), id: 'next-week' }, 'Next week')),
    el('p', { class: 'govuk-body' }, items.length === 1 ? '1 session this week.' : `${items.length} sessions this week.`,
      ' Times are UK time (Europe/London).'),
    el('div', { class: 'app-calendar' }, days));
}

async function renderList() {
  const today = londonToday();
  const [upcoming, past] = await Promise.all([sessions(today, null), sessions(addDays(today, -90), addDays(today, -1), 'startsAt,desc')]);
  const now = new Date();
  const later = upcoming.filter((s) => new Date(s.endsAt) >= now);
  const earlierToday = upcoming.filter((s) => new Date(s.endsAt) < now);
  const columns = [
    { label: 'Session', value: (s) => el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(s.id)}` }, s.title) },
    { label: 'When (UK time)', value: (s) => when(s) },
    { label: 'Collaborative', value: (s) => collaborativeName(directory, s.collaborativeId) },
    { label: 'Coach', value: (s) => personName(directory, s.coachId) },
    { label: 'Type', value: (s) => SESSION_TYPES[s.type] || s.type },
    { label: 'Status', value: (s) => statusTag(s) },
  ];
  viewArea.replaceChildren(
    el('h2', { class: 'govuk-heading-m' }, 'Upcoming sessions'),
    el('div', { class: 'app-scroll' }, quietTable('Upcoming sessions, soonest first', columns, later, { empty: 'No upcoming sessions.' })),
    el('h2', { class: 'govuk-heading-m' }, 'Past sessions'),
    el('p', { class: 'govuk-body' }, 'Sessions of the last 90 days, latest first.'),
    el('div', { class: 'app-scroll' }, quietTable('Past sessions, latest first', columns, [...earlierToday.reverse(), ...past], { empty: 'No sessions in the last 90 days.' })));
}

function scheduleSection() {
  const collaboratives = [...directory.collaboratives.values()]
    .filter((c) => isManager || (c.coachIds || []).includes(person.personId))
    .map((c) => [c.id, c.name]);
  const inviteeArea = el('div', { id: 'invitees' }, el('p', { class: 'govuk-body' }, 'Choose a collaborative to see its team.'));
  const form = el('form', { id: 'schedule-form', novalidate: true },
    select('collaborativeId', 'Collaborative', 'collaborativeId', collaboratives, { placeholder: 'Choose a collaborative', value: filter.collaborativeId }),
    select('coachId', 'Coach', 'coachId', coaches.map((c) => [c.id, c.name]), { placeholder: isManager ? 'Choose a coach' : undefined, value: isManager ? '' : person.personId }),
    select('type', 'Type of session', 'type', Object.entries(SESSION_TYPES), { value: 'TEAM_COACHING' }),
    textInput('title', 'Title', 'title', { attributes: { maxlength: 200 } }),
    dateInput('date', 'Date', 'start'),
    el('div', { class: 'app-actions' },
      timeInput('startTime', 'Start time', 'startTime'),
      timeInput('endTime', 'End time', 'durationMinutes')),
    textInput('location', 'Location (optional)', 'location', { hint: 'A room and site, if the session is in person' }),
    textInput('videoLink', 'Video call link (optional)', 'videoLink', { type: 'url', hint: 'An https:// address, for example a Teams meeting link' }),
    inviteeArea,
    radios('frequency', 'Does it repeat?', 'frequency', [['', 'No, just this session'], ['WEEKLY', 'Every week'], ['FORTNIGHTLY', 'Every two weeks'], ['MONTHLY', 'Every month']], { value: '' }),
    textInput('count', 'How many sessions in the series', 'count', { hint: 'Only for a repeating session: from 2 to 52, the first included', width: 3, attributes: { inputmode: 'numeric' } }),
    el('button', { type: 'submit', class: 'govuk-button', id: 'schedule-submit' }, 'Schedule session'));

  const collaborativeSelect = form.querySelector('#collaborativeId');
  const loadTeam = async () => {
    const id = collaborativeSelect.value;
    if (!id) { inviteeArea.replaceChildren(el('p', { class: 'govuk-body' }, 'Choose a collaborative to see its team.')); return; }
    const collaborative = directory.collaboratives.get(id);
    const coachSelect = form.querySelector('#coachId');
    if (isManager && collaborative && (collaborative.coachIds || []).length && !coachSelect.value) coachSelect.value = collaborative.coachIds[0];
    loading(inviteeArea, 'Loading the team…');
    try {
      const members = await team(id);
      inviteeArea.replaceChildren(checkboxes('inviteeIds', 'Invite', 'inviteeIds', members.map((m) => [m.personId, `${m.name}${m.jobTitle ? `, ${m.jobTitle}` : ''}`]),
        { hint: `Members of ${collaborative ? collaborative.name : 'the collaborative'}’s team`, empty: 'This collaborative has no team members yet.' }));
    } catch (error) {
      inviteeArea.replaceChildren();
      showProblem(inviteeArea, error);
    }
  };
  collaborativeSelect.addEventListener('change', loadTeam);
  if (collaborativeSelect.value) loadTeam();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    success.replaceChildren();
    const errors = [];
    const value = (id) => form.querySelector('#' + id).value.trim();
    if (!value('collaborativeId')) errors.push({ field: 'collaborativeId', message: 'Choose a collaborative' });
    if (!value('coachId')) errors.push({ field: 'coachId', message: 'Choose a coach' });
    if (!value('title')) errors.push({ field: 'title', message: 'Enter a title' });
    const date = readDate(form, 'date');
    if (!date) errors.push({ field: 'start', message: date === null ? 'Enter a real date' : 'Enter the date' });
    const start = readTime(form, 'startTime');
    const end = readTime(form, 'endTime');
    if (!start) errors.push({ field: 'startTime', message: start === null ? 'Enter a time like 09:30' : 'Enter the start time' });
    if (!end) errors.push({ field: 'durationMinutes', message: end === null ? 'Enter a time like 11:00' : 'Enter the end time' });
    let durationMinutes = null;
    if (date && start && end) {
      durationMinutes = Math.round((new Date(londonToInstant(date, end)) - new Date(londonToInstant(date, start))) / 60000);
      if (durationMinutes <= 0) errors.push({ field: 'durationMinutes', message: 'The end time must be after the start time' });
    }
    const frequency = form.querySelector('input[name="frequency"]:checked')?.value || '';
    const count = value('count');
    if (frequency && !/^\d+$/.test(count)) errors.push({ field: 'count', message: 'Enter how many sessions, from 2 to 52' });
    if (errors.length) { showFieldErrors(form, errors); return; }
    const body = {
      collaborativeId: value('collaborativeId'), coachId: value('coachId'), type: value('type'), title: value('title'),
      start: `${date}T${start}`, durationMinutes, location: value('location') || null, videoLink: value('videoLink') || null,
      inviteeIds: checkedValues(form, 'inviteeIds'),
    };
    if (frequency) Object.assign(body, { frequency, count: Number(count) });
    try {
      const answer = await busy(form.querySelector('#schedule-submit'), () => api('POST', frequency ? '/api/sessions/series' : '/api/sessions', body), 'Scheduling…');
      const created = frequency ? answer.sessions : [answer];
      const first = created[0];
      showSuccess(success, created.length === 1
        ? `Session scheduled: “${first.title}”, ${when(first)}`
        : `${created.length} sessions scheduled: “${first.title}”, from ${formatDateTime(first.startsAt)} to ${formatDateTime(created[created.length - 1].startsAt)}`);
      success.querySelector('.govuk-notification-banner__content').appendChild(el('p', { class: 'govuk-body' },
        el('a', { class: 'govuk-link', href: `/admin/session?id=${encodeURIComponent(first.id)}`, id: 'scheduled-link' }, 'View the session'), ' or ',
        el('a', { class: 'govuk-link', href: address({ view: 'week', week: mondayOf(date) }) }, 'see its week')));
      form.reset();
      form.querySelector('#collaborativeId').value = body.collaborativeId;
      form.querySelector('#coachId').value = body.coachId;
      await renderView();
    } catch (error) {
      showSchedulingProblem(form, error);
    }
  });

  return el('section', { id: 'schedule', 'aria-labelledby': 'schedule-heading', class: 'govuk-!-margin-top-8' },
    el('h2', { class: 'govuk-heading-m', id: 'schedule-heading' }, 'Schedule a session'),
    el('p', { class: 'govuk-body' }, 'Enter dates and times in UK time. A session may not clash with the coach’s other sessions (allowing a gap between them) or with the collaborative’s.'),
    form);
}
