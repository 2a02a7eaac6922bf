// node --test src/test/js/ (npm run test:tasklist): form-js's date picker (flatpickr) in Japanese, as form-js-language.js applies it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {CALENDARS, localizeCalendar} from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/pmoflow/form-js-calendar.js';

/** A calendar as flatpickr 4 has it: its config, set() as flatpickr applies options, the drawn list of months. */
function picker() {
  const options = Array.from({length: 12}, (_, month) => ({value: String(month), textContent: new Date(2030, month).toLocaleString('en', {month: 'long'})}));
  const calls = [];
  return {
    config: {locale: 'default', ariaDateFormat: 'F j, Y'},
    monthsDropdownContainer: {querySelectorAll: selector => (selector === 'option' ? options : [])},
    options,
    calls,
    set(values) {
      calls.push(values);
      Object.assign(this.config, values);
    }
  };
}

test('a calendar opened for a Japanese reader gets Japanese months, weekdays and spoken dates', () => {
  const calendar = picker();
  assert.equal(localizeCalendar(calendar, 'ja'), true);
  assert.deepEqual(calendar.config.locale.weekdays.shorthand, ['日', '月', '火', '水', '木', '金', '土']);
  assert.equal(calendar.config.locale.months.longhand[0], '1月');
  assert.equal(calendar.config.ariaDateFormat, 'Y年n月j日');
  assert.deepEqual(calendar.options.map(option => option.textContent),
      ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
  // the week still starts on Sunday, as Japanese calendars print it and as the English one does
  assert.equal(calendar.config.locale.firstDayOfWeek, 0);
});

test('a calendar is set once: the redraw that setting causes changes nothing more', () => {
  const calendar = picker();
  localizeCalendar(calendar, 'ja');
  assert.equal(localizeCalendar(calendar, 'ja'), false);
  assert.equal(calendar.calls.length, 1);
});

test('English readers, and inputs without a calendar, are left alone', () => {
  const calendar = picker();
  assert.equal(localizeCalendar(calendar, 'en'), false);
  assert.equal(calendar.calls.length, 0);
  assert.equal(calendar.options[0].textContent, 'January');
  assert.equal(localizeCalendar(undefined, 'ja'), false);
  assert.equal(localizeCalendar({}, 'ja'), false);
});

test('every month and weekday has its Japanese name', () => {
  const {locale} = CALENDARS.ja;
  assert.equal(new Set(locale.months.longhand).size, 12);
  assert.equal(locale.months.shorthand.length, 12);
  assert.equal(locale.weekdays.longhand.length, 7);
  assert.ok(locale.weekdays.longhand.every((day, i) => day.startsWith(locale.weekdays.shorthand[i])));
});
