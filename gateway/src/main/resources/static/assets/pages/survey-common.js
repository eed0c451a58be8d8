// Shared by the survey pages (waves, wave results): labels, stages, wave actions and chart readiness.
import { api, el, showProblem, showSuccess, busy, confirmAction, formatDateTime } from '/assets/app.js';

export const STAGES = [
  { value: 'NOT_YET_STARTED', label: 'Not yet started' },
  { value: 'JUST_STARTED', label: 'Just started' },
  { value: 'UNDERWAY', label: 'Underway' },
  { value: 'SUBSTANTIAL_PROGRESS', label: 'Substantial progress' },
  { value: 'FULLY_EMBEDDED', label: 'Fully embedded' },
];
export const STAGE_COLOURS = ['#b1b4b6', '#9fc5e8', '#5694ca', '#1d70b8', '#003078'];
export const FEWER_THAN_5 = 'fewer than 5';
export const PROTECTS_ANOTHER = 'hidden so that another hidden figure cannot be worked out';

/** Why a hidden figure is hidden, in words: the note the API gives ("fewer than 5", or hidden to protect another). */
export function hiddenReason(hidden) {
  return (hidden && hidden.note) || FEWER_THAN_5;
}

export function stageLabel(value) {
  const stage = STAGES.find((s) => s.value === value);
  return stage ? stage.label : '';
}

const ROLE_LABELS = {
  CHAIR: 'Chairs', CHIEF_EXECUTIVE: 'Chief executives', NON_EXECUTIVE_DIRECTOR: 'Non-executive directors',
  EXECUTIVE_DIRECTOR: 'Executive directors', IMPROVEMENT_LEAD: 'Improvement leads', PUBLIC_HEALTH_LEAD: 'Public health leads', OTHER: 'Other roles',
};
/** A leadership role category as people read it. */
export function roleLabel(category) {
  return ROLE_LABELS[category] || String(category || '').toLowerCase().replace(/_/g, ' ');
}

const LABELS = { baseline: 'Baseline', midpoint: 'Midpoint', end: 'End of programme' };
export function waveLabel(label) {
  return LABELS[label] || label || '';
}

/** A GOV.UK tag for the wave's status: scheduled ones say when they open (nobody is invited until then). */
export function statusTag(wave) {
  if (wave.status === 'SCHEDULED') {
    return el('strong', { class: 'govuk-tag govuk-tag--yellow' }, `Scheduled — opens ${formatDateTime(wave.opensAt)}`);
  }
  if (wave.status === 'CANCELLED') return el('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Cancelled');
  const open = wave.status === 'OPEN';
  return el('strong', { class: `govuk-tag ${open ? 'govuk-tag--green' : 'govuk-tag--grey'}` }, open ? 'Open' : 'Closed');
}

const REMINDER_STATES = { DUE: 'to be sent', SENT: 'sent', SKIPPED: 'skipped (already past when the wave opened)' };
/** The wave's automatic reminders in words, or null when it has none. */
export function remindersText(wave) {
  const reminders = wave.reminders || [];
  if (!reminders.length) return null;
  return reminders.map((r) => `${formatDateTime(r.dueAt)} (${REMINDER_STATES[r.state] || r.state})`).join('; ');
}

/**
 * The response rate a manager may see: invited always; responses and rate only when the API shows them
 * (5 or more, and not hidden so that another hidden figure cannot be worked out), otherwise the reason.
 */
export function rateText(invited, submitted, note) {
  if (submitted === null || submitted === undefined || submitted < 5) {
    const why = note && note !== FEWER_THAN_5 ? `responses ${note}` : `${FEWER_THAN_5} responded`;
    return el('span', {}, `${invited} invited, `, el('span', { class: 'app-suppressed' }, why));
  }
  const rate = invited ? Math.round((submitted / invited) * 1000) / 10 : 0;
  return `${submitted} of ${invited} responded (${rate}%)`;
}

/** Resolves when the page is parsed and Chart.js (a deferred script) is there; null if it failed to load. */
export function chartReady() {
  return new Promise((resolve) => {
    const done = () => resolve(window.Chart || null);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
    else done();
  });
}

/** Sends reminders for the wave now and says how many people were reminded. */
export async function sendReminders(button, wave, container, after) {
  try {
    const answer = await busy(button, () => api('POST', `/api/waves/${encodeURIComponent(wave.id)}/reminders`), 'Sending reminders…');
    const n = answer && typeof answer.reminded === 'number' ? answer.reminded : 0;
    showSuccess(container, n === 0 ? 'Nobody needed a reminder: everyone invited has answered.'
      : `Reminders sent to ${n} ${n === 1 ? 'person' : 'people'} who have not answered yet.`);
    if (after) await after();
  } catch (error) {
    showProblem(container, error);
  }
}

/** Cancels a scheduled wave after the manager confirms (nobody has been invited yet). */
export async function cancelWave(button, wave, container, after) {
  if (!confirmAction(`Cancel the ${waveLabel(wave.label)} survey? It has not opened, so nobody has been invited. This cannot be undone.`)) return;
  try {
    await busy(button, () => api('POST', `/api/waves/${encodeURIComponent(wave.id)}/cancel`), 'Cancelling…');
    showSuccess(container, `The ${waveLabel(wave.label)} survey is cancelled; it will not open.`);
    if (after) await after();
  } catch (error) {
    showProblem(container, error);
  }
}

/** Closes the wave after the manager confirms. */
export async function closeWave(button, wave, container, after) {
  if (!confirmAction(`Close the ${waveLabel(wave.label)} survey now? Nobody will be able to answer it after this. This cannot be undone.`)) return;
  try {
    await busy(button, () => api('POST', `/api/waves/${encodeURIComponent(wave.id)}/close`), 'Closing…');
    showSuccess(container, `The ${waveLabel(wave.label)} survey is closed.`);
    if (after) await after();
  } catch (error) {
    showProblem(container, error);
  }
}
