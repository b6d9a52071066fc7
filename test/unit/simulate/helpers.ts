import assert from 'node:assert/strict';
import { simulateTemplate, type ResourceSimulation, type SimulationOptions, type Timeline } from '../../../src/core/simulate';
import { parseTemplate } from '../../../src/core/template';

export const yaml = (...lines: string[]) => parseTemplate(lines.join('\n') + '\n', 'yaml');

/** The simulation of one resource of a YAML template; the test fails when there is none. */
export function simulated(lines: string[], logicalId: string, options: SimulationOptions = {}): ResourceSimulation {
  const found = simulateTemplate(yaml(...lines), options).find((simulation) => simulation.logicalId === logicalId);
  assert.ok(found, `${logicalId} is simulated`);
  return found;
}

/** The resource's timeline of this kind; the test fails when there is none. */
export function timelineOf(lines: string[], logicalId: string, kind: Timeline['kind'], options: SimulationOptions = {}): Timeline {
  const timeline = simulated(lines, logicalId, options).timelines.find((candidate) => candidate.kind === kind);
  assert.ok(timeline, `${logicalId} has a ${kind} timeline`);
  return timeline;
}

/** Each step as [in service old, in service new]. */
export const serving = (timeline: Timeline) => timeline.steps.map((step) => [step.inService?.old, step.inService?.new]);

export const problemCodes = (timeline: Timeline) => timeline.problems.map((problem) => problem.code);

/** An Auto Scaling group with these UpdatePolicy lines (indented under UpdatePolicy) and properties. */
export function group(properties: string[], updatePolicy: string[], extra: string[] = []): string[] {
  return [
    'Resources:',
    '  Web:',
    '    Type: AWS::AutoScaling::AutoScalingGroup',
    ...(updatePolicy.length > 0 ? ['    UpdatePolicy:', ...updatePolicy.map((line) => `      ${line}`)] : []),
    ...extra,
    '    Properties:',
    '      LaunchTemplate: {LaunchTemplateId: lt-1, Version: "1"}',
    ...properties.map((line) => `      ${line}`),
  ];
}
