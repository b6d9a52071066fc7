/** T17: port mappings ECS refuses in the awsvpc and host network modes, where a container's port is the host's. */
import { isMap, isScalar, isSeq, valueOf, type ScalarNode, type TemplateNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';
import { isFargate } from './taskDefinitions';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const PORT_MAPPING_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-portmapping.html';
/** The network modes in which a task uses the ports of its own interface or of the host: no port is translated. */
const UNTRANSLATED = ['awsvpc', 'host'];

/** CX1732: a HostPort other than the ContainerPort where the network mode cannot map one to the other. */
export const hostPortDiffersInAwsvpcOrHost: CatalogueCheck = {
  id: 'CX1732',
  title: 'Port mapping whose HostPort differs from its ContainerPort in the awsvpc or host network mode',
  topics: ['T17'],
  severity: 'error',
  url: PORT_MAPPING_PAGE,
  rejection: {
    quote:
      'If you are using containers in a task with the awsvpc or host network mode, exposed ports should be specified using ' +
      'containerPort. The hostPort can be left blank or it must be the same value as the containerPort.',
    url: PORT_MAPPING_PAGE,
  },
  explanation: {
    what:
      'In the awsvpc mode each task has its own network interface, and in the host mode containers use the instance\'s network ' +
      'directly: nothing translates one port into another, so a HostPort must be left out or equal the ContainerPort, and ECS ' +
      'refuses to register the task definition otherwise. Only the bridge mode maps a container port to another host port ' +
      '(or to a dynamic one, with HostPort 0 or left out).',
    exam:
      'several copies of a task on one EC2 instance behind an ALB: bridge mode with dynamic host ports (TargetType instance), ' +
      'or awsvpc with TargetType ip; Fargate is always awsvpc.',
    trap: 'a HostPort copied from a bridge-mode task definition breaks the same definition moved to Fargate.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      const mode = literalString(valueOf(task.properties, 'NetworkMode')) ?? (isFargate(task) ? 'awsvpc' : undefined);
      if (!mode || !UNTRANSLATED.includes(mode)) continue;
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      containers.items.forEach((container, containerIndex) => {
        const mappings = isMap(container) ? valueOf(container, 'PortMappings') : undefined;
        if (!isSeq(mappings)) return;
        mappings.items.forEach((mapping, mappingIndex) => {
          const hit = mismatch(mapping);
          if (!hit) return;
          const path = ['Resources', task.logicalId, 'Properties', 'ContainerDefinitions', containerIndex, 'PortMappings', mappingIndex, 'HostPort'];
          hits.push({
            message: `Port mapping ${mappingIndex + 1} of container ${containerIndex + 1} in '${task.logicalId}' maps host port ${hit.host} to container port ${hit.container}: in the ${mode} network mode HostPort must be left out or equal the ContainerPort`,
            span: hit.node.span,
            path,
            fixes: [{ title: `Set HostPort to ${hit.container}`, edits: [replaceScalar(context.template, hit.node, hit.container)], preferred: true }],
          });
        });
      });
    }
    return hits;
  },
};

/** The literal host and container ports of a mapping that differ. */
function mismatch(mapping: TemplateNode): { host: number; container: number; node: ScalarNode } | undefined {
  const hostNode = valueOf(mapping, 'HostPort');
  const host = literalNumber(hostNode);
  const container = literalNumber(valueOf(mapping, 'ContainerPort'));
  if (host === undefined || container === undefined || host === container || !isScalar(hostNode)) return undefined;
  // 0 asks for a dynamic port in the bridge mode; what the other modes make of it, no page says: left alone.
  if (host === 0) return undefined;
  return { host, container, node: hostNode };
}

/** CX1735: one container port exposed for two protocols. */
export const containerPortTwoProtocols: CatalogueCheck = {
  id: 'CX1735',
  title: 'Container exposing the same container port for more than one protocol',
  topics: ['T17'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  rejection: {
    quote: "You can't expose the same container port for multiple protocols. If you attempt this, an error is returned.",
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  },
  explanation: {
    what:
      'Each port mapping of a container names one ContainerPort and one Protocol (tcp by default, or udp). ECS refuses a task ' +
      'definition that maps the same container port twice with different protocols.',
    exam: 'a service reached over UDP (DNS, syslog) sits behind a Network Load Balancer with a UDP listener; an Application Load Balancer speaks HTTP over TCP only.',
  },
  resourceTypes: [TASK_DEFINITION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const task of context.resources(TASK_DEFINITION)) {
      const containers = valueOf(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      containers.items.forEach((container, containerIndex) => {
        const mappings = isMap(container) ? valueOf(container, 'PortMappings') : undefined;
        if (!isSeq(mappings)) return;
        const protocols = new Map<number, string>();
        mappings.items.forEach((mapping, mappingIndex) => {
          const port = literalNumber(valueOf(mapping, 'ContainerPort'));
          const protocolNode = valueOf(mapping, 'Protocol');
          const protocol = protocolNode === undefined ? 'tcp' : literalString(protocolNode)?.toLowerCase();
          if (port === undefined || protocol === undefined) return;
          const earlier = protocols.get(port);
          if (earlier === undefined) protocols.set(port, protocol);
          if (earlier === undefined || earlier === protocol) return;
          hits.push({
            message: `Container ${containerIndex + 1} of '${task.logicalId}' exposes container port ${port} for ${earlier} and ${protocol}: ECS takes one protocol per container port`,
            span: (protocolNode ?? mapping).span,
            path: ['Resources', task.logicalId, 'Properties', 'ContainerDefinitions', containerIndex, 'PortMappings', mappingIndex, ...(protocolNode ? ['Protocol'] : [])],
          });
        });
      });
    }
    return hits;
  },
};
