// Writes every BPMN model in processes/ as the Camunda Modeler would: one element per line,
// indented, namespaces and Camunda extensions kept. `--check` only reports models that differ.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const check = process.argv.includes('--check');
const files = (await readdir('processes')).filter((f) => f.endsWith('.bpmn')).map((f) => `processes/${f}`);
const moddle = new BpmnModdle({ camunda });
let differing = 0;
for (const file of files) {
  const xml = await readFile(file, 'utf8');
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  if (warnings.length) {
    throw new Error(`${file}: ${warnings.map((w) => w.message).join('; ')}`);
  }
  const { xml: formatted } = await moddle.toXML(rootElement, { format: true });
  if (formatted.trim() !== xml.trim()) {
    differing++;
    if (check) {
      console.error(`${file} is not formatted: run npm run format:bpmn`);
    } else {
      await writeFile(file, formatted + '\n');
      console.log(`formatted ${file}`);
    }
  }
}
if (check && differing) {
  process.exit(1);
}
