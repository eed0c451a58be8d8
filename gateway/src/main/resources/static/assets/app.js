// Cohort Coach pages: the few things every page shares. ES module, no inline script anywhere (the
// Content-Security-Policy allows scripts from this origin only). Pages import what they need:
//   import { api, me, shell, showProblem, clearProblems, formatDateTime, confirmAction, busy } from '/assets/app.js';

export const ZONE = 'Europe/London';

/** The CSRF token the gateway sets in a readable cookie; sent back as a header on every change. */
function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : null;
}

/** A problem answered by a service (RFC 9457): status, title, detail, errors [{field, message}]. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Calls the platform's API with the session cookie. Resolves to the parsed JSON (or text for CSV,
 * or null for 204); rejects with ApiError carrying the problem details. A 401 sends the person to sign in.
 */
export async function api(method, path, body, { accept = 'application/json', redirectOn401 = true } = {}) {
  const headers = { Accept: `${accept}, application/problem+json` };
  const options = { method, headers, credentials: 'same-origin' };
  if (body !== undefined && body !== null) {
    if (body instanceof FormData) {
      options.body = body;
    } else if (typeof body === 'string') {
      headers['Content-Type'] = 'text/csv';
      options.body = body;
    } else {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, options);
  if (response.status === 401 && redirectOn401 && !path.startsWith('/auth/')) {
    window.location.assign('/sign-in?next=' + encodeURIComponent(window.location.pathname + window.location.search));
    throw new ApiError(401, { title: 'Sign in needed', detail: 'Your session has ended. Sign in again.' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = { title: response.statusText, status: response.status };
    if (type.includes('json')) {
      try { problem = await response.json(); } catch (e) { /* keep the status text */ }
    }
    if (response.status >= 500 && !problem.detail) {
      problem.detail = 'Something went wrong on our side. Try again in a moment.';
    }
    throw new ApiError(response.status, problem);
  }
  if (type.includes('json')) return response.json();
  return response.text();
}

let cachedMe;
/** Who is signed in: {personId, name, roles[]}, or null. */
export async function me() {
  if (cachedMe !== undefined) return cachedMe;
  try {
    cachedMe = await api('GET', '/auth/me', null, { redirectOn401: false });
  } catch (e) {
    cachedMe = null;
  }
  return cachedMe;
}

export function hasRole(person, role) {
  return !!person && Array.isArray(person.roles) && person.roles.includes(role);
}

/** Where a person lands after signing in. */
export function homeFor(person) {
  if (hasRole(person, 'PROGRAMME_MANAGER')) return '/admin/';
  if (hasRole(person, 'COACH')) return '/admin/my-sessions';
  return '/admin/preferences';
}

const NAV = [
  { href: '/admin/', label: 'Dashboard', roles: ['PROGRAMME_MANAGER'] },
  { href: '/admin/cohorts', label: 'Cohorts', roles: ['PROGRAMME_MANAGER'] },
  { href: '/admin/collaboratives', label: 'Collaboratives', roles: ['PROGRAMME_MANAGER'], also: ['/admin/collaborative'] },
  { href: '/admin/calendar', label: 'Coaching calendar', roles: ['PROGRAMME_MANAGER', 'COACH'], also: ['/admin/session'] },
  { href: '/admin/waves', label: 'Surveys', roles: ['PROGRAMME_MANAGER'], also: ['/admin/wave'] },
  { href: '/admin/notifications', label: 'Notifications', roles: ['PROGRAMME_MANAGER'] },
  { href: '/admin/privacy', label: 'Personal data', roles: ['PROGRAMME_MANAGER'] },
  { href: '/admin/my-sessions', label: 'My sessions', roles: ['COACH'] },
  { href: '/admin/my-actions', label: 'Actions', roles: ['PROGRAMME_MANAGER', 'COACH', 'PARTICIPANT'] },
  { href: '/admin/preferences', label: 'Email preferences', roles: ['PROGRAMME_MANAGER', 'COACH', 'PARTICIPANT'] },
];

/**
 * Builds the page's header and navigation for the signed-in person (or sends them to sign in) and
 * answers the person. `requiredRoles`: any of them may see the page; others get a plain message.
 */
export async function shell(requiredRoles = []) {
  const person = await me();
  if (!person) {
    window.location.assign('/sign-in?next=' + encodeURIComponent(window.location.pathname + window.location.search));
    return new Promise(() => {}); // never resolves: the page is going away
  }
  const nav = document.getElementById('app-nav');
  if (nav) {
    const list = document.createElement('ul');
    list.className = 'govuk-service-navigation__list';
    const here = window.location.pathname.replace(/\/$/, '') || '/admin';
    for (const item of NAV.filter((i) => i.roles.some((r) => hasRole(person, r)))) {
      const li = document.createElement('li');
      li.className = 'govuk-service-navigation__item';
      const a = document.createElement('a');
      a.className = 'govuk-service-navigation__link';
      a.href = item.href;
      a.textContent = item.label;
      const target = item.href.replace(/\/$/, '') || '/admin';
      if (target === here || (item.also || []).includes(here)) {
        li.classList.add('govuk-service-navigation__item--active');
        a.setAttribute('aria-current', 'page');
      }
      li.appendChild(a);
      list.appendChild(li);
    }
    nav.replaceChildren(list);
  }
  const who = document.getElementById('app-person');
  if (who) who.textContent = person.name || person.personId;
  const signOut = document.getElementById('app-sign-out');
  if (signOut) {
    signOut.hidden = false;
    signOut.addEventListener('click', async (event) => {
      event.preventDefault();
      try { await api('POST', '/auth/logout', null, { redirectOn401: false }); } catch (e) { /* signed out anyway */ }
      window.location.assign('/sign-in?signedOut=1');
    });
  }
  if (requiredRoles.length && !requiredRoles.some((r) => hasRole(person, r))) {
    const main = document.getElementById('main-content');
    main.replaceChildren(el('h1', { class: 'govuk-heading-l' }, 'You cannot see this page'),
      el('p', { class: 'govuk-body' }, 'Your role does not include it. Use the links above.'));
    return new Promise(() => {});
  }
  return person;
}

/** Small DOM builder: el('p', {class: 'govuk-body'}, 'text', child, ...). Text is never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * Shows a problem in plain words: an error summary at the top of `container` (a form or section)
 * and each field error next to its field. A field is found by `data-field="<json path>"` on its
 * form group, or by the input's `name`. Field errors without a field go in the summary only.
 */
export function showProblem(container, error) {
  clearProblems(container);
  const problem = error instanceof ApiError ? error.problem : { title: 'Something went wrong', detail: String(error && error.message || error) };
  const summary = el('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', role: 'alert', tabindex: '-1' },
    el('div', { role: 'alert' },
      el('h2', { class: 'govuk-error-summary__title' }, titleFor(error, problem)),
      el('div', { class: 'govuk-error-summary__body' })));
  const body = summary.querySelector('.govuk-error-summary__body');
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  if (problem.detail && (errors.length === 0 || error.status !== 400)) body.appendChild(el('p', { class: 'govuk-body' }, problem.detail));
  if (errors.length) {
    const list = el('ul', { class: 'govuk-list govuk-error-summary__list' });
    for (const fieldError of errors) {
      const group = findGroup(container, fieldError.field);
      const input = group ? group.querySelector('input, select, textarea') : null;
      const text = `${labelFor(group, fieldError.field)}: ${fieldError.message}`;
      if (input && !input.id) input.id = 'field-' + Math.random().toString(36).slice(2);
      list.appendChild(el('li', {}, input ? el('a', { href: '#' + input.id }, text) : text));
      if (group) {
        group.classList.add('govuk-form-group--error');
        const message = el('p', { class: 'govuk-error-message app-field-error' }, el('span', { class: 'govuk-visually-hidden' }, 'Error: '), fieldError.message);
        const anchor = group.querySelector('.govuk-hint') || group.querySelector('label, legend');
        if (anchor && anchor.nextSibling) anchor.parentNode.insertBefore(message, anchor.nextSibling); else group.prepend(message);
        if (input) input.classList.add(input.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error');
      }
    }
    body.appendChild(list);
  }
  container.prepend(summary);
  summary.focus();
  return summary;
}

function titleFor(error, problem) {
  if (error instanceof ApiError) {
    if (error.status === 400 || error.status === 401) return 'There is a problem';
    if (error.status === 403) return 'You are not allowed to do this';
    if (error.status === 404) return 'Not found';
    if (error.status === 409) return 'This cannot be done now';
    if (error.status === 429) return 'Too many attempts';
    if (error.status === 503) return 'A service is unavailable';
  }
  return problem.title || 'There is a problem';
}

function findGroup(container, field) {
  if (!field) return null;
  const candidates = [field, field.replace(/\[\d+\]/g, '[]'), field.split('.')[0], field.split('[')[0]];
  for (const candidate of candidates) {
    const group = container.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (group) return group;
    const input = container.querySelector(`[name="${CSS.escape(candidate)}"]`);
    if (input) return input.closest('.govuk-form-group') || input.parentElement;
  }
  return null;
}

function labelFor(group, field) {
  const label = group && group.querySelector('label, legend');
  return label ? label.textContent.trim() : (field || 'Request');
}

export function clearProblems(container) {
  container.querySelectorAll('.govuk-error-summary, .app-field-error').forEach((n) => n.remove());
  container.querySelectorAll('.govuk-form-group--error').forEach((n) => n.classList.remove('govuk-form-group--error'));
  container.querySelectorAll('.govuk-input--error, .govuk-select--error').forEach((n) => n.classList.remove('govuk-input--error', 'govuk-select--error'));
}

/** Shows a short success message at the top of the container. */
export function showSuccess(container, text) {
  container.querySelectorAll('.app-success').forEach((n) => n.remove());
  const banner = el('div', { class: 'govuk-notification-banner govuk-notification-banner--success app-success', role: 'alert', 'aria-labelledby': 'success-title', tabindex: '-1' },
    el('div', { class: 'govuk-notification-banner__header' }, el('h2', { class: 'govuk-notification-banner__title', id: 'success-title' }, 'Success')),
    el('div', { class: 'govuk-notification-banner__content' }, el('p', { class: 'govuk-notification-banner__heading' }, text)));
  container.prepend(banner);
  banner.focus();
}

/** Runs the work with the button disabled and a loading label; the page stays usable on failure. */
export async function busy(button, work, label = 'Working…') {
  const original = button ? button.textContent : null;
  if (button) { button.disabled = true; button.setAttribute('aria-disabled', 'true'); button.textContent = label; }
  try {
    return await work();
  } finally {
    if (button) { button.disabled = false; button.removeAttribute('aria-disabled'); button.textContent = original; }
  }
}

/** A loading line in the container while the promise runs; replaced by what the page renders. */
export function loading(container, text = 'Loading…') {
  container.replaceChildren(el('p', { class: 'govuk-body app-loading', role: 'status' }, text));
}

/** Destructive actions are confirmed first. */
export function confirmAction(message) {
  return window.confirm(message);
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

/** An instant as people in the UK read it, e.g. "Tue 3 Mar 2026, 10:00". */
export function formatDateTime(instant) { return instant ? DATE_TIME.format(new Date(instant)) : ''; }
export function formatDate(value) { return value ? DATE.format(new Date(value.length === 10 ? value + 'T12:00:00Z' : value)) : ''; }
export function formatTime(instant) { return instant ? TIME.format(new Date(instant)) : ''; }

/** A London wall-clock date and time (from <input type="date"> and <input type="time">) as an ISO instant. */
export function londonToInstant(date, time) {
  // Find the UTC instant whose London wall-clock reading is date + time (handles GMT and BST).
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  let guess = Date.UTC(y, m - 1, d, hh, mm);
  for (let i = 0; i < 2; i++) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    guess -= shown - Date.UTC(y, m - 1, d, hh, mm);
  }
  return new Date(guess).toISOString();
}

/** London date (yyyy-mm-dd) and time (hh:mm) of an instant, for filling form inputs. */
export function instantToLondon(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The query string's value, or null. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** Data as a GOV.UK table: columns [{label, value: row => text|Node, numeric}]. */
export function table(caption, columns, rows, { empty = 'Nothing yet.' } = {}) {
  if (!rows.length) return el('p', { class: 'govuk-body app-empty' }, empty);
  return el('table', { class: 'govuk-table' },
    caption ? el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption) : null,
    el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
      columns.map((c) => el('th', { scope: 'col', class: 'govuk-table__header' + (c.numeric ? ' govuk-table__header--numeric' : '') }, c.label)))),
    el('tbody', { class: 'govuk-table__body' }, rows.map((row) => el('tr', { class: 'govuk-table__row' },
      columns.map((c, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row', class: 'govuk-table__header' } : { class: 'govuk-table__cell' + (c.numeric ? ' govuk-table__cell--numeric' : '') }, c.value(row)))))));
}
