/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): form-js's own messages ("Field is
 * required.", "Value is not a number." …) and placeholders in the page's language. form-js 1.8.7 in
 * Tasklist 7.24 has no translation hook (Tasklist creates the form without modules, and the
 * messages are literals), so this script rewrites them where form-js puts them, as they appear.
 * The words are in form-js-texts.js. Display only: form-js still validates as before. Date fields'
 * calendars (flatpickr) get the language's month and day names (form-js-calendar.js).
 */
import {LANGUAGE} from '../../../pmoflow/language.js';
import {translated} from './form-js-texts.js';
import {localizeCalendar} from './form-js-calendar.js';

// where form-js writes its own words: errors under a field, select's placeholder, a dropdown's note
const TEXTS = '.fjs-container .fjs-form-field-error li, .fjs-container .fjs-select-placeholder, .fjs-container .fjs-dropdownlist-empty';
const PLACEHOLDERS = '.fjs-container input[placeholder]';
// a date field's input, which holds its calendar
const DATE_INPUTS = '.fjs-container .fjs-form-field-datetime input';

function translateTexts(root) {
  root.querySelectorAll(TEXTS).forEach(element => {
    element.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const words = translated(node.nodeValue, LANGUAGE);
        if (words !== null) {
          node.nodeValue = words; // form-js renders the node again with its English when the message changes
        }
      }
    });
  });
  root.querySelectorAll(DATE_INPUTS).forEach(input => localizeCalendar(input._flatpickr, LANGUAGE));
  root.querySelectorAll(PLACEHOLDERS).forEach(input => {
    const words = translated(input.getAttribute('placeholder'), LANGUAGE);
    if (words !== null) {
      input.setAttribute('placeholder', words);
    }
  });
}

if (LANGUAGE !== 'en') {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (!pending) {
      pending = true;
      // once per batch of changes, before the browser paints
      queueMicrotask(() => {
        pending = false;
        translateTexts(document);
      });
    }
  });
  observer.observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']});
}

export default [];
