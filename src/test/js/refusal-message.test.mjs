// node --test src/test/js/ (npm run test:tasklist): which fields a refusal names, as refusals.js places it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {namesOf, placeRefusal} from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/pmoflow/refusal-message.js';

const field = label => ({label, names: namesOf(label)});
const placed = (message, fields) => placeRefusal(message, fields).map(p => [p.field.label, p.text]);

test('a field is named by its label, without the required marker or a closing remark', () => {
  assert.deepEqual(namesOf('Requirements (at least one MUST)*'), ['Requirements (at least one MUST)', 'Requirements']);
  assert.deepEqual(namesOf(' Title * '), ['Title']);
  assert.deepEqual(namesOf('評価基準（配点の合計は 100）*'), ['評価基準（配点の合計は 100）', '評価基準']);
  assert.deepEqual(namesOf(''), []);
});

test('"Label: rule" is placed at the field with that label', () => {
  const fields = [field('Vendor number'), field('Members')];
  assert.deepEqual(placed('Vendor number: there is no vendor with number 99; the PMO registers a vendor before onboarding it', fields),
      [['Vendor number', 'Vendor number: there is no vendor with number 99; the PMO registers a vendor before onboarding it']]);
});

test('several problems go to their fields; a lead-in is left out', () => {
  const fields = [field('Title'), field('Requirements (at least one MUST)'), field('Evaluation criteria (weights sum to 100)')];
  assert.deepEqual(
      placed('The RFP cannot go to review yet: Requirements, row 2: id is used twice: F-01; Evaluation criteria weights must sum to 100 but sum to 90.', fields),
      [['Requirements (at least one MUST)', 'Requirements, row 2: id is used twice: F-01'],
       ['Evaluation criteria (weights sum to 100)', 'Evaluation criteria weights must sum to 100 but sum to 90.']]);
});

test('two lines of one list stay at that list', () => {
  assert.deepEqual(placed('Members, line 2: system is not a system in the catalogue; Members, line 3: e-mail is not an e-mail address',
      [field('Members')]).map(([label]) => label), ['Members', 'Members']);
});

test('the longest label wins, and a label must end where a word ends', () => {
  const fields = [field('Vendor (code)'), field('Vendor to award'), field('Title')];
  assert.deepEqual(placed('Vendor to award: choose one of the vendors who submitted a proposal', fields)[0][0], 'Vendor to award');
  assert.deepEqual(placed('Titles are not checked', fields), []);
});

test('a message that names no field is placed nowhere (it stays in Tasklist\'s box)', () => {
  const fields = [field('Decision'), field('Comments')];
  assert.deepEqual(placed('Approve or reject the RFP', fields), []);
  assert.deepEqual(placed('You asked for CR-3 yourself: another person must approve it.', fields), []);
  assert.deepEqual(placed('boardApprovals is not a field of this form', fields), []);
});

test('a part in small letters continues the problem before it; an unplaced problem does not join a placed one', () => {
  const fields = [field('Justification'), field('Title')];
  assert.deepEqual(placed('Justification: awarding globex instead of the top-ranked acme needs a written justification; write why in the field Justification', fields),
      [['Justification', 'Justification: awarding globex instead of the top-ranked acme needs a written justification; write why in the field Justification']]);
  assert.deepEqual(placed('Title is required; The schedule\'s dates is required', fields), [['Title', 'Title is required']]);
});

test('a Japanese refusal names its field with a full-width colon, after a lead-in ending in one', () => {
  const fields = [field('プロジェクト番号'), field('評価基準（配点の合計は 100）')];
  assert.deepEqual(placed('プロジェクト番号：プロジェクト 9 はありません', fields),
      [['プロジェクト番号', 'プロジェクト番号：プロジェクト 9 はありません']]);
  assert.deepEqual(placed('RFP はまだレビューに回せません：評価基準：配点の合計は 100 にしてください（現在 90）。', fields)[0][0], '評価基準（配点の合計は 100）');
  assert.deepEqual(placed('プロジェクト番号変更はできません', fields), []);
});
