/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): after a process is started from
 * Tasklist's start dialog, the person sees the case's key (CR-12, RFP-3, the vendor's code) and
 * where to follow it. The address comes from the server (GET /api/cases/{process instance id},
 * answered to the person who started it), the same one the receipt mail names.
 */
import {onSubmission} from './submissions.js';
import {LANGUAGE} from '../../../pmoflow/language.js';

/** The notice's words in the page's language. */
const WORDS = {
  en: {started: 'Started: ', follow: '. Follow it: ', tasks: 'Its tasks in Tasklist: ', close: 'Close'},
  ja: {started: '開始しました：', follow: '。経過：', tasks: 'Tasklist のタスク：', close: '閉じる'}
}[LANGUAGE] || {started: 'Started: ', follow: '. Follow it: ', tasks: 'Its tasks in Tasklist: ', close: 'Close'};

/** The application's address: Tasklist's app root (e.g. /camunda) without the webapps' own segment. */
function applicationRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '');
}

function region() {
  let element = document.getElementById('pmoflow-started');
  if (!element) {
    element = document.createElement('div');
    element.id = 'pmoflow-started';
    element.setAttribute('role', 'status');
    element.setAttribute('aria-live', 'polite');
    element.style.cssText = 'position: fixed; top: 56px; left: 50%; transform: translateX(-50%); z-index: 1100;'
        + ' width: min(640px, 90vw);';
    document.body.appendChild(element);
  }
  return element;
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.target = '_blank';
  a.rel = 'noopener';
  a.className = 'alert-link';
  return a;
}

function announce(followUp) {
  const notice = document.createElement('div');
  notice.className = 'alert alert-success pmoflow-case-started';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', WORDS.close);
  close.textContent = '\u00d7';
  close.addEventListener('click', () => notice.remove());
  const text = document.createElement('div');
  text.append(WORDS.started);
  const key = document.createElement('strong');
  key.className = 'pmoflow-case-key';
  key.textContent = followUp.key;
  text.append(key, WORDS.follow, link(followUp.followUrl, followUp.followUrl));
  notice.append(close, text);
  if (followUp.tasksUrl !== followUp.followUrl) {
    const tasks = document.createElement('div');
    tasks.append(WORDS.tasks, link(followUp.tasksUrl, followUp.tasksUrl));
    notice.appendChild(tasks);
  }
  region().appendChild(notice);
}

onSubmission(({kind, status, answer}) => {
  if (kind !== 'start' || status >= 400 || !answer || !answer.id) {
    return;
  }
  fetch(applicationRoot() + '/api/cases/' + encodeURIComponent(answer.id), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  })
      .then(response => (response.ok ? response.json() : null))
      .then(followUp => followUp && followUp.key && announce(followUp))
      .catch(error => console.warn('PMO Flow: where to follow the started case is not known', error));
});

export default [];
