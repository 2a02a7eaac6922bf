/*
 * PMO Flow: dates and times in the deployment's time zone (pmoflow.i18n.time-zone), whatever the
 * browser's zone (a custom script of each app's config.js).
 *
 * The webapps format dates with moment.js (the camDate filter) and AngularJS's date filter, both in
 * the browser's zone; moment-timezone is not part of them. So each instant is turned into the wall
 * clock of the configured zone (the browser's Intl knows every zone and its summer time) before it
 * is formatted. Where the browser's zone differs at that instant, times carry the zone's name, e.g.
 * "2 December 2026 11:05 JST".
 */
import { LANGUAGE, TIME_ZONE } from './language.js';

const WITH_TIME = ['normal', 'abbr', 'long'];
const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit'
});
const ZONE_NAME = new Intl.DateTimeFormat(LANGUAGE, { timeZone: TIME_ZONE, timeZoneName: 'short' });

const app = document.querySelector('base').getAttribute('app-name');
window.angular
  .module(`cam.${app}.custom`)
  .config(['$provide', (provide) => {
    provide.decorator('camDateFilter', ['$delegate', inTheZone]);
    provide.decorator('dateFilter', ['$delegate', angularDateInTheZone]);
    provide.decorator('camWidgetFooterDirective', ['$delegate', naming(TIME_ZONE)]);
  }]);

/** The footer says which zone dates and times are shown in: the configured one, not the browser's. */
function naming(zone) {
  return (directives) => {
    const footer = directives[0];
    const compile = footer.compile;
    footer.compile = function () {
      const link = compile.apply(this, arguments);
      return function (scope) {
        if (typeof link === 'function') {
          link.apply(this, arguments);
        }
        scope.timezoneName = zone;
      };
    };
    return directives;
  };
}

/**
 * The instant an ISO text with an offset names, as the engine's APIs give times
 * ("2026-12-02T02:05:00.000+0000"); a text without an offset is a wall time already.
 */
function instantOfText(value) {
  if (typeof value !== 'string' || !/(Z|[+-]\d\d:?\d\d)$/.test(value)) {
    return null;
  }
  const date = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date) ? null : date;
}

/** For camDate, which only ever shows a time: also a Date or milliseconds (as the history has them). */
function instant(value) {
  if (value instanceof Date || typeof value === 'number') {
    return isNaN(new Date(value)) ? null : new Date(value);
  }
  return instantOfText(value);
}

/** The instant's date and time on a clock in the zone, as an ISO text without an offset. */
function wallClock(date) {
  const part = Object.fromEntries(WALL_CLOCK.formatToParts(date).map((p) => [p.type, p.value]));
  const millis = String(date.getMilliseconds()).padStart(3, '0');
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}.${millis}`;
}

/** Minutes ahead of UTC in the zone at that instant. */
function zoneOffsetMinutes(date) {
  const clock = new Date(wallClock(date) + 'Z');
  return Math.round((clock.getTime() - date.getTime()) / 60000);
}

function differsFromTheBrowser(date) {
  return zoneOffsetMinutes(date) !== -date.getTimezoneOffset();
}

function zoneName(date) {
  const name = ZONE_NAME.formatToParts(date).find((p) => p.type === 'timeZoneName');
  return name ? name.value : TIME_ZONE;
}

function inTheZone(camDate) {
  return function (value, format) {
    const date = instant(value);
    if (!date) {
      return camDate(value, format);
    }
    const shown = camDate(wallClock(date), format);
    const withTime = WITH_TIME.includes(format || 'normal');
    return withTime && differsFromTheBrowser(date) ? `${shown} ${zoneName(date)}` : shown;
  };
}

/**
 * AngularJS's date filter also turns dates picked in the browser into texts sent to the engine
 * (Tasklist's and Cockpit's inline fields, Admin's metrics): only the engine's own times move.
 */
function angularDateInTheZone(date) {
  return function (value, format, timezone) {
    const at = timezone ? null : instantOfText(value);
    if (!at) {
      return date(value, format, timezone);
    }
    const minutes = zoneOffsetMinutes(at);
    const sign = minutes < 0 ? '-' : '+';
    const hhmm = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0') + String(Math.abs(minutes) % 60).padStart(2, '0');
    return date(at, format, sign + hhmm);
  };
}
