/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): form-js's number fields take what a
 * Japanese input method types in full-width mode (１２０００, －５, １２，０００), read half-width
 * (half-width.js). form-js reads such text as "not a number", and while the input method is still
 * composing it would replace the field's text by "NaN"; so the composing text is kept from form-js,
 * and what is typed reaches it half-width, as if typed so. The server reads full-width too
 * (io.pmoflow.web.FullWidth); this is for the person, who sees the number they meant.
 */
import {numberText} from './half-width.js';

function numberInput(target) {
  return target instanceof HTMLInputElement && target.matches('.fjs-container .fjs-form-field-number input.fjs-input')
    ? target : null;
}

/** Writes the half-width text into the field, the caret as far from the end as before; true if it changed. */
function toHalfWidth(input) {
  const before = input.value;
  const after = numberText(before);
  if (after === before) {
    return false;
  }
  const fromEnd = before.length - (input.selectionEnd === null ? before.length : input.selectionEnd);
  input.value = after;
  const caret = Math.max(0, after.length - fromEnd);
  input.setSelectionRange(caret, caret);
  return true;
}

// capturing on the document runs before form-js's own handler on the field
document.addEventListener('input', event => {
  const input = numberInput(event.target);
  if (!input) {
    return;
  }
  if (event.isComposing) {
    event.stopPropagation(); // form-js sees the text when the input method commits it
    return;
  }
  toHalfWidth(input);
}, true);

document.addEventListener('compositionend', event => {
  const input = numberInput(event.target);
  if (input) {
    toHalfWidth(input);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
}, true);

export default [];
