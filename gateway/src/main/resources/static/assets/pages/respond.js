// The survey page at /respond/{token}: no sign-in, the link's token is the credential. One maturity
// component per step with progress, save a draft and come back later (resumes at the first unanswered
// step), check your answers, submit, confirmation; plain messages for a used, closed or unknown link.
import { api, el, showProblem, clearProblems, busy, formatDateTime, ApiError } from '/assets/app.js';

const page = document.getElementById('page');
const heading = document.querySelector('main h1');
const token = decodeURIComponent(window.location.pathname.replace(/\/+$/, '').split('/').pop() || '');
const base = `/api/respond/${encodeURIComponent(token)}`;

const LABELS = { baseline: 'Baseline', midpoint: 'Midpoint', end: 'End of programme' };
let survey;
let answers = {};
let comments = {};
let step = 0;

function call(method, path, body) {
  return api(method, base + path, body, { redirectOn401: false });
}

/** Replaces the page and moves focus to its heading, so a screen reader or keyboard user starts there. */
function show(headingNode, ...rest) {
  headingNode.setAttribute('tabindex', '-1');
  headingNode.classList.add('app-step-heading');
  page.replaceChildren(headingNode, ...rest);
  headingNode.focus();
  window.scrollTo(0, 0);
}

function message(title, ...paragraphs) {
  document.title = `${title} – Cohort Coach`;
  show(el('h2', { class: 'govuk-heading-m', id: 'message-heading' }, title),
    ...paragraphs.map((p) => el('p', { class: 'govuk-body' }, p)));
}

function explain(error) {
  const status = error instanceof ApiError ? error.status : 0;
  const reason = error instanceof ApiError && error.problem ? error.problem.reason : null;
  if (status === 404) {
    message('This link is not recognised',
      'Check that you used the whole link from your email. Links can be broken across two lines in some email programs.',
      'If it still does not work, contact your programme manager.');
  } else if (status === 409 && reason === 'not-open') {
    message('This survey is not open yet', 'Come back with the same link when it opens. Your invitation email says when.');
  } else if (status === 409) {
    message('You have already answered this survey',
      'Your answers were submitted through this link, so it cannot be used again. Thank you for taking part.');
  } else if (status === 410) {
    message('This survey has closed', 'It is no longer taking answers. Thank you for your interest.',
      'If you think you should have had longer, contact your programme manager.');
  } else if (status === 429) {
    message('Too many attempts', 'Wait a minute, then open your link again.');
  } else {
    message('Sorry, there is a problem', 'We could not load the survey. Try again in a few minutes with the same link.');
  }
}

const steps = () => survey.components.length;
const waveName = () => (LABELS[survey.wave.label] || survey.wave.label);
const stageLabel = (value) => (survey.stages.find((s) => s.value === value) || {}).label || value;
const unanswered = (component) => component.statements.filter((s) => !answers[s.id]);

function firstUnansweredStep() {
  const index = survey.components.findIndex((c) => unanswered(c).length > 0);
  return index < 0 ? steps() : index;
}

function progress(current) {
  const total = steps() + 1;
  return el('div', { class: 'app-progress' },
    el('p', { class: 'govuk-body govuk-!-margin-bottom-1', id: 'progress-text' }, `Step ${current} of ${total}`),
    el('progress', { class: 'app-progress__bar', max: total, value: current, 'aria-labelledby': 'progress-text' }));
}

function statementField(statement) {
  const radios = el('div', { class: 'govuk-radios govuk-radios--small', 'data-module': 'govuk-radios' },
    survey.stages.map((stage, i) => {
      const id = `${statement.id}-${i}`;
      const input = el('input', { class: 'govuk-radios__input', id, name: statement.id, type: 'radio', value: stage.value,
        checked: answers[statement.id] === stage.value });
      input.addEventListener('change', () => { answers[statement.id] = stage.value; });
      return el('div', { class: 'govuk-radios__item' }, input,
        el('label', { class: 'govuk-label govuk-radios__label', for: id }, stage.label));
    }));
  return el('div', { class: 'govuk-form-group', 'data-field': `answers.${statement.id}` },
    el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': statement.required ? null : `${statement.id}-hint` },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, statement.text),
      statement.required ? null : el('div', { class: 'govuk-hint', id: `${statement.id}-hint` }, 'Optional'),
      radios));
}

function renderStep(index) {
  step = index;
  const component = survey.components[index];
  document.title = `${component.title} – step ${index + 1} of ${steps() + 1} – Cohort Coach`;
  const form = el('form', { id: 'step-form', novalidate: true });
  form.append(el('p', { class: 'govuk-body' }, 'For each statement, choose how far your collaborative has got.'));
  component.statements.forEach((s) => form.append(statementField(s)));
  if (component.commentAllowed) {
    const area = el('textarea', { class: 'govuk-textarea', id: `comment-${component.component}`, name: 'comment', rows: 4, maxlength: 2000,
      'aria-describedby': `comment-${component.component}-hint` });
    area.value = comments[component.component] || '';
    area.addEventListener('input', () => { comments[component.component] = area.value; });
    form.append(el('div', { class: 'govuk-form-group', 'data-field': `comments.${component.component}` },
      el('label', { class: 'govuk-label govuk-label--s', for: area.id }, `Comments on ${component.title.toLowerCase()} (optional)`),
      el('div', { class: 'govuk-hint', id: `comment-${component.component}-hint` }, 'Up to 2000 characters. Do not include names. '
        + 'Your programme managers read comments word for word, but only for a collaborative with 5 or more responses, '
        + 'mixed in random order, without your role or when you answered.'),
      area));
  }
  const next = el('button', { type: 'submit', class: 'govuk-button', id: 'continue' }, 'Continue');
  const save = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'save-draft' }, 'Save and come back later');
  const buttons = el('div', { class: 'govuk-button-group' }, next, save);
  if (index > 0) {
    const back = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'previous' }, 'Previous step');
    back.addEventListener('click', () => renderStep(index - 1));
    buttons.append(back);
  }
  form.append(buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearProblems(form);
    const missing = component.statements.filter((s) => s.required && !answers[s.id]);
    if (missing.length) {
      showProblem(form, new ApiError(400, { title: 'There is a problem',
        errors: missing.map((s) => ({ field: `answers.${s.id}`, message: 'Choose a stage for this statement' })) }));
      return;
    }
    if (index + 1 < steps()) renderStep(index + 1); else renderCheck();
  });
  save.addEventListener('click', async () => {
    clearProblems(form);
    try {
      await busy(save, saveDraft, 'Saving…');
      renderSaved();
    } catch (error) {
      handle(form, error);
    }
  });
  show(el('h2', { class: 'govuk-heading-l', id: 'step-heading' },
    el('span', { class: 'govuk-caption-m' }, `${survey.framework}`), component.title), progress(index + 1), form);
}

async function saveDraft() {
  const view = await call('PUT', '/draft', body());
  if (view && view.draft) { answers = { ...(view.draft.answers || {}) }; comments = { ...(view.draft.comments || {}) }; }
}

function body() {
  const kept = {};
  for (const [k, v] of Object.entries(comments)) if (v && v.trim()) kept[k] = v.trim();
  return { answers, comments: kept };
}

/** Problems with the link itself replace the page; others are shown on the form. */
function handle(form, error) {
  if (error instanceof ApiError && [404, 409, 410].includes(error.status)) explain(error); else showProblem(form, error);
}

function renderSaved() {
  document.title = 'Your answers have been saved – Cohort Coach';
  const resume = el('button', { type: 'button', class: 'govuk-button', id: 'resume' }, 'Carry on answering now');
  resume.addEventListener('click', () => renderStep(firstUnansweredStep() < steps() ? firstUnansweredStep() : step));
  show(el('h2', { class: 'govuk-heading-l', id: 'saved-heading' }, 'Your answers have been saved'),
    el('p', { class: 'govuk-body' }, 'To carry on, open the same link from your email. Your saved answers will be filled in and you will start where you stopped.'),
    el('p', { class: 'govuk-body' }, `The survey closes on ${formatDateTime(survey.wave.closesAt)} (UK time). Your answers are only counted once you submit them.`),
    resume);
}

function renderCheck() {
  step = steps();
  document.title = `Check your answers – step ${steps() + 1} of ${steps() + 1} – Cohort Coach`;
  const sections = survey.components.map((component, index) => {
    const change = el('button', { type: 'button', class: 'app-link-button govuk-link' }, 'Change',
      el('span', { class: 'govuk-visually-hidden' }, ` your answers on ${component.title.toLowerCase()}`));
    change.addEventListener('click', () => renderStep(index));
    const rows = component.statements.map((s) => el('div', { class: 'govuk-summary-list__row' },
      el('dt', { class: 'govuk-summary-list__key' }, s.text),
      el('dd', { class: 'govuk-summary-list__value' }, answers[s.id] ? stageLabel(answers[s.id]) : el('span', { class: 'app-suppressed' }, 'Not answered'))));
    if (component.commentAllowed) {
      rows.push(el('div', { class: 'govuk-summary-list__row' },
        el('dt', { class: 'govuk-summary-list__key' }, 'Comments'),
        el('dd', { class: 'govuk-summary-list__value app-wrap' }, (comments[component.component] || '').trim() || el('span', { class: 'app-suppressed' }, 'None'))));
    }
    return el('div', { class: 'govuk-summary-card' },
      el('div', { class: 'govuk-summary-card__title-wrapper' },
        el('h3', { class: 'govuk-summary-card__title' }, component.title),
        el('ul', { class: 'govuk-summary-card__actions' }, el('li', { class: 'govuk-summary-card__action' }, change))),
      el('div', { class: 'govuk-summary-card__content' }, el('dl', { class: 'govuk-summary-list' }, rows)));
  });
  const submit = el('button', { type: 'submit', class: 'govuk-button', id: 'submit-answers' }, 'Submit your answers');
  const save = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'save-draft' }, 'Save and come back later');
  const back = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'previous' }, 'Previous step');
  back.addEventListener('click', () => renderStep(steps() - 1));
  const form = el('form', { id: 'check-form', novalidate: true },
    ...sections,
    el('h3', { class: 'govuk-heading-m' }, 'Now submit your answers'),
    el('p', { class: 'govuk-body' }, 'Your answers are anonymous: they are stored without your name and only shown as totals for groups of 5 or more people. Comments are shown only for groups of 5 or more, without your role or the time you answered. Once submitted, they cannot be changed.'),
    el('p', { class: 'govuk-body' }, el('a', { class: 'govuk-link', href: '/privacy' }, 'Read the privacy notice')),
    el('div', { class: 'govuk-button-group' }, submit, save, back));
  save.addEventListener('click', async () => {
    clearProblems(form);
    try { await busy(save, saveDraft, 'Saving…'); renderSaved(); } catch (error) { handle(form, error); }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    try {
      const done = await busy(submit, () => call('POST', '/submit', body()), 'Submitting…');
      renderConfirmation(done);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem.reason === 'already-submitted') explain(error);
      else handle(form, error);
    }
  });
  show(el('h2', { class: 'govuk-heading-l', id: 'check-heading' }, 'Check your answers before submitting'), progress(steps() + 1), form);
}

function renderConfirmation(done) {
  document.title = 'Answers submitted – Cohort Coach';
  const title = el('h2', { class: 'govuk-panel__title', id: 'confirmation-heading' }, 'Answers submitted');
  title.setAttribute('tabindex', '-1');
  title.classList.add('app-step-heading');
  page.replaceChildren(
    el('div', { class: 'govuk-panel govuk-panel--confirmation' }, title,
      el('div', { class: 'govuk-panel__body' }, 'Thank you for answering the survey')),
    el('p', { class: 'govuk-body' }, done && done.submittedAt ? `We received your answers on ${formatDateTime(done.submittedAt)} (UK time).` : 'We received your answers.'),
    el('h3', { class: 'govuk-heading-m' }, 'What happens next'),
    el('p', { class: 'govuk-body' }, 'Your programme team only sees the results as totals for groups of 5 or more people, never your own answers. Your link has now been used and cannot be used again. You can close this page.'));
  title.focus();
  window.scrollTo(0, 0);
}

async function start() {
  if (!token || !/^[A-Za-z0-9_-]{8,200}$/.test(token)) {
    explain(new ApiError(404, { title: 'Not found' }));
    return;
  }
  try {
    survey = await call('GET', '');
  } catch (error) {
    explain(error);
    return;
  }
  heading.textContent = `${waveName()} maturity survey`;
  answers = { ...((survey.draft && survey.draft.answers) || {}) };
  comments = { ...((survey.draft && survey.draft.comments) || {}) };
  const returning = Object.keys(answers).length > 0 || Object.keys(comments).length > 0;
  if (returning) {
    const index = firstUnansweredStep();
    if (index < steps()) renderStep(index); else renderCheck();
    const note = el('div', { class: 'govuk-inset-text', id: 'welcome-back' }, 'Welcome back. Your saved answers are filled in; you are at the first step with something left to answer.');
    page.insertBefore(note, page.children[1]);
  } else {
    renderIntro();
  }
}

function renderIntro() {
  const begin = el('button', { type: 'button', class: 'govuk-button govuk-button--start', id: 'start' }, 'Start now');
  begin.addEventListener('click', () => renderStep(0));
  show(el('h2', { class: 'govuk-heading-m', id: 'intro-heading' }, survey.framework),
    el('p', { class: 'govuk-body' }, `There are ${steps()} parts, one for each component of the maturity framework, then you check your answers and submit them.`),
    el('p', { class: 'govuk-body' }, `For each statement, choose the stage your collaborative has reached: ${survey.stages.map((s) => s.label.toLowerCase()).join(', ')}.`),
    el('p', { class: 'govuk-body' }, 'You can save your answers and come back later with the same link. Your answers are anonymous: results are only shown for groups of 5 or more people.'),
    el('p', { class: 'govuk-body', id: 'comments-notice' }, 'If you write a comment, your programme managers read it as you wrote it, '
      + 'but only when your collaborative has 5 or more responses, mixed with the others in random order, and without your role or when you answered. '
      + 'Do not write anything that would identify you or anyone else.'),
    el('p', { class: 'govuk-body' }, `The survey closes on ${formatDateTime(survey.wave.closesAt)} (UK time).`),
    begin);
}

start();
