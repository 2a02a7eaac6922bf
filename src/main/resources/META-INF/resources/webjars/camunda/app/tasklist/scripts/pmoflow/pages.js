/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): the header links the pages around the
 * tasks (/pmo: projects, portfolio, vendors), and a login that began on one of those pages returns
 * to it. Tasklist itself knows no return address outside its own routes, so the page asked for is
 * in the cookie pmoflow-return (set by the server's PageLoginFilter); only an address of the pages
 * is followed, never another site. A form's links (the case's page at the end of every form) stay
 * clickable before the task is claimed: Tasklist veils an unclaimed task's form with a layer
 * (.disabled-form:before, z-index 1000) that would otherwise take every click.
 */
import {LANGUAGE} from '../../../pmoflow/language.js';
import {RETURN_COOKIE, returnAddress} from './return-address.js';

const WORDS = {en: {projects: 'Projects'}, ja: {projects: 'プロジェクト'}}[LANGUAGE] || {projects: 'Projects'};

/** The application's address: Tasklist's app root (e.g. /camunda) without the webapps' own segment. */
function applicationRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '');
}

function forgetReturn() {
  document.cookie = `${RETURN_COOKIE}=; path=/; max-age=0; SameSite=Lax`;
}

function withPagesLink(directives) {
  const header = directives[0];
  const engines = '<li engine-select></li>';
  if (!header.template.includes(engines)) {
    console.error('PMO Flow: the webapps\' header has changed; the link to the projects is not shown');
    return directives;
  }
  header.template = header.template.replace(engines, `<li class="pmoflow-pages" ng-if="authentication.name" ng-cloak>
      <a href="${applicationRoot()}/pmo/projects">${WORDS.projects}</a>
    </li>
    ${engines}`);
  return directives;
}

/** Lifts the links of a read-only form above Tasklist's veil; the fields stay under it. */
const LINKS_ABOVE_THE_VEIL = '.disabled-form .fjs-container a[href] { position: relative; z-index: 1001; }';

if (typeof document !== 'undefined') {
  const style = document.createElement('style');
  style.textContent = LINKS_ABOVE_THE_VEIL;
  document.head.appendChild(style);
}

if (typeof window !== 'undefined' && window.angular) {
  window.angular
    .module('cam.tasklist.custom')
    .config(['$provide', (provide) => provide.decorator('camWidgetHeaderDirective', ['$delegate', withPagesLink])])
    .run(['$rootScope', (rootScope) => {
      rootScope.$on('authentication.login.success', () => {
        const address = returnAddress(document.cookie);
        if (address) {
          forgetReturn();
          window.location.assign(applicationRoot() + address);
        }
      });
    }]);
}
