/** Which of four property changes makes CloudFormation replace this resource (from the resource schema). */
import { valueOf } from '../../../model';
import { literalString } from '../../../rules/exam/values';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { changeText, customNameProperty, replacementTopics, updateBehaviour, type PropertyUpdate } from '../support/updateBehaviour';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

export const replacingProperty: QuestionKind = {
  kind: 'replacing-property',
  title: 'Which of four property changes replaces this resource',
  topics: ['T28'],
  domain: 'D2',
  needs: ['schema'],
  generate(context) {
    return resourceDeclarations(context.template.root)
      .map((resource) => questionFor(context, resource))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, resource: ResourceDeclaration): TemplateQuestion | undefined {
  const behaviour = updateBehaviour(context.schema, resource);
  const replacing = behaviour?.replacing.find((property) => property.set);
  if (!behaviour || !replacing) return undefined;
  return buildQuestion(replacingProperty, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem:
      `A DevOps engineer edits ${resourceLabel(resource)} in \`${context.fileName}\` before the next stack update. ` +
      'Which change requires replacement: a new physical resource instead of an update of the existing one?',
    right: [{ text: changeText(replacing), why: replacedWhy(resource, replacing) }],
    wrong: behaviour.inPlace.map((property) => ({ text: changeText(property), why: inPlaceWhy(property) })),
    notes: ['update-replace-policy'],
    url: behaviour.url,
    topics: replacementTopics(resource.type),
  });
}

export function replacedWhy(resource: ResourceDeclaration, property: PropertyUpdate): string {
  const policy = literalString(valueOf(resource.body, 'UpdateReplacePolicy'));
  const old = policy === undefined ? 'deletes the old one (`UpdateReplacePolicy` is not set, so it is `Delete`)' : `handles the old one as its \`UpdateReplacePolicy: ${policy}\` says`;
  const name = customNameProperty(resource);
  const named = name && name !== property.name ? ` Because \`${name}\` gives the resource a custom name, that update fails until the name changes too.` : '';
  return `The resource reference says "Update requires: Replacement" for \`${property.name}\`: CloudFormation creates a new resource, moves references to it, then ${old}.${named}`;
}

export function inPlaceWhy(property: PropertyUpdate): string {
  return `CloudFormation updates \`${property.name}\` on the existing resource, which keeps its physical ID (some such updates interrupt the resource briefly, none replaces it).`;
}
