// One collaborative (/admin/collaborative?id=…): its details (and changing them), its team, adding
// someone (new or already registered), removing someone, and importing the team from a CSV file.
import { ApiError, api, shell, el, showProblem, clearProblems, showSuccess, busy, loading, confirmAction, formatDate, table, param } from '/assets/app.js';
import { inputField, selectField, button, value, orNull, words, allPages, statusTag, LEADERSHIP_ROLES, scrollRegion } from '/assets/pages/manager-forms.js';
import { collaborativeForm, deleteSection, inFormOrder } from '/assets/pages/collaborative-form.js';

await shell(['PROGRAMME_MANAGER']);
const page = document.getElementById('page');
const id = param('id');

let collaborative;
let cohort;
let coaches = [];
const base = () => `/api/collaboratives/${encodeURIComponent(id)}`;

function row(key, val) {
  return el('div', { class: 'govuk-summary-list__row' },
    el('dt', { class: 'govuk-summary-list__key' }, key),
    el('dd', { class: 'govuk-summary-list__value' }, val === '' || val === null || val === undefined ? 'Not given' : val));
}

function detailsSection() {
  const c = collaborative;
  const p = c.priority;
  const coachName = Object.fromEntries(coaches.map((x) => [x.id, x.name]));
  const section = el('section', { id: 'details', 'aria-labelledby': 'details-heading' },
    el('h2', { class: 'govuk-heading-m', id: 'details-heading' }, 'Details'),
    el('dl', { class: 'govuk-summary-list' },
      row('Cohort', cohort ? el('span', {}, `${cohort.name} `, statusTag(cohort.status)) : c.cohortId),
      row('Sector', words(c.sector)),
      row('Integrated care system', c.ics),
      row('Senior responsible officer', c.seniorResponsibleOfficer),
      row('Member trusts', (c.members || []).length ? el('ul', { class: 'govuk-list' }, c.members.map((m) => el('li', {}, m.name ? `${m.name} (${m.odsCode})` : m.odsCode))) : ''),
      row('Strategic priority', p ? el('div', {},
        el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, p.area),
        el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, p.core20 ? `Core20 focus (${words(p.imdEdition || '').replace('Imd ', 'IMD ')})` : 'No Core20 focus'),
        (p.plusGroups || []).length ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, 'PLUS groups: ' + p.plusGroups.join('; ')) : null,
        (p.clinicalAreas || []).length ? el('p', { class: 'govuk-body-s govuk-!-margin-0' }, 'Clinical areas: ' + p.clinicalAreas.map(words).join('; ')) : null) : ''),
      row('Planned coaching hours', String(c.plannedCoachingHours)),
      row('Coaches', (c.coachIds || []).map((x) => coachName[x] || x).join(', '))));
  if (cohort && cohort.status === 'CLOSED') {
    section.appendChild(el('p', { class: 'govuk-body' }, 'The cohort is closed, so this collaborative and its team cannot be changed.'));
    return section;
  }
  const { form, body } = collaborativeForm({ collaborative: c, coaches });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    try {
      collaborative = await busy(form.querySelector('button[type=submit]'), () => api('PUT', base(), { ...body(), version: collaborative.version }), 'Saving…');
      render();
      showSuccess(page, `${collaborative.name} saved.`);
    } catch (error) {
      showProblem(form, inFormOrder(form, error));
    }
  });
  section.appendChild(el('details', { class: 'govuk-details', id: 'change-details' },
    el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text' }, 'Change the details')),
    el('div', { class: 'govuk-details__text' }, form)));
  return section;
}

async function refreshTeam(container) {
  loading(container, 'Loading the team…');
  try {
    const team = await api('GET', `${base()}/participants`);
    const closed = cohort && cohort.status === 'CLOSED';
    const columns = [
      { label: 'Name', value: (m) => m.name },
      { label: 'Leadership role', value: (m) => words(m.leadershipRole) },
      { label: 'Job title', value: (m) => m.jobTitle || '' },
      { label: 'Organisation', value: (m) => m.organisationOdsCode || '' },
      { label: 'Email', value: (m) => m.email },
      { label: 'Joined', value: (m) => formatDate(m.joinedOn) },
    ];
    if (!closed) {
      columns.push({ label: 'Actions', value: (m) => {
        const remove = el('button', { type: 'button', class: 'govuk-button govuk-button--warning app-button--small govuk-!-margin-0' },
          'Remove', el('span', { class: 'govuk-visually-hidden' }, ` ${m.name} from the team`));
        remove.addEventListener('click', async () => {
          if (!confirmAction(`Remove ${m.name} from the team of ${collaborative.name}? They stay in the team's history.`)) return;
          clearProblems(container);
          try {
            await busy(remove, () => api('POST', `${base()}/participants/${encodeURIComponent(m.personId)}/leave`, {}), 'Removing…');
            await refreshTeam(container);
            showSuccess(container, `${m.name} removed from the team.`);
          } catch (error) {
            showProblem(container, error);
          }
        });
        const archive = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-button--small govuk-!-margin-0' },
          'Archive', el('span', { class: 'govuk-visually-hidden' }, ` ${m.name}`));
        archive.addEventListener('click', () => {
          clearProblems(container);
          container.querySelector('#archive-confirm')?.remove();
          const yes = el('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'archive-confirm-yes' }, `Yes, archive ${m.name}`);
          const no = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, 'No, keep them');
          const step = el('div', { id: 'archive-confirm', class: 'app-panel', role: 'region', 'aria-label': `Confirm archiving ${m.name}` },
            el('div', { class: 'govuk-warning-text' },
              el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
              el('strong', { class: 'govuk-warning-text__text' }, el('span', { class: 'govuk-visually-hidden' }, 'Warning '),
                `Archive ${m.name}? They leave every team they are in and no longer appear in lists or pickers. `
                + 'Their sessions, logs and survey answers are kept.')),
            el('div', { class: 'govuk-button-group' }, yes, no));
          no.addEventListener('click', () => { step.remove(); archive.focus(); });
          yes.addEventListener('click', async () => {
            try {
              await busy(yes, () => api('POST', `/api/people/${encodeURIComponent(m.personId)}/archive`), 'Archiving…');
              await refreshTeam(container);
              showSuccess(container, `${m.name} archived.`);
            } catch (error) {
              showProblem(step, error);
            }
          });
          container.prepend(step);
          yes.focus();
        });
        return el('span', { class: 'app-actions' }, remove, archive);
      } });
    }
    container.replaceChildren(scrollRegion('Team (scrolls sideways)',
      table(`Team (${team.participants.length})`, columns, team.participants, { empty: 'Nobody is in the team yet.' })));
  } catch (error) {
    container.replaceChildren();
    showProblem(container, error);
  }
}

function roleAndDate(prefix) {
  return [
    selectField('leadershipRole', 'Leadership role', [{ value: '', label: 'Choose a role' }, ...LEADERSHIP_ROLES]),
    inputField('joinedOn', 'Joined on (optional)', { type: 'date', width: 10, hint: 'Leave blank for today' }),
  ];
}

function newPersonForm(teamContainer) {
  const form = el('form', { novalidate: true, id: 'add-new-person' },
    el('h3', { class: 'govuk-heading-s' }, 'Register someone new and add them'),
    inputField('name', 'Full name', { width: 30, autocomplete: 'off' }),
    inputField('email', 'Email address', { type: 'email', width: 30, autocomplete: 'off', spellcheck: 'false' }),
    inputField('jobTitle', 'Job title (optional)', { width: 30 }),
    inputField('organisationOdsCode', 'Organisation ODS code (optional)', { width: 5, hint: '3 to 5 capital letters or digits, for example RHQ' }),
    ...roleAndDate('new'),
    button('Register and add to team'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const submit = form.querySelector('button[type=submit]');
    const role = value(form, 'leadershipRole');
    if (!role) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'leadershipRole', message: 'Choose their leadership role' }] }));
      return;
    }
    let person;
    try {
      person = await busy(submit, () => api('POST', '/api/people', {
        name: value(form, 'name'), email: value(form, 'email'), jobTitle: orNull(value(form, 'jobTitle')),
        organisationOdsCode: orNull(value(form, 'organisationOdsCode').toUpperCase()), roles: ['PARTICIPANT'],
      }), 'Registering…');
    } catch (error) {
      showProblem(form, error);
      return;
    }
    try {
      await busy(submit, () => api('POST', `${base()}/participants`, { personId: person.id, leadershipRole: role, joinedOn: orNull(value(form, 'joinedOn')) }), 'Adding…');
      form.reset();
      await refreshTeam(teamContainer);
      showSuccess(form, `${person.name} registered and added to the team.`);
    } catch (error) {
      showProblem(form, error);
      form.querySelector('.govuk-error-summary__body').appendChild(el('p', { class: 'govuk-body' },
        `${person.name} was registered but is not in the team yet. Add them with “Add someone already registered”.`));
    }
  });
  return form;
}

function existingPersonForm(teamContainer) {
  const search = el('form', { novalidate: true, id: 'find-person', role: 'search' },
    el('h3', { class: 'govuk-heading-s' }, 'Add someone already registered'),
    el('div', { class: 'app-filter__fields' },
      inputField('name', 'Name contains', { type: 'search', width: 20, autocomplete: 'off' }),
      el('div', { class: 'govuk-form-group' }, button('Find people', { secondary: true }))));
  const results = el('div', { id: 'find-person-results', 'aria-live': 'polite' });
  search.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(search);
    try {
      const query = new URLSearchParams({ name: value(search, 'name'), size: 50, sort: 'name' });
      const answer = await busy(search.querySelector('button[type=submit]'), () => api('GET', '/api/people?' + query), 'Finding…');
      if (!answer.items.length) {
        results.replaceChildren(el('p', { class: 'govuk-body' }, 'Nobody matches. Register them below.'));
        return;
      }
      const form = el('form', { novalidate: true, id: 'add-existing-person' },
        selectField('personId', `Person (${answer.items.length} found)`, answer.items.map((p) => ({ value: p.id, label: `${p.name} — ${p.email}` }))),
        ...roleAndDate('existing'),
        button('Add to team'));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        clearProblems(form);
        const role = value(form, 'leadershipRole');
        if (!role) {
          showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'leadershipRole', message: 'Choose their leadership role' }] }));
          return;
        }
        try {
          await busy(form.querySelector('button[type=submit]'), () => api('POST', `${base()}/participants`,
            { personId: value(form, 'personId'), leadershipRole: role, joinedOn: orNull(value(form, 'joinedOn')) }), 'Adding…');
          const chosen = form.elements.namedItem('personId').selectedOptions[0].textContent;
          results.replaceChildren();
          await refreshTeam(teamContainer);
          showSuccess(results, `${chosen.split(' — ')[0]} added to the team.`);
        } catch (error) {
          showProblem(form, error);
        }
      });
      results.replaceChildren(form);
    } catch (error) {
      showProblem(search, error);
    }
  });
  return el('div', {}, search, results);
}

/** Splits CSV text into records, each with the line it starts on (as the service numbers rows). */
function csvRecords(text) {
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else { if (ch === '\n') line++; field += ch; }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(field.trim()); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field.trim());
      records.push({ line: start, fields });
      fields = []; field = ''; line++; start = line;
    } else field += ch;
  }
  if (field || fields.length) { fields.push(field.trim()); records.push({ line: start, fields }); }
  return records;
}

const IMPORT_STATUS = { CREATED: ['Added (new person)', 'govuk-tag--green'], UPDATED: ['Added or updated', 'govuk-tag--blue'],
  UNCHANGED: ['Unchanged', 'govuk-tag--grey'], REJECTED: ['Not imported', 'govuk-tag--red'] };

function importSection(teamContainer) {
  const report = el('div', { id: 'import-report', 'aria-live': 'polite' });
  const form = el('form', { novalidate: true, id: 'import-team' },
    el('p', { class: 'govuk-body' }, 'A CSV file with the header name,email,job_title,organisation_ods_code,leadership_role. People are matched on email, so importing the same file again adds nobody twice.'),
    inputField('file', 'Team file (CSV)', { type: 'file', accept: '.csv,text/csv', field: 'header' }),
    button('Import team'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    report.replaceChildren();
    const file = form.elements.namedItem('file').files[0];
    if (!file) {
      showProblem(form, new ApiError(400, { title: 'There is a problem', errors: [{ field: 'header', message: 'Choose a CSV file' }] }));
      return;
    }
    try {
      const text = await file.text();
      const answer = await busy(form.querySelector('button[type=submit]'), () => api('POST', `${base()}/participants/import`, text), 'Importing…');
      const records = Object.fromEntries(csvRecords(text).map((r) => [r.line, r.fields]));
      const header = (csvRecords(text)[0] || { fields: [] }).fields.map((h) => h.toLowerCase());
      const who = (n) => {
        const f = records[n] || [];
        const name = f[header.indexOf('name')];
        const email = f[header.indexOf('email')];
        return [name, email].filter(Boolean).join(', ') || '';
      };
      const added = answer.created + answer.updated;
      report.replaceChildren(
        el('h3', { class: 'govuk-heading-s', id: 'import-summary' }, `Import: ${answer.created} added as new people, ${answer.updated} updated, ${answer.unchanged} unchanged, ${answer.rejected} not imported`),
        scrollRegion('Rows of the file (scrolls sideways)', table('Rows of the file', [
          { label: 'Row', value: (r) => String(r.row) },
          { label: 'Person in the file', value: (r) => who(r.row) },
          { label: 'Result', value: (r) => el('strong', { class: 'govuk-tag ' + (IMPORT_STATUS[r.status] || ['', 'govuk-tag--grey'])[1] }, (IMPORT_STATUS[r.status] || [words(r.status)])[0]) },
          { label: 'Reasons', value: (r) => r.errors && r.errors.length
            ? el('ul', { class: 'govuk-list govuk-!-margin-0' }, r.errors.map((e) => el('li', {}, `${e.field.replace(/_/g, ' ')}: ${e.message}`))) : '' },
        ], answer.rows, { empty: 'The file has no rows after the header.' })));
      await refreshTeam(teamContainer);
      if (answer.rejected === 0 && added + answer.unchanged > 0) showSuccess(report, `Every row imported.`);
    } catch (error) {
      showProblem(form, error);
    }
  });
  return el('div', {}, form, report);
}

function render() {
  document.getElementById('collaborative-name').textContent = collaborative.name;
  document.title = `${collaborative.name} – Cohort Coach`;
  const team = el('div', { id: 'team' });
  const removal = el('div', { id: 'removal' });
  const closed = cohort && cohort.status === 'CLOSED';
  page.replaceChildren(
    el('p', { class: 'govuk-body' }, el('a', { class: 'govuk-link', href: `/admin/collaboratives?cohortId=${encodeURIComponent(collaborative.cohortId)}` }, 'Back to collaboratives')),
    detailsSection(),
    el('section', { 'aria-labelledby': 'team-heading' },
      el('h2', { class: 'govuk-heading-m', id: 'team-heading' }, 'Team'),
      team,
      closed ? null : el('div', { class: 'app-panel', id: 'add-to-team' }, el('h2', { class: 'govuk-heading-m' }, 'Add someone to the team'),
        existingPersonForm(team), newPersonForm(team)),
      closed ? null : el('div', { class: 'app-panel' }, el('h2', { class: 'govuk-heading-m' }, 'Import the team from a file'), importSection(team))),
    removal);
  refreshTeam(team);
  if (!closed) {
    deleteSection({ noun: 'collaborative', name: collaborative.name, base: base(), onDeleted: () => {
      window.location.assign(`/admin/collaboratives?cohortId=${encodeURIComponent(collaborative.cohortId)}&deleted=${encodeURIComponent(collaborative.name)}`);
    } }).then((section) => removal.replaceChildren(section));
  }
}

async function start() {
  if (!id) {
    page.replaceChildren(el('p', { class: 'govuk-body' }, 'No collaborative chosen. ', el('a', { class: 'govuk-link', href: '/admin/collaboratives' }, 'Choose one from the list')));
    return;
  }
  loading(page);
  try {
    collaborative = await api('GET', base());
    [cohort, coaches] = await Promise.all([
      api('GET', `/api/cohorts/${encodeURIComponent(collaborative.cohortId)}`).catch(() => null),
      allPages(api, '/api/people?role=COACH&sort=name').catch(() => []),
    ]);
    render();
    if (param('enrolled')) showSuccess(page, `${collaborative.name} enrolled. Now add its team.`);
  } catch (error) {
    page.replaceChildren(el('a', { class: 'govuk-link', href: '/admin/collaboratives' }, 'Back to collaboratives'));
    showProblem(page, error);
  }
}

await start();
