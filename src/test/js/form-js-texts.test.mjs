// node --test src/test/js/ (npm run test:tasklist): form-js's own texts in Japanese, as form-js-language.js shows them.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {translated} from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/pmoflow/form-js-texts.js';

const ja = text => translated(text, 'ja');

test('every validation message of form-js 1.8.7, word for word, reads in Japanese with its values', () => {
  assert.equal(ja('Field is required.'), '入力してください。');
  assert.equal(ja('Field must have minimum value of 1.'), '1 以上の値を入力してください。');
  assert.equal(ja('Field must have maximum value of 100.'), '100 以下の値を入力してください。');
  assert.equal(ja('Field must have minimum length of 3.'), '3 文字以上で入力してください。');
  assert.equal(ja('Field must have maximum length of 200.'), '200 文字以内で入力してください。');
  assert.equal(ja('Field must match pattern ^[A-Z]+\\.[0-9]$.'), '形式（^[A-Z]+\\.[0-9]$）に合わせて入力してください。');
  assert.equal(ja('Field must be a valid email.'), 'メールアドレスの形式で入力してください。');
  assert.equal(ja('Field must be a valid  international phone number. (e.g. +4930664040900)'),
      '国際電話番号の形式で入力してください（例：+4930664040900）。');
  assert.equal(ja('Value is not a number.'), '数値を入力してください（半角・全角の数字が使えます）。');
  assert.equal(ja('Value is expected to be an integer.'), '整数で入力してください。');
  assert.equal(ja('Value is expected to have at most 2 decimal digits.'), '小数点以下は 2 桁までで入力してください。');
  assert.equal(ja('Value is expected to have at most 1 decimal digit.'), '小数点以下は 1 桁までで入力してください。');
  assert.equal(ja('Please select a valid value, the two nearest valid values are 10 and 15.'),
      '有効な値を入力してください。近い有効な値は 10 と 15 です。');
  assert.equal(ja('Date and time must both be entered.'), '日付と時刻の両方を入力してください。');
});

test('the placeholders and list notes of select and tag list', () => {
  assert.equal(ja('Select'), '選択してください');
  assert.equal(ja(' Search '), '検索');
  assert.equal(ja('No results'), '該当なし');
  assert.equal(ja('All values selected'), 'すべて選択済み');
});

test('no Japanese text is left with an English word of the message', () => {
  ['Field is required.', 'Field must have minimum value of 1.', 'Value is not a number.', 'Date and time must both be entered.']
      .forEach(message => assert.doesNotMatch(ja(message), /Field|Value|must|required|number/));
});

test('other texts, English pages and texts that merely resemble a message are left alone', () => {
  assert.equal(ja('プロジェクト番号：プロジェクト 9 はありません'), null); // a server refusal, already in the reader's language
  assert.equal(ja('Field is required. Really.'), null);
  assert.equal(ja('Select a vendor'), null);
  assert.equal(ja(null), null);
  assert.equal(translated('Field is required.', 'en'), null);
  assert.equal(translated('Field is required.', 'ko'), null);
});
