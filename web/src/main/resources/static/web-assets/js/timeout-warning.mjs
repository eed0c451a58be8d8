// The timeout warning (enhancement only: without JavaScript a form sent after the sign-in expired is kept
// by the server and saved after signing in again). Two minutes before the platform token expires, a modal
// dialog (the layout's <dialog id="timeout-warning">) offers "Stay signed in" (POST /auth/refresh, which
// renews the gateway's session cookie) or "Sign out". Focus moves to the dialog and back; Escape means
// "stay signed in"; screen readers hear the time left once a minute, not every second.

const WARN_BEFORE_MS = 2 * 60 * 1000;

function cookie(name) {
  const found = document.cookie.split('; ').find((part) => part.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

function inWords(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(minutes + (minutes === 1 ? ' minute' : ' minutes'));
  if (rest > 0 || minutes === 0) parts.push(rest + (rest === 1 ? ' second' : ' seconds'));
  return parts.join(' ');
}

/** When the gateway says the sign-in now expires (another tab may have renewed it), or null. */
async function currentExpiry() {
  try {
    const response = await fetch('/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    const me = await response.json();
    return me.expiresAt ? Date.parse(me.expiresAt) : null;
  } catch (e) {
    return null;
  }
}

export function initTimeoutWarning() {
  const meta = document.querySelector('meta[name="cc-session-expires-at"]');
  const dialog = document.getElementById('timeout-warning');
  if (!meta || !dialog || typeof dialog.showModal !== 'function') return;

  const heading = dialog.querySelector('#timeout-warning-heading');
  const countdown = dialog.querySelector('[data-timeout-countdown]');
  const spoken = dialog.querySelector('[data-timeout-spoken]');
  const warning = dialog.querySelector('[data-timeout-warning]');
  const ended = dialog.querySelector('[data-timeout-ended]');
  const stay = dialog.querySelector('[data-timeout-stay]');
  const close = dialog.querySelector('[data-timeout-close]');
  let expiresAt = Date.parse(meta.content);
  let warnTimer = null;
  let tickTimer = null;
  let lastSpokenMinute = null;
  let returnFocusTo = null;

  function schedule() {
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    warnTimer = setTimeout(warn, Math.max(0, expiresAt - WARN_BEFORE_MS - Date.now()));
  }

  async function warn() {
    const latest = await currentExpiry();
    if (latest && latest > expiresAt + 1000) {
      expiresAt = latest;
      schedule();
      return;
    }
    open();
  }

  function open() {
    returnFocusTo = document.activeElement;
    warning.hidden = false;
    ended.hidden = true;
    lastSpokenMinute = null;
    if (!dialog.open) dialog.showModal();
    heading.focus();
    tick();
    tickTimer = setInterval(tick, 1000);
  }

  function tick() {
    const left = expiresAt - Date.now();
    if (left <= 0) {
      clearInterval(tickTimer);
      warning.hidden = true;
      ended.hidden = false;
      heading.textContent = heading.dataset.endedText;
      heading.focus();
      return;
    }
    countdown.textContent = inWords(left);
    const minute = Math.ceil(left / 60000);
    if (minute !== lastSpokenMinute) {
      lastSpokenMinute = minute;
      spoken.textContent = 'We will sign you out in ' + inWords(minute * 60000) + '.';
    }
  }

  function dismiss() {
    clearInterval(tickTimer);
    dialog.close();
    if (returnFocusTo && typeof returnFocusTo.focus === 'function') returnFocusTo.focus();
  }

  async function staySignedIn() {
    try {
      const response = await fetch('/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') },
      });
      if (!response.ok) throw new Error('refresh refused: ' + response.status);
      const renewed = await response.json();
      expiresAt = Date.parse(renewed.expiresAt);
      dismiss();
      schedule();
    } catch (e) {
      expiresAt = Math.min(expiresAt, Date.now());
      tick(); // shows "you have been signed out": what they send now is kept by the server
    }
  }

  stay.addEventListener('click', staySignedIn);
  close.addEventListener('click', dismiss);
  dialog.addEventListener('cancel', (event) => {
    // Escape: as "Stay signed in" while there is time, else just close
    event.preventDefault();
    if (ended.hidden) staySignedIn(); else dismiss();
  });
  schedule();
}
