// Survey waves (programme managers): the list of waves with their response rates, creating a wave (open now,
// or scheduled to open later, with its reminder days), sending reminders, closing or cancelling one, and
// creating a maturity framework. One wave's results are on /admin/wave?id=….
import { api, shell, el, showProblem, showSuccess, clearProblems, busy, loading, formatDateTime, londonToInstant, instantToLondon, table, ApiError } from '/assets/app.js';
import { statusTag, rateText, waveLabel, sendReminders, closeWave, cancelWave } from '/assets/pages/survey-common.js';

await shell(['PROGRAMME_MANAGER']);

const page = document.getElementById('page');
const messages = el('div', { id: 'messages' });
const listSection = el('section', { 'aria-labelledby': 'waves-heading' });
const formSection = el('section', { 'aria-labelledby': 'open-heading' });
const frameworkSection = el('section', { 'aria-labelledby': 'framework-heading' });
page.replaceChildren(messages, listSection, formSection, frameworkSection);

let cohorts = [];
let frameworks = [];

async function loadLists() {
  const [cohortPage, frameworkList] = await Promise.all([
    api('GET', '/api/cohorts?size=100&sort=phase'),
    api('GET', '/api/frameworks'),
  ]);
  cohorts = (cohortPage && cohortPage.items) || [];
  frameworks = frameworkList || [];
}

function cohortName(id) {
  const cohort = cohorts.find((c) => c.id === id);
  return cohort ? cohort.name : id;
}

async function renderList() {
  loading(listSection, 'Loading survey waves…');
  try {
    const waves = await api('GET', '/api/waves?size=100&sort=opensAt,desc');
    const items = (waves && waves.items) || [];
    listSection.replaceChildren(
      el('h2', { class: 'govuk-heading-m', id: 'waves-heading' }, 'Survey waves'),
      items.length ? el('div', { class: 'app-scroll' }, table(null, [
        { label: 'Survey', value: (w) => el('a', { class: 'govuk-link', href: `/admin/wave?id=${encodeURIComponent(w.id)}` },
          `${waveLabel(w.label)}`, el('span', { class: 'govuk-visually-hidden' }, ` survey for ${cohortName(w.cohortId)}`)) },
        { label: 'Cohort', value: (w) => cohortName(w.cohortId) },
        { label: 'Opens', value: (w) => formatDateTime(w.opensAt) },
        { label: 'Closes', value: (w) => formatDateTime(w.closedAt && w.closedAt < w.closesAt ? w.closedAt : w.closesAt) },
        { label: 'Status', value: (w) => statusTag(w) },
        { label: 'Response rate', value: (w) => rateText(w.counts ? w.counts.invited : 0, w.counts ? w.counts.submitted : null, w.counts ? w.counts.note : null) },
        { label: 'Actions', value: (w) => actions(w) },
      ], items)) : el('p', { class: 'govuk-body app-empty' }, 'No survey waves yet. Open the first one below.'));
  } catch (error) {
    listSection.replaceChildren(el('h2', { class: 'govuk-heading-m', id: 'waves-heading' }, 'Survey waves'));
    showProblem(listSection, error);
  }
}

function actions(wave) {
  const box = el('div', { class: 'app-actions' },
    el('a', { class: 'govuk-link', href: `/admin/wave?id=${encodeURIComponent(wave.id)}` }, 'Results',
      el('span', { class: 'govuk-visually-hidden' }, ` of the ${waveLabel(wave.label)} survey`)));
  if (wave.status === 'OPEN') {
    const remind = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', 'data-action': 'remind' },
      'Send reminders', el('span', { class: 'govuk-visually-hidden' }, ` for the ${waveLabel(wave.label)} survey`));
    const close = el('button', { type: 'button', class: 'govuk-button govuk-button--warning govuk-!-margin-bottom-0', 'data-action': 'close' },
      'Close', el('span', { class: 'govuk-visually-hidden' }, ` the ${waveLabel(wave.label)} survey`));
    remind.addEventListener('click', () => sendReminders(remind, wave, messages, renderList));
    close.addEventListener('click', () => closeWave(close, wave, messages, renderList));
    box.append(remind, close);
  }
  if (wave.status === 'SCHEDULED') {
    const cancel = el('button', { type: 'button', class: 'govuk-button govuk-button--warning govuk-!-margin-bottom-0', 'data-action': 'cancel' },
      'Cancel', el('span', { class: 'govuk-visually-hidden' }, ` the ${waveLabel(wave.label)} survey`));
    cancel.addEventListener('click', () => cancelWave(cancel, wave, messages, renderList));
    box.append(cancel);
  }
  return box;
}

function field(name, label, input, hint) {
  const hintId = hint ? `${input.id}-hint` : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return el('div', { class: 'govuk-form-group', 'data-field': name },
    el('label', { class: 'govuk-label', for: input.id }, label),
    hint ? el('div', { class: 'govuk-hint', id: hintId }, hint) : null,
    input);
}

function dateTime(name, legend, value) {
  const date = el('input', { class: 'govuk-input govuk-input--width-10', type: 'date', id: `${name}-date`, name: `${name}Date`, value: value.date, required: true });
  const time = el('input', { class: 'govuk-input govuk-input--width-5', type: 'time', id: `${name}-time`, name: `${name}Time`, value: value.time, required: true });
  return el('div', { class: 'govuk-form-group', 'data-field': name },
    el('fieldset', { class: 'govuk-fieldset', role: 'group', 'aria-describedby': `${name}-hint` },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
      el('div', { class: 'govuk-hint', id: `${name}-hint` }, 'UK time (Europe/London)'),
      el('div', { class: 'app-actions' },
        el('div', {}, el('label', { class: 'govuk-label', for: date.id }, 'Date'), date),
        el('div', {}, el('label', { class: 'govuk-label', for: time.id }, 'Time'), time))));
}

function renderForm() {
  const now = new Date();
  const opens = instantToLondon(now.toISOString());
  const closes = instantToLondon(new Date(now.getTime() + 14 * 24 * 3600 * 1000).toISOString());
  closes.time = '17:00';

  const cohortSelect = el('select', { class: 'govuk-select', id: 'wave-cohort', name: 'cohortId', required: true },
    el('option', { value: '' }, 'Choose a cohort'),
    cohorts.map((c) => el('option', { value: c.id }, c.name)));
  const frameworkSelect = el('select', { class: 'govuk-select', id: 'wave-framework', name: 'framework', required: true },
    frameworks.map((f, i) => el('option', { value: `${f.frameworkId}|${f.number}`, selected: i === frameworks.length - 1 },
      `${f.name} (version ${f.number}${f.frozen ? ', in use' : ''})`)));
  const labelSelect = el('select', { class: 'govuk-select', id: 'wave-label', name: 'label' },
    el('option', { value: 'baseline' }, 'Baseline'),
    el('option', { value: 'midpoint' }, 'Midpoint'),
    el('option', { value: 'end' }, 'End of programme'),
    el('option', { value: 'other' }, 'Another label'));
  const otherLabel = el('input', { class: 'govuk-input govuk-input--width-20', id: 'wave-other-label', name: 'otherLabel', maxlength: 50, type: 'text' });
  const otherGroup = field('otherLabel', 'Your own label', otherLabel, 'Up to 50 characters');
  otherGroup.hidden = true;
  labelSelect.addEventListener('change', () => { otherGroup.hidden = labelSelect.value !== 'other'; });

  const reminderDays = el('input', { class: 'govuk-input govuk-input--width-10', id: 'wave-reminder-days', name: 'reminderDays', type: 'text',
    inputmode: 'numeric', spellcheck: 'false', autocomplete: 'off' });
  const noReminders = el('input', { class: 'govuk-checkboxes__input', id: 'wave-no-reminders', name: 'noReminders', type: 'checkbox', value: 'yes' });
  const remindersGroup = el('div', { class: 'govuk-form-group', 'data-field': 'reminders.daysBeforeClose' },
    el('label', { class: 'govuk-label', for: reminderDays.id }, 'Automatic reminders (days before closing)'),
    el('div', { class: 'govuk-hint', id: 'wave-reminder-days-hint' }, 'Whole days, separated by commas, up to 5, for example 7, 2. '
      + 'Leave empty for the usual reminders: 7 and 2 days before closing for a two-week wave, one halfway through a wave of a few days, '
      + 'none for a wave shorter than a day. Reminders go only to people who have not answered.'),
    reminderDays,
    el('div', { class: 'govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2', 'data-module': 'govuk-checkboxes' },
      el('div', { class: 'govuk-checkboxes__item' }, noReminders,
        el('label', { class: 'govuk-label govuk-checkboxes__label', for: noReminders.id }, 'Send no automatic reminders'))));
  reminderDays.setAttribute('aria-describedby', 'wave-reminder-days-hint');

  const submit = el('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, 'Create the wave');
  const form = el('form', { id: 'open-wave', novalidate: true },
    field('cohortId', 'Cohort', cohortSelect, 'Everyone currently in a team of one of its collaboratives is invited by email.'),
    field('frameworkId', 'Maturity framework', frameworkSelect, 'The version is frozen once a wave uses it.'),
    field('label', 'Wave', labelSelect),
    otherGroup,
    el('p', { class: 'govuk-body' }, 'A wave that opens later is scheduled: nobody is invited until it opens, and the invitations go to '
      + 'everyone in the teams at that time.'),
    dateTime('opensAt', 'Opens', opens),
    dateTime('closesAt', 'Closes', closes),
    remindersGroup,
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const errors = [];
    const label = labelSelect.value === 'other' ? otherLabel.value.trim() : labelSelect.value;
    if (!cohortSelect.value) errors.push({ field: 'cohortId', message: 'Choose a cohort' });
    if (!frameworkSelect.value) errors.push({ field: 'frameworkId', message: 'Choose a framework' });
    if (!label) errors.push({ field: 'otherLabel', message: 'Enter a label for the wave' });
    const when = {};
    for (const name of ['opensAt', 'closesAt']) {
      const d = form.elements[`${name}Date`].value;
      const t = form.elements[`${name}Time`].value;
      if (!d || !t) errors.push({ field: name, message: 'Enter a date and a time' });
      else when[name] = londonToInstant(d, t);
    }
    if (when.opensAt && when.closesAt && when.closesAt <= when.opensAt) errors.push({ field: 'closesAt', message: 'The closing time must be after the opening time' });
    let reminders;
    if (noReminders.checked) {
      reminders = { daysBeforeClose: [] };
    } else if (reminderDays.value.trim()) {
      const days = reminderDays.value.split(/[\s,]+/).filter(Boolean);
      if (days.some((d) => !/^[0-9]{1,3}$/.test(d))) errors.push({ field: 'reminders.daysBeforeClose', message: 'Enter whole numbers of days, separated by commas' });
      else reminders = { daysBeforeClose: days.map(Number) };
    }
    if (errors.length) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors }));
      return;
    }
    const [frameworkId, number] = frameworkSelect.value.split('|');
    try {
      const wave = await busy(submit, () => api('POST', '/api/waves', {
        cohortId: cohortSelect.value, label, frameworkId, frameworkNumber: Number(number),
        opensAt: when.opensAt, closesAt: when.closesAt, ...(reminders ? { reminders } : {}),
      }), 'Creating the wave…');
      form.reset();
      otherGroup.hidden = true;
      await renderList();
      const invited = wave.counts ? wave.counts.invited : 0;
      showSuccess(messages, wave.status === 'SCHEDULED'
        ? `The ${waveLabel(wave.label)} survey for ${cohortName(wave.cohortId)} is scheduled: it opens ${formatDateTime(wave.opensAt)}, and the invitations go out then.`
        : `The ${waveLabel(wave.label)} survey for ${cohortName(wave.cohortId)} is open: ${invited} ${invited === 1 ? 'person was' : 'people were'} invited.`);
    } catch (error) {
      showProblem(form, error);
    }
  });

  formSection.replaceChildren(
    el('h2', { class: 'govuk-heading-m', id: 'open-heading' }, 'Create a survey wave'),
    cohorts.length ? form : el('p', { class: 'govuk-body' }, 'There is no cohort yet. Create one first.'));
}

// A new framework starts as a copy of the statements of an existing version (same statement ids), under its own name.
function renderFrameworkForm() {
  const name = el('input', { class: 'govuk-input govuk-input--width-20', id: 'framework-name', name: 'name', type: 'text', maxlength: 200, required: true });
  const id = el('input', { class: 'govuk-input govuk-input--width-20', id: 'framework-id', name: 'frameworkId', type: 'text', maxlength: 40,
    spellcheck: 'false', autocomplete: 'off' });
  const source = el('select', { class: 'govuk-select', id: 'framework-source', name: 'components' },
    frameworks.map((f, i) => el('option', { value: `${f.frameworkId}|${f.number}`, selected: i === frameworks.length - 1 },
      `${f.name} (version ${f.number})`)));
  const submit = el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Create the framework');
  const form = el('form', { id: 'create-framework', novalidate: true },
    field('name', 'Name', name),
    field('frameworkId', 'Identifier (optional)', id, 'Lower-case letters, digits and hyphens. Leave empty to make it from the name.'),
    field('components', 'Start from the statements of', source, 'Its components and statements are copied, keeping their identifiers, '
      + 'so results can be compared. The new framework is version 1.'),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    if (!name.value.trim()) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'name', message: 'Enter a name for the framework' }] }));
      return;
    }
    const [fromId, fromNumber] = source.value.split('|');
    try {
      const created = await busy(submit, async () => {
        const from = await api('GET', `/api/frameworks/${encodeURIComponent(fromId)}/versions/${encodeURIComponent(fromNumber)}`);
        return api('POST', '/api/frameworks', {
          name: name.value.trim(), ...(id.value.trim() ? { frameworkId: id.value.trim() } : {}), components: from.components,
        });
      }, 'Creating the framework…');
      form.reset();
      await loadLists();
      renderForm();
      renderFrameworkForm();
      showSuccess(messages, `The framework ${created.name} (${created.frameworkId}, version 1) is created. Waves can use it now.`);
    } catch (error) {
      showProblem(form, error);
    }
  });
  frameworkSection.replaceChildren(
    el('h2', { class: 'govuk-heading-m', id: 'framework-heading' }, 'Create a maturity framework'),
    frameworks.length ? form : el('p', { class: 'govuk-body' }, 'There is no framework to start from yet.'));
}

try {
  loading(formSection, 'Loading cohorts and frameworks…');
  await loadLists();
  renderForm();
  renderFrameworkForm();
} catch (error) {
  formSection.replaceChildren(el('h2', { class: 'govuk-heading-m', id: 'open-heading' }, 'Create a survey wave'));
  showProblem(formSection, error);
}
await renderList();
