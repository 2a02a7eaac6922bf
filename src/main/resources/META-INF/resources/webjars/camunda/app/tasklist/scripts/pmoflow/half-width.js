/*
 * PMO Flow: a number typed with a Japanese input method in full-width mode (１２，０００, －５, ３．５)
 * read the way the person means it, as the server reads it (io.pmoflow.web.FullWidth): full-width
 * ASCII as ASCII, the ideographic space as a space, minus-like marks (−, ー, ‐ …) as '-'. No DOM
 * here, so it can be tested alone; number-fields.js applies it to form-js's number fields.
 */

const FULL_WIDTH_FIRST = 0xFF01;
const FULL_WIDTH_LAST = 0xFF5E;
const TO_ASCII = 0xFEE0;
const MINUS_LIKE = new Set([0x2212, 0x2010, 0x2011, 0x2012, 0x2013, 0x30FC, 0xFF70]);

function halfWidth(code) {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    return code - TO_ASCII;
  }
  if (code === 0x3000) {
    return 0x20;
  }
  return MINUS_LIKE.has(code) ? 0x2D : code;
}

/** Full-width ASCII, the ideographic space and minus-like marks as their half-width characters. */
export function toHalfWidth(text) {
  return Array.from(String(text), c => String.fromCodePoint(halfWidth(c.codePointAt(0)))).join('');
}

const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * What a number field should hold of what was typed: half-width, without spaces, and without the
 * thousands separators of a grouped number (12,000 is twelve thousand, as Japanese writes it; form-js
 * itself would read the comma as a decimal point). Anything else is left for form-js to judge.
 */
export function numberText(text) {
  const half = toHalfWidth(text).replace(/\s+/g, '');
  return GROUPED.test(half) ? half.replace(/,/g, '') : half;
}
