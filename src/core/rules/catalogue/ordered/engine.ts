/**
 * One catalogue check per ordered pair: a lower bound above its upper bound (or equal to it where the
 * service wants them apart), for every value the template can give them (literals, a parameter's
 * AllowedValues, both branches of Fn::If). Values the template cannot tell are left alone.
 */
import { isMap, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { numbersOf } from '../autoscaling/groups';
import type { OrderedPair } from './types';

interface Holder {
  node: MapNode;
  path: NodePath;
}

/** The maps at `at` below the resource's Properties, with their paths from the template's root. */
function holders(properties: TemplateNode | undefined, at: readonly string[], path: NodePath): Holder[] {
  if (at.length === 0) return isMap(properties) ? [{ node: properties, path }] : [];
  const [step, ...rest] = at;
  if (step === '*') return isSeq(properties) ? properties.items.flatMap((item, index) => holders(item, rest, [...path, index])) : [];
  return holders(valueOf(properties, step), rest, [...path, step]);
}

function wrongOrder(context: CheckContext, pair: OrderedPair, holder: Holder): CheckHit | undefined {
  const lowerNode = valueOf(holder.node, pair.lower);
  const lower = numbersOf(context, lowerNode);
  const upper = numbersOf(context, valueOf(holder.node, pair.upper));
  if (!lowerNode || !lower || !upper) return undefined;
  const least = Math.min(...lower);
  const most = Math.max(...upper);
  if (least < most || (least === most && pair.equalAllowed)) return undefined;
  const relation = least === most ? 'equal to' : 'above';
  const within = holder.path
    .slice(3)
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
    .join('')
    .slice(1);
  return {
    message:
      `${pair.lower} ${least} is ${relation} ${pair.upper} ${most}${within ? ` in ${within}` : ''} of '${holder.path[1]}': ` +
      `${pair.type} takes a ${pair.lower} ${pair.equalAllowed ? 'no greater than' : 'below'} its ${pair.upper}`,
    span: lowerNode.span,
    path: [...holder.path, pair.lower],
  };
}

export function orderedPairCheck(pair: OrderedPair): CatalogueCheck {
  return {
    id: pair.id,
    title: `${pair.type} ${[...pair.at.filter((step) => step !== '*'), pair.lower].join('.')} ${pair.equalAllowed ? 'above' : 'not below'} ${pair.upper}`,
    topics: pair.topics,
    severity: 'error',
    url: pair.url,
    rejection: { quote: pair.quote, url: pair.url },
    explanation: { what: pair.what, exam: pair.exam },
    resourceTypes: [pair.type],
    run(context) {
      const hits: CheckHit[] = [];
      for (const resource of context.resources(pair.type)) {
        for (const holder of holders(resource.properties, pair.at, ['Resources', resource.logicalId, 'Properties'])) {
          const hit = wrongOrder(context, pair, holder);
          if (hit) hits.push(hit);
        }
      }
      return hits;
    },
  };
}
