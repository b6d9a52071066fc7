/** Which of four property changes CloudFormation makes without replacing this resource (from the resource schema). */
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { changeText, replacementTopics, updateBehaviour } from '../support/updateBehaviour';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';
import { inPlaceWhy, replacedWhy } from './replacingProperty';

export const inPlaceProperty: QuestionKind = {
  kind: 'in-place-property',
  title: 'Which of four property changes updates this resource without replacing it',
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
  const inPlace = behaviour?.inPlace.find((property) => property.set);
  if (!behaviour || !inPlace) return undefined;
  // Only changes of values the template sets: adding a replacement property is not always a change.
  const replacing = behaviour.replacing.filter((property) => property.set);
  return buildQuestion(inPlaceProperty, context, {
    subject: resource.logicalId,
    path: resourcePath(resource),
    stem:
      `${resourceLabel(resource)} in \`${context.fileName}\` holds state that must survive the next stack update. ` +
      'Which change can CloudFormation make to the existing resource, without replacing it?',
    right: [{ text: changeText(inPlace), why: inPlaceWhy(inPlace) }],
    wrong: replacing.map((property) => ({ text: changeText(property), why: replacedWhy(resource, property) })),
    notes: ['update-replace-policy'],
    url: behaviour.url,
    topics: replacementTopics(resource.type),
  });
}
