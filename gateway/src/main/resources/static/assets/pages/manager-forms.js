// Form building blocks shared by the programme manager's pages (cohorts, collaboratives, team,
// notifications, preferences). Each field is a GOV.UK form group carrying data-field="<json path>",
// so showProblem() puts a service's field error next to it.
import { el } from '/assets/app.js';

let counter = 0;
function idFor(name) {
  counter += 1;
  return `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${counter}`;
}

/** A labelled input: type text, date, number, email, search, file. */
export function inputField(name, label, { type = 'text', value = '', hint, width, field, required, autocomplete, accept, spellcheck } = {}) {
  const id = idFor(name);
  const hintId = hint ? id + '-hint' : null;
  const widthClass = width ? ` govuk-input--width-${width}` : '';
  const inputClass = type === 'file' ? 'govuk-file-upload' : 'govuk-input' + widthClass;
  return el('div', { class: 'govuk-form-group', 'data-field': field || name },
    el('label', { class: 'govuk-label', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
    el('input', { class: inputClass, id, name, type, value: type === 'file' ? null : (value ?? ''), 'aria-describedby': hintId,
      required: !!required, autocomplete, accept, spellcheck }));
}

/** A labelled select; options are [{value, label}]. */
export function selectField(name, label, options, { value = '', hint, field } = {}) {
  const id = idFor(name);
  const hintId = hint ? id + '-hint' : null;
  return el('div', { class: 'govuk-form-group', 'data-field': field || name },
    el('label', { class: 'govuk-label', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
    el('select', { class: 'govuk-select', id, name, 'aria-describedby': hintId },
      options.map((o) => el('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label))));
}

/** A labelled textarea. */
export function textareaField(name, label, { value = '', hint, rows = 3, field } = {}) {
  const id = idFor(name);
  const hintId = hint ? id + '-hint' : null;
  const area = el('textarea', { class: 'govuk-textarea', id, name, rows, 'aria-describedby': hintId });
  area.value = value ?? '';
  return el('div', { class: 'govuk-form-group', 'data-field': field || name },
    el('label', { class: 'govuk-label', for: id }, label),
    hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
    area);
}

/** A group of checkboxes in a fieldset; options are [{value, label}], checked the given values. */
export function checkboxesField(name, legend, options, { values = [], hint, field } = {}) {
  const id = idFor(name);
  const hintId = hint ? id + '-hint' : null;
  return el('div', { class: 'govuk-form-group', 'data-field': field || name },
    el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
      el('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' },
        options.map((o, i) => el('div', { class: 'govuk-checkboxes__item' },
          el('input', { class: 'govuk-checkboxes__input', id: `${id}-${i}`, name, type: 'checkbox', value: o.value, checked: values.includes(o.value) }),
          el('label', { class: 'govuk-label govuk-checkboxes__label', for: `${id}-${i}` }, o.label))))));
}

/** Yes/no radios in a fieldset. */
export function radiosField(name, legend, options, { value, hint, field, inline = true } = {}) {
  const id = idFor(name);
  const hintId = hint ? id + '-hint' : null;
  return el('div', { class: 'govuk-form-group', 'data-field': field || name },
    el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
      el('div', { class: 'govuk-radios' + (inline ? ' govuk-radios--inline' : ''), 'data-module': 'govuk-radios' },
        options.map((o, i) => el('div', { class: 'govuk-radios__item' },
          el('input', { class: 'govuk-radios__input', id: `${id}-${i}`, name, type: 'radio', value: o.value, checked: String(o.value) === String(value) }),
          el('label', { class: 'govuk-label govuk-radios__label', for: `${id}-${i}` }, o.label))))));
}

export function button(text, { secondary = false, warning = false, type = 'submit', small = false } = {}) {
  let cls = 'govuk-button';
  if (secondary) cls += ' govuk-button--secondary';
  if (warning) cls += ' govuk-button--warning';
  if (small) cls += ' app-button--small';
  return el('button', { class: cls, type, 'data-module': 'govuk-button' }, text);
}

/** The value of a named control in a form, trimmed; '' when absent. */
export function value(form, name) {
  const control = form.elements.namedItem(name);
  return control && typeof control.value === 'string' ? control.value.trim() : '';
}

/** The values of checked checkboxes of a name. */
export function checked(form, name) {
  return [...form.querySelectorAll(`input[name="${CSS.escape(name)}"]:checked`)].map((i) => i.value);
}

/** Blank text as null (the services treat absent and null alike). */
export function orNull(text) {
  return text === '' ? null : text;
}

/** An UPPER_SNAKE enum as words: "MENTAL_HEALTH" → "Mental health". */
export function words(code) {
  if (!code) return '';
  const text = String(code).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const SECTORS = [
  { value: 'ACUTE', label: 'Acute' },
  { value: 'MENTAL_HEALTH', label: 'Mental health' },
  { value: 'COMMUNITY', label: 'Community' },
  { value: 'ALL_IN', label: 'All in (multi-sector)' },
  { value: 'SPECIALIST', label: 'Specialist' },
];

export const LEADERSHIP_ROLES = ['CHAIR', 'CHIEF_EXECUTIVE', 'NON_EXECUTIVE_DIRECTOR', 'EXECUTIVE_DIRECTOR', 'IMPROVEMENT_LEAD',
  'PUBLIC_HEALTH_LEAD', 'OTHER'].map((v) => ({ value: v, label: words(v) }));

export const STATUS_TAG = {
  PLANNED: 'govuk-tag--grey',
  ACTIVE: 'govuk-tag--green',
  CLOSED: 'govuk-tag--blue',
  PENDING: 'govuk-tag--yellow',
  SENDING: 'govuk-tag--light-blue',
  DELIVERED: 'govuk-tag--green',
  PERMANENT_FAILURE: 'govuk-tag--red',
  TEMPORARY_FAILURE: 'govuk-tag--orange',
  TECHNICAL_FAILURE: 'govuk-tag--red',
  WITHDRAWN: 'govuk-tag--grey',
  OPEN: 'govuk-tag--green',
};

export function statusTag(status) {
  return el('strong', { class: 'govuk-tag ' + (STATUS_TAG[status] || 'govuk-tag--grey') }, words(status));
}

/** Paging links for a page answer {page, totalPages, totalItems}; `go(n)` loads page n (0-based). */
export function pager(answer, go) {
  if (!answer || answer.totalPages <= 1) return null;
  const nav = el('nav', { class: 'govuk-pagination', 'aria-label': 'Pages' });
  if (answer.page > 0) {
    nav.appendChild(el('div', { class: 'govuk-pagination__prev' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: '#', rel: 'prev', onclick: (e) => { e.preventDefault(); go(answer.page - 1); } },
        el('span', { class: 'govuk-pagination__link-title' }, 'Previous', el('span', { class: 'govuk-visually-hidden' }, ' page')))));
  }
  nav.appendChild(el('p', { class: 'govuk-body govuk-!-margin-0 app-pager-position' }, `Page ${answer.page + 1} of ${answer.totalPages} (${answer.totalItems} in all)`));
  if (answer.page + 1 < answer.totalPages) {
    nav.appendChild(el('div', { class: 'govuk-pagination__next' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: '#', rel: 'next', onclick: (e) => { e.preventDefault(); go(answer.page + 1); } },
        el('span', { class: 'govuk-pagination__link-title' }, 'Next', el('span', { class: 'govuk-visually-hidden' }, ' page')))));
  }
  return nav;
}

/** Fetches every page of a paged list (size 100), up to `limit` items. */
export async function allPages(api, path, limit = 1000) {
  const items = [];
  for (let page = 0; ; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const answer = await api('GET', `${path}${sep}page=${page}&size=100`);
    items.push(...answer.items);
    if (page + 1 >= answer.totalPages || items.length >= limit) return items;
  }
}

/** A sideways-scrolling wrapper for a wide table; focusable so keyboard users can scroll it. */
export function scrollRegion(label, child) {
  return el('div', { class: 'app-scroll', tabindex: '0', role: 'region', 'aria-label': label }, child);
}
