/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): a refused form shows each rule it
 * broke directly under the field it names, and what was typed survives a reload.
 *
 * Tasklist 7.24 shows a server's refusal only in its own message box (under a task's form, over a
 * start form). This script reads the refusal that Tasklist received, finds the fields its problems
 * name by their labels (refusal-message.js), and shows each rule under its field the way form-js
 * shows its own errors, announced to screen readers, scrolled to and focused; the message goes away
 * when the field is edited. A message that names no field stays only in Tasklist's box.
 *
 * Typed values: Tasklist keeps a task form's values in the browser only when "Save" is pressed
 * (localStorage "camunda-form:<task id>", restored when the task is opened). After a refused
 * completion this script stores what was sent the same way, so a reload brings it back; Tasklist
 * removes it when the task is completed.
 *
 * Display only: nothing here decides or submits anything; every rule is checked by the server.
 */
import {onSubmission} from './submissions.js';
import {namesOf, placeRefusal} from './refusal-message.js';

let counter = 0;

function formOf(kind) {
  const scope = kind === 'start' ? '.modal-dialog .fjs-container' : '.task-details .fjs-container';
  return document.querySelector(scope) || document.querySelector('.fjs-container');
}

function fieldsOf(form) {
  return Array.from(form.querySelectorAll('.fjs-form-field')).map(element => {
    const label = element.querySelector('.fjs-form-field-label, label');
    return {element, names: label ? namesOf(label.textContent) : []};
  }).filter(field => field.names.length);
}

function inputsOf(element) {
  return Array.from(element.querySelectorAll('input:not([type=hidden]), textarea, select, [tabindex="0"]'));
}

function clear(element) {
  const message = element.querySelector(':scope > .pmoflow-refusal');
  if (!message) {
    return;
  }
  inputsOf(element).forEach(input => {
    const rest = (input.getAttribute('aria-describedby') || '').split(' ').filter(id => id && id !== message.id);
    if (rest.length) {
      input.setAttribute('aria-describedby', rest.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
    input.removeAttribute('aria-invalid');
  });
  message.remove();
  if (!element.querySelector(':scope > .fjs-form-field-error')) {
    element.classList.remove('fjs-has-errors');
  }
}

function show(element, texts) {
  clear(element);
  const message = document.createElement('div');
  message.id = 'pmoflow-refusal-' + (++counter);
  message.className = 'fjs-form-field-error pmoflow-refusal';
  message.setAttribute('role', 'alert');
  const list = document.createElement('ul');
  texts.forEach(text => {
    const item = document.createElement('li');
    item.textContent = text; // text, never markup
    list.appendChild(item);
  });
  message.appendChild(list);
  element.appendChild(message);
  element.classList.add('fjs-has-errors');
  inputsOf(element).forEach(input => {
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    input.setAttribute('aria-describedby', ids.concat(message.id).join(' '));
    input.setAttribute('aria-invalid', 'true');
  });
  if (!element.pmoflowEdited) {
    element.pmoflowEdited = () => clear(element);
    element.addEventListener('input', element.pmoflowEdited);
    element.addEventListener('change', element.pmoflowEdited);
  }
}

function showRefusal(kind, message) {
  const form = formOf(kind);
  if (!form) {
    return;
  }
  form.querySelectorAll('.pmoflow-refusal').forEach(old => clear(old.parentElement));
  const byField = new Map();
  placeRefusal(message, fieldsOf(form)).forEach(({field, text}) => {
    byField.set(field.element, (byField.get(field.element) || []).concat(text));
  });
  byField.forEach((texts, element) => show(element, texts));
  const first = byField.keys().next().value;
  if (first) {
    first.scrollIntoView({block: 'center'});
    const input = inputsOf(first).find(candidate => !candidate.disabled && !candidate.readOnly);
    if (input) {
      input.focus({preventScroll: true});
    }
  }
}

/** What Tasklist's "Save" would have stored: the form's values, objects as objects. */
function typedValues(sent) {
  const variables = (sent && sent.variables) || {};
  const values = {};
  Object.keys(variables).forEach(name => {
    const variable = variables[name] || {};
    let value = variable.value;
    if (variable.type === 'Json' && typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch (notJson) {
        // kept as sent
      }
    }
    values[name] = value;
  });
  return values;
}

function keepTyped(taskId, sent) {
  try {
    localStorage.setItem('camunda-form:' + taskId, JSON.stringify(typedValues(sent)));
  } catch (full) {
    console.warn('PMO Flow: the typed values could not be kept in this browser', full);
  }
}

onSubmission(({kind, id, status, sent, answer}) => {
  if (status < 400) {
    return;
  }
  if (kind === 'task') {
    keepTyped(id, sent);
  }
  if (answer && typeof answer.message === 'string') {
    showRefusal(kind, answer.message);
  }
});

const style = document.createElement('style');
style.textContent = '.fjs-container .pmoflow-refusal ul { margin: 0; padding-left: 0; list-style: none; }';
document.head.appendChild(style);

export default [];
