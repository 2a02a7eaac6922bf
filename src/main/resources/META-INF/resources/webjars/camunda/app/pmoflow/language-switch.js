/*
 * PMO Flow: the language switch of the webapps (a custom script of each app's config.js).
 *
 * Shows the webapp in the language of language.js and offers 日本語 / English in the user menu (on
 * the login page: the other language beside the login). A choice is kept in this browser and the
 * page loads again in that language. Every load also sets the cookie pmoflow-language, from which
 * the server writes forms, task names and messages in the same language.
 */
import { CHOICE_KEY, dateFormat, LANGUAGE, LANGUAGES } from './language.js';

const NAMES = { ja: '日本語', en: 'English' };
const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

tellTheServer(LANGUAGE);
document.documentElement.lang = LANGUAGE;
forgetCachedTranslations();

const app = document.querySelector('base').getAttribute('app-name');
window.angular
  .module(`cam.${app}.custom`)
  .config(['$translateProvider', 'camDateFormatProvider', '$provide', (translate, dates, provide) => {
    // the webapps pick navigator.languages[0]; this module's config runs after theirs
    translate.preferredLanguage(LANGUAGE);
    // the config's dateFormat again: Cockpit ignores it and sets formats of its own
    Object.entries(dateFormat(app)).forEach(([name, format]) => dates.setDateFormat(format, name));
    provide.decorator('camWidgetHeaderDirective', ['$delegate', withLanguageMenu]);
  }])
  .run(['$rootScope', (rootScope) => {
    rootScope.pmoflowLanguage = {
      current: LANGUAGE,
      options: LANGUAGES.map((key) => ({ key, name: NAMES[key] })),
      choose
    };
  }]);

function choose(language) {
  if (!LANGUAGES.includes(language)) {
    return;
  }
  try {
    window.localStorage.setItem(CHOICE_KEY, language);
  } catch (e) {
    console.error('PMO Flow: the language choice cannot be kept in this browser', e);
  }
  tellTheServer(language);
  // again from the server: task names, forms and messages come in the new language too
  window.location.reload();
}

function tellTheServer(language) {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${CHOICE_KEY}=${language}; path=/; max-age=${YEAR_IN_SECONDS}; SameSite=Lax${secure}`;
}

/**
 * The webapps keep each locales/<lang>.json in localStorage under the Camunda version and show that
 * copy before the file itself: a changed translation would show only from the second load on.
 */
function forgetCachedTranslations() {
  try {
    const stored = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
    Object.keys(stored).filter((key) => key.includes('_locales_data_')).forEach((key) => delete stored[key]);
    window.localStorage.setItem('camunda-web', JSON.stringify(stored));
  } catch (e) {
    // nothing cached, or storage blocked
  }
}

/**
 * The header (cam-widget-header) with the languages in the user menu, above "Sign out", and before
 * logging in (no user menu yet) as links beside the login.
 */
function withLanguageMenu(directives) {
  const header = directives[0];
  const signOut = '<li class="logout">';
  const engines = '<li engine-select></li>';
  if (!header.template.includes(signOut) || !header.template.includes(engines)) {
    console.error('PMO Flow: the webapps\' header has changed; the language switch is not shown');
    return directives;
  }
  header.template = header.template.replace(engines, `${engines}
    <li class="pmoflow-language-login" ng-if="!authentication.name" ng-cloak>
      <a href
         ng-repeat="option in $root.pmoflowLanguage.options"
         ng-if="option.key !== $root.pmoflowLanguage.current"
         lang="{{ option.key }}"
         ng-click="$root.pmoflowLanguage.choose(option.key)">{{ option.name }}</a>
    </li>`).replace(signOut, `
        <li class="dropdown-header pmoflow-language-heading" style="padding: 3px 10px">言語 / Language</li>
        <li ng-repeat="option in $root.pmoflowLanguage.options"
            class="pmoflow-language"
            ng-class="{active: option.key === $root.pmoflowLanguage.current}">
          <a href
             lang="{{ option.key }}"
             role="menuitemradio"
             aria-checked="{{ option.key === $root.pmoflowLanguage.current }}"
             ng-click="$root.pmoflowLanguage.choose(option.key)">{{ option.name }}</a>
        </li>
        <li class="divider"></li>
        ${signOut}`);
  return directives;
}
