// node --test src/test/js/ (npm run test:tasklist): numbers typed full-width, as number-fields.js puts them into form-js.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {numberText, toHalfWidth} from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/pmoflow/half-width.js';

test('full-width digits, minus, period and comma, and the ideographic space read half-width', () => {
  assert.equal(toHalfWidth('１２０００'), '12000');
  assert.equal(toHalfWidth('－３．５'), '-3.5');
  assert.equal(toHalfWidth('１２，０００'), '12,000');
  assert.equal(toHalfWidth('ＣＲＭ－２０２７\u3000Ａ'), 'CRM-2027 A');
});

test('minus-like marks an input method types for "-" are a minus, as the server reads them', () => {
  ['\u2212５', 'ー５', '\u2010５', '\u2013５', 'ｰ５'].forEach(typed => assert.equal(numberText(typed), '-5', typed));
});

test('a number field takes the number without spaces and without thousands separators', () => {
  assert.equal(numberText('１２０００'), '12000');
  assert.equal(numberText('１２，０００'), '12000');
  assert.equal(numberText('1,234,567.5'), '1234567.5');
  assert.equal(numberText('－２５０，０００'), '-250000');
  assert.equal(numberText('\u3000１２　０００ '), '12000');
});

test('what is not a number is left for form-js to judge, and half-width input is untouched', () => {
  assert.equal(numberText('12000'), '12000');
  assert.equal(numberText('3.25'), '3.25');
  assert.equal(numberText('1,5'), '1,5'); // not a grouped number: form-js's own reading (a decimal comma)
  assert.equal(numberText('１２ａｂ'), '12ab');
  assert.equal(numberText(''), '');
  assert.equal(numberText('一二'), '一二'); // kanji numerals are not converted
});
