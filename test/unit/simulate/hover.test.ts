import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { hoverWithFindings } from '../../../src/core/hover/findingHover';
import { deploymentHoverProvider } from '../../../src/core/simulate/hover';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { group, yaml } from './helpers';

useGeneratedSchema();

const LINES = group(['MinSize: "2"', 'MaxSize: "6"', 'DesiredCapacity: "4"'], ['AutoScalingRollingUpdate:', '  MaxBatchSize: 2', '  MinInstancesInService: 2', '  WaitOnResourceSignals: true']);
const LINK = `[Show deployment](command:cfnCoach.showDeployment?${encodeURIComponent('["Web"]')})`;

describe('hover on the deciding setting', () => {
  it('UpdatePolicy, the policy and its settings give the one-line summary with a link to the view', () => {
    const template = yaml(...LINES);
    for (const word of ['UpdatePolicy', 'AutoScalingRollingUpdate', 'MaxBatchSize', 'WaitOnResourceSignals: true']) {
      const offset = template.text.indexOf(word) + word.length - 1;
      const hover = deploymentHoverProvider(template, offset);
      assert.deepEqual(hover?.sections, [
        { markdown: `**Stack update: AutoScalingRollingUpdate** (4 instances): 2 batches of 2, never fewer than 2 in service, up to 2 × 5 min waiting for signals. ${LINK}` },
      ], word);
    }
  });

  it('says nothing elsewhere in the resource', () => {
    const template = yaml(...LINES);
    assert.equal(deploymentHoverProvider(template, template.text.indexOf('MinSize')), undefined);
  });

  it('the exam explanation of a finding the simulator also reports links to the view', () => {
    const template = yaml(...group(['MinSize: 2', 'MaxSize: 2'], ['AutoScalingRollingUpdate:', '  MinInstancesInService: 2']));
    const offset = template.text.indexOf('MinInstancesInService: 2') + 'MinInstancesInService: 2'.length - 1;
    const hover = hoverWithFindings(template, offset, analyze(template).findings);
    const explanation = hover?.sections.find((section) => section.markdown.startsWith('### Why CX0910'));
    assert.ok(explanation);
    assert.ok(explanation.markdown.endsWith(`[Show the deployment of Web](command:cfnCoach.showDeployment?${encodeURIComponent('["Web"]')})`), explanation.markdown);
  });
});
