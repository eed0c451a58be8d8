// The collaborative form, shared by the list page (enrol a new one) and the detail page (change one),
// and the delete section with its confirmation step, shared with the cohort page.
import { el, api, busy, showProblem, clearProblems } from '/assets/app.js';
import { inputField, selectField, textareaField, checkboxesField, radiosField, button, value, checked, orNull, SECTORS, words } from '/assets/pages/manager-forms.js';

const CLINICAL_AREAS = ['ADULT_MATERNITY', 'ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS', 'ADULT_CHRONIC_RESPIRATORY_DISEASE',
  'ADULT_EARLY_CANCER_DIAGNOSIS', 'ADULT_HYPERTENSION', 'CYP_ASTHMA', 'CYP_DIABETES', 'CYP_EPILEPSY', 'CYP_ORAL_HEALTH', 'CYP_MENTAL_HEALTH']
  .map((v) => ({ value: v, label: v.startsWith('CYP_') ? 'Children and young people: ' + words(v.substring(4)).toLowerCase() : 'Adults: ' + words(v.substring(6)).toLowerCase() }));

/**
 * Builds the form. `collaborative` null for a new one; `cohorts` [{id, name, status}] to choose the
 * cohort from (new only); `coaches` [{id, name}]. Answers {form, body()} — body() reads the fields
 * into the API's request shape.
 */
export function collaborativeForm({ collaborative = null, cohorts = [], coaches = [], cohortId = '', submitLabel }) {
  const c = collaborative || {};
  const p = c.priority || {};
  const open = cohorts.filter((x) => x.status !== 'CLOSED');
  const form = el('form', { novalidate: true, id: collaborative ? 'edit-collaborative' : 'new-collaborative', class: collaborative ? null : 'app-panel' },
    collaborative ? null : selectField('cohortId', 'Cohort', [{ value: '', label: 'Choose a cohort' }, ...open.map((x) => ({ value: x.id, label: x.name }))],
      { value: cohortId, hint: 'Only cohorts that are not closed can take new collaboratives' }),
    inputField('name', 'Name', { value: c.name, width: 30 }),
    selectField('sector', 'Sector', [{ value: '', label: 'Choose a sector' }, ...SECTORS], { value: c.sector }),
    inputField('ics', 'Integrated care system (optional)', { value: c.ics, width: 30 }),
    inputField('seniorResponsibleOfficer', 'Senior responsible officer (optional)', { value: c.seniorResponsibleOfficer, width: 30 }),
    textareaField('members', 'Member trusts (optional)', {
      value: (c.members || []).map((m) => m.name ? `${m.odsCode}, ${m.name}` : m.odsCode).join('\n'),
      hint: 'One trust a line: its ODS code, a comma, then its name, for example RHQ, Sheffield Teaching Hospitals', rows: 4,
    }),
    inputField('plannedCoachingHours', 'Planned coaching hours', { type: 'number', value: c.plannedCoachingHours ?? 0, width: 4, hint: 'From 0 to 1000' }),
    coaches.length ? checkboxesField('coachIds', 'Coaches (optional)', coaches.map((x) => ({ value: x.id, label: x.name })), { values: c.coachIds || [] }) : null,
    el('h3', { class: 'govuk-heading-s' }, 'Strategic priority'),
    inputField('priority.area', 'Priority area (optional)', { value: p.area, width: 30, hint: 'For example, elective waits. Leave blank if not agreed yet.' }),
    radiosField('priority.core20', 'Does it focus on the Core20 (the most deprived 20%)?', [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }],
      { value: String(!!p.core20) }),
    selectField('priority.imdEdition', 'Index of Multiple Deprivation edition', [{ value: '', label: 'Not applicable' }, { value: 'IMD_2019', label: 'IMD 2019' }, { value: 'IMD_2025', label: 'IMD 2025' }],
      { value: p.imdEdition || '', hint: 'Needed when the focus is on the Core20' }),
    textareaField('priority.plusGroups', 'PLUS groups (optional)', { value: (p.plusGroups || []).join('\n'), hint: 'One group a line, for example ethnic minority communities' }),
    checkboxesField('priority.clinicalAreas', 'Clinical areas (optional)', CLINICAL_AREAS, { values: p.clinicalAreas || [] }),
    el('div', { class: 'govuk-button-group' }, button(submitLabel || (collaborative ? 'Save changes' : 'Enrol collaborative'))));

  function body() {
    const hours = value(form, 'plannedCoachingHours');
    const members = value(form, 'members').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const comma = line.indexOf(',');
      return comma < 0 ? { odsCode: line.toUpperCase(), name: null } : { odsCode: line.substring(0, comma).trim().toUpperCase(), name: orNull(line.substring(comma + 1).trim()) };
    });
    const area = value(form, 'priority.area');
    const core20 = (form.querySelector('input[name="priority.core20"]:checked') || {}).value === 'true';
    const priority = area || core20 || checked(form, 'priority.clinicalAreas').length || value(form, 'priority.plusGroups') ? {
      area,
      core20,
      imdEdition: orNull(value(form, 'priority.imdEdition')),
      plusGroups: value(form, 'priority.plusGroups').split('\n').map((s) => s.trim()).filter(Boolean),
      clinicalAreas: checked(form, 'priority.clinicalAreas'),
    } : null;
    return {
      name: value(form, 'name'),
      sector: orNull(value(form, 'sector')),
      ics: orNull(value(form, 'ics')),
      seniorResponsibleOfficer: orNull(value(form, 'seniorResponsibleOfficer')),
      members,
      plannedCoachingHours: hours === '' ? 0 : Number(hours),
      coachIds: coaches.length ? checked(form, 'coachIds') : (c.coachIds || []),
      priority,
    };
  }
  return { form, body, cohortId: () => value(form, 'cohortId') };
}

/**
 * "Delete this cohort/collaborative": asks the service what depends on it (`${base}/dependents`). When
 * it can be deleted, a warning button opens a confirmation step on the page (no browser dialog); when it
 * cannot, the section says why ("… because it has 2 collaboratives, 1 survey wave"). `onDeleted` runs
 * after the 204.
 */
export async function deleteSection({ noun, name, base, onDeleted }) {
  const section = el('section', { class: 'app-panel', id: 'delete', 'aria-labelledby': 'delete-heading' },
    el('h2', { class: 'govuk-heading-m', id: 'delete-heading' }, `Delete this ${noun}`));
  let dependents;
  try {
    dependents = await api('GET', `${base}/dependents`);
  } catch (error) {
    showProblem(section, error);
    return section;
  }
  if (!dependents.deletable) {
    section.appendChild(el('p', { class: 'govuk-body', id: 'delete-not-allowed' }, dependents.detail));
    return section;
  }
  const start = button(`Delete ${noun}`, { warning: true, type: 'button' });
  start.id = 'delete-start';
  const yes = button(`Yes, delete ${name}`, { warning: true, type: 'button' });
  yes.id = 'delete-confirm-yes';
  const cancel = button('No, keep it', { secondary: true, type: 'button' });
  const confirmStep = el('div', { id: 'delete-confirm', role: 'region', 'aria-label': `Confirm deleting ${name}` },
    el('div', { class: 'govuk-warning-text' },
      el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
      el('strong', { class: 'govuk-warning-text__text' }, el('span', { class: 'govuk-visually-hidden' }, 'Warning '),
        `Are you sure you want to delete ${name}? This cannot be undone.`)),
    el('div', { class: 'govuk-button-group' }, yes, cancel));
  confirmStep.hidden = true;
  start.addEventListener('click', () => {
    start.hidden = true;
    confirmStep.hidden = false;
    yes.focus();
  });
  cancel.addEventListener('click', () => {
    confirmStep.hidden = true;
    start.hidden = false;
    start.focus();
  });
  yes.addEventListener('click', async () => {
    clearProblems(section);
    try {
      await busy(yes, () => api('DELETE', base), 'Deleting…');
      await onDeleted();
    } catch (error) {
      showProblem(section, error);
    }
  });
  section.append(el('p', { class: 'govuk-body' }, `Nothing depends on this ${noun} yet, so if it was created by mistake you can delete it.`),
    start, confirmStep);
  return section;
}

/**
 * The service answers every field error at once, sorted by field name; this puts them in the order the
 * form shows its fields (`data-field` of each form group), so the error summary reads top to bottom.
 * Errors for fields the form does not show go last. Answers the same error, for showProblem.
 */
export function inFormOrder(form, error) {
  const errors = error && error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : null;
  if (!errors) return error;
  const fields = [...form.querySelectorAll('[data-field]')].map((group) => group.getAttribute('data-field'));
  const rank = (field) => {
    const index = fields.findIndex((f) => field === f || (field || '').startsWith(f + '.') || (field || '').startsWith(f + '['));
    return index < 0 ? fields.length : index;
  };
  error.problem.errors = errors.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e.field) - rank(b.e.field) || a.i - b.i).map((x) => x.e);
  return error;
}
