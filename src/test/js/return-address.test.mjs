import {test} from 'node:test';
import assert from 'node:assert/strict';
import {returnAddress} from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/pmoflow/return-address.js';

test('a page of PMO Flow is followed after the login', () => {
  assert.equal(returnAddress('a=1; pmoflow-return=/pmo/projects?q=CRM; b=2'), '/pmo/projects?q=CRM');
  assert.equal(returnAddress('pmoflow-return=%2Fpmo%2Fprojects%2F3'), '/pmo/projects/3');
});

test('no other site, app or path is followed', () => {
  for (const address of ['//evil.example/pmo/', 'https://evil.example/pmo/x', '/camunda/app/cockpit/', '/pmo/../camunda',
    '/pmo/x"><script>', '/pmox', '%E0%A4%A', '']) {
    assert.equal(returnAddress('pmoflow-return=' + address), null, address);
  }
  assert.equal(returnAddress(''), null);
  assert.equal(returnAddress(undefined), null);
});
