/** T17: the memory a task definition's containers reserve, against the task's own Memory. */
import { entryOf, isMap, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber } from '../support/values';
import { amountOf } from './taskDefinitions';

const CONTAINER_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html';

/** What one container reserves (its MemoryReservation, else its Memory); undefined when computed, null when it sets neither. */
function reservedBy(container: TemplateNode): number | null | undefined {
  if (!isMap(container)) return undefined;
  const node = valueOf(container, 'MemoryReservation') ?? valueOf(container, 'Memory');
  return node === undefined ? null : literalNumber(node);
}

/** CX1740: the containers reserve more memory than the task has. */
export const containersOverTaskMemory: CatalogueCheck = {
  id: 'CX1740',
  title: 'ECS containers reserve more memory in total than the task definition’s Memory',
  topics: ['T17'],
  severity: 'error',
  url: CONTAINER_PAGE,
  rejection: {
    quote: 'The total amount of memory reserved for all containers within a task must be lower than the task memory value, if one is specified.',
    url: CONTAINER_PAGE,
  },
  explanation: {
    what:
      'A task definition’s Memory is what the whole task gets. Each container reserves its MemoryReservation (the soft limit), or its ' +
      'Memory (the hard limit) when it sets no reservation; together they must fit in the task’s Memory, and ECS refuses the task ' +
      'definition when they do not.',
    exam:
      'size the task (on Fargate one of its CPU and memory pairs) for all its containers, side-cars included; give a container a soft ' +
      'MemoryReservation and a higher hard Memory limit when it needs bursts.',
    trap: 'on Fargate the task-level Memory is what you pay for; container limits only divide it.',
  },
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources('AWS::ECS::TaskDefinition')) {
      const memoryEntry = entryOf(task.properties, 'Memory');
      const taskMemory = memoryEntry && amountOf(memoryEntry.value, 'gb');
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!memoryEntry || taskMemory === undefined || !isSeq(containers)) continue;
      const reserved = containers.items.map(reservedBy);
      if (reserved.some((amount) => amount === undefined)) continue;
      const total = reserved.reduce<number>((sum, amount) => sum + (amount ?? 0), 0);
      if (total <= taskMemory) continue;
      hits.push({
        message:
          `The containers of task definition '${task.logicalId}' reserve ${total} MiB of memory in all, more than the task's Memory ` +
          `(${taskMemory} MiB): ECS refuses the task definition; raise the task's Memory or lower the containers' MemoryReservation or Memory`,
        span: memoryEntry.value.span,
        path: ['Resources', task.logicalId, 'Properties', 'Memory'],
      });
    }
    return hits;
  },
};
