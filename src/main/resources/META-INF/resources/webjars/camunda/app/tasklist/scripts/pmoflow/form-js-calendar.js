/*
 * PMO Flow: the calendar of form-js's date fields in the page's language. Tasklist 7.24 renders
 * Camunda Forms with form-js 1.8.7, whose date field opens a flatpickr calendar created with
 * flatpickr's English default and no locale option. flatpickr keeps each calendar on its input
 * (`input._flatpickr`) and takes a locale while it runs (`set`, which redraws the days and the row
 * of weekdays); the list of months is drawn once, so its names are set here as well.
 * The Japanese is flatpickr's own `ja` locale (flatpickr, MIT licence), and the date read out to a
 * screen reader is written the Japanese way. No DOM here beyond what the calendar hands over, so it
 * can be tested alone (form-js-language.js applies it as calendars appear).
 */

const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

/** The calendar's words and settings per language (English is flatpickr's default). */
export const CALENDARS = {
  ja: {
    locale: {
      weekdays: {
        shorthand: ['日', '月', '火', '水', '木', '金', '土'],
        longhand: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日']
      },
      months: {shorthand: MONTHS, longhand: MONTHS},
      firstDayOfWeek: 0,
      time_24hr: true,
      rangeSeparator: ' から ',
      monthAriaLabel: '月',
      amPM: ['午前', '午後'],
      yearAriaLabel: '年',
      hourAriaLabel: '時間',
      minuteAriaLabel: '分'
    },
    // 2030年1月31日 (flatpickr's tokens: Y year, n month, j day; the kanji are kept as written)
    ariaDateFormat: 'Y年n月j日'
  }
};

/**
 * Puts a flatpickr calendar into the language; true when it changed it, false when there is no
 * calendar, the language is English (or one without a calendar table) or it is in the language already.
 */
export function localizeCalendar(picker, language) {
  const calendar = CALENDARS[language];
  if (!calendar || !picker || !picker.config || picker.config.locale === calendar.locale) {
    return false;
  }
  picker.set({locale: calendar.locale, ariaDateFormat: calendar.ariaDateFormat});
  const months = picker.monthsDropdownContainer;
  if (months) {
    months.querySelectorAll('option').forEach(option => {
      option.textContent = calendar.locale.months.longhand[Number(option.value)];
    });
  }
  return true;
}
