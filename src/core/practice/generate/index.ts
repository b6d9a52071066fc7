/**
 * Questions from the student's own templates. The registry is data: each kind is one file under
 * kinds/ and one line here. Kinds built on the deployment simulator (issue 14) join the list once it
 * lands; they declare `needs: ['simulator']` and are skipped where the host gives no simulator.
 */
import { analyze } from '../../analyze';
import type { Finding } from '../../findings';
import { checkContext } from '../../rules/catalogue/support/context';
import type { Schema } from '../../schema/schema';
import type { Template } from '../../template';
import type { TemplateQuestion } from '../types';
import { asgFewestInService } from './kinds/asgFewestInService';
import { asgUnhealthyInstance } from './kinds/asgUnhealthyInstance';
import { asgUpdateBehaviour } from './kinds/asgUpdateBehaviour';
import { beanstalkDeployment } from './kinds/beanstalkDeployment';
import { catalogueFinding } from './kinds/catalogueFinding';
import { codeDeployAlarmOutcome } from './kinds/codeDeployAlarmOutcome';
import { codeDeployRollbackSettings } from './kinds/codeDeployRollbackSettings';
import { creationOrder } from './kinds/creationOrder';
import { creationSignals } from './kinds/creationSignals';
import { deploymentPreferenceType } from './kinds/deploymentPreferenceType';
import { ecsFailedDeployment } from './kinds/ecsFailedDeployment';
import { failoverAnswer } from './kinds/failoverAnswer';
import { inPlaceProperty } from './kinds/inPlaceProperty';
import { parameterNoEcho } from './kinds/parameterNoEcho';
import { rdsZoneFailure } from './kinds/rdsZoneFailure';
import { replacedData } from './kinds/replacedData';
import { replacingProperty } from './kinds/replacingProperty';
import { rollingUpdateWait } from './kinds/rollingUpdateWait';
import { stackDeleteData } from './kinds/stackDeleteData';
import { trafficShiftTime } from './kinds/trafficShiftTime';
import { weightedShare } from './kinds/weightedShare';
import type { GenerateContext, QuestionKind } from './types';

export type { GenerateContext, KindNeed, QuestionKind } from './types';

export const QUESTION_KINDS: readonly QuestionKind[] = [
  // CloudFormation: updates, replacement, deletion, creation (T28, T20, T09)
  replacingProperty,
  inPlaceProperty,
  replacedData,
  stackDeleteData,
  creationOrder,
  creationSignals,
  parameterNoEcho,
  // Auto Scaling groups (T07, T09)
  asgUpdateBehaviour,
  asgFewestInService,
  rollingUpdateWait,
  asgUnhealthyInstance,
  // CodeDeploy, SAM, ECS, Elastic Beanstalk deployments (T06, T14, T17, T18)
  codeDeployAlarmOutcome,
  codeDeployRollbackSettings,
  trafficShiftTime,
  deploymentPreferenceType,
  ecsFailedDeployment,
  beanstalkDeployment,
  // Data and routing (T20, T25, T26)
  rdsZoneFailure,
  failoverAnswer,
  weightedShare,
  // The exam-practice catalogue's findings
  catalogueFinding,
];

/** At most this many questions of one kind from one template, so one large template does not crowd a round. */
export const MAX_QUESTIONS_PER_KIND = 3;

export interface TemplateSource {
  uri: string;
  template: Template;
  /** The findings the host already has for this text; computed when needed otherwise. */
  findings?: readonly Finding[];
}

export interface GenerateOptions {
  schema?: Schema;
  kinds?: readonly QuestionKind[];
  simulator?: unknown;
}

/** Every question the kinds can ask about this template; none for a file that is not a template. */
export function templateQuestions(source: TemplateSource, options: GenerateOptions = {}): TemplateQuestion[] {
  const { template } = source;
  if (!template.isTemplate || !template.root) return [];
  let findings = source.findings;
  const context: GenerateContext = {
    uri: source.uri,
    fileName: fileNameOf(source.uri),
    template,
    checks: checkContext(template),
    schema: options.schema,
    findings: () => (findings ??= analyze(template).findings),
    ...(options.simulator === undefined ? {} : { simulator: options.simulator }),
  };
  return (options.kinds ?? QUESTION_KINDS).filter((kind) => canRun(kind, context)).flatMap((kind) => generateSafely(kind, context));
}

function canRun(kind: QuestionKind, context: GenerateContext): boolean {
  return kind.needs.every((need) => (need === 'schema' ? context.schema !== undefined : need === 'simulator' ? context.simulator !== undefined : true));
}

/** A kind that throws on some odd template gives no questions; the others still do. */
function generateSafely(kind: QuestionKind, context: GenerateContext): TemplateQuestion[] {
  try {
    return kind.generate(context).slice(0, MAX_QUESTIONS_PER_KIND);
  } catch {
    return [];
  }
}

/** The last path segment of a URI, decoded: `file:///w/app%20stack.yaml` → `app stack.yaml`, `untitled:Untitled-1` → `Untitled-1`. */
export function fileNameOf(uri: string): string {
  const last = (uri.split(/[/\\]/).pop() ?? uri).replace(/^[a-z][a-z0-9+.-]*:/i, '');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
