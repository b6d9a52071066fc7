import { simulateResource, simulateTemplate, type Timeline } from '../../core/simulate';
import { DEPLOYMENT_REQUEST, type DeploymentParams, type DeploymentResult, type DeploymentTimelineView } from '../../shared/protocol';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** The deployment simulation of an open template for the view: the resources it understands and the timelines of one. */
export const deploymentFeature: Feature = {
  capabilities: {},
  register({ connection, templateOf }) {
    connection.onRequest(DEPLOYMENT_REQUEST, ({ uri, resource, fleet }: DeploymentParams): DeploymentResult | null => {
      const open = templateOf(uri);
      if (!open?.template.isTemplate) return null;
      const { template } = open;
      const all = simulateTemplate(template);
      const chosen = all.find((simulation) => simulation.logicalId === resource) ?? all[0];
      const simulation = chosen && fleet !== undefined ? simulateResource(template, chosen.logicalId, { fleet: { [chosen.logicalId]: fleet } }) : chosen;
      const view = ({ decidingSpans, ...rest }: Timeline): DeploymentTimelineView =>
        decidingSpans.length > 0 ? { ...rest, decidingRange: toRange(decidingSpans[0], template.lines) } : rest;
      const result: DeploymentResult = {
        resources: all.map(({ logicalId, type, keySpan }) => ({ logicalId, type, range: toRange(keySpan, template.lines) })),
        timelines: simulation?.timelines.map(view) ?? [],
      };
      if (chosen) result.selected = chosen.logicalId;
      return result;
    });
  },
};
