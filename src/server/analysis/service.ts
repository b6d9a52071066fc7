/**
 * What the analysis worker does with each job: keeps each document's latest parse and per-resource
 * results (so an edit re-parses and re-checks only what changed), and answers diagnostics, the graph
 * and the study requests. No Node or browser API here: the same code runs in a Node worker thread,
 * in a nested web worker, or on the server's own thread when there is no worker.
 */
import {
  analyze,
  attachChildTemplates,
  ChildTemplateReader,
  createAnalysisCache,
  formatOf,
  localTemplateLocations,
  parseTemplate,
  resourceDeclarations,
  updateTemplate,
  type AnalysisCache,
  type Rule,
  type Template,
} from '../../core';
import { topicLens } from '../../core/knowledge/resourceTopics';
import { practisedTopicsByResource } from '../../core/study/resourceLens';
import { layoutGraph, replacementDiff, templateGraph, type ResourceChange } from '../../core/graph';
import { studyCoverage, studySheet } from '../../core/study';
import { SHOW_DEPLOYMENT_COMMAND, type GraphNodeView, type GraphResult } from '../../shared/protocol';
import { simulateTemplate } from '../../core/simulate';
import type { AnalysisJob, AnalysisResult, ChildText, DocumentText, JobMessage, ResourceLens, WorkerMessage } from './protocol';

interface DocumentState {
  template: Template;
  cache: AnalysisCache;
}

export class AnalysisService {
  private readonly documents = new Map<string, DocumentState>();
  /** The templates of nested stacks, parsed once per text. */
  private readonly children = new ChildTemplateReader();

  /** `rules`: all of them, unless a test brings its own. */
  constructor(private readonly rules?: readonly Rule[]) {}

  /** Runs one job message; the answer to post back. */
  handle({ id, job }: JobMessage): WorkerMessage {
    try {
      return { id, result: this.run(job) };
    } catch (error) {
      return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }

  run(job: AnalysisJob): unknown {
    switch (job.kind) {
      case 'analyze':
        return this.analyze(job);
      case 'graph':
        return this.graph(job, job.savedText);
      case 'studySheet': {
        const template = this.templateOf(job);
        return template.isTemplate && template.root ? { markdown: studySheet(template, job.fileName) } : null;
      }
      case 'codeLens':
        return this.codeLenses(job, job.topics);
      case 'studyCoverage':
        return studyCoverage(job.files.map((file) => ({ uri: file.uri, template: this.templateOf(file, false) })));
      case 'forget':
        this.documents.delete(job.uri);
        return null;
    }
  }

  private analyze(document: DocumentText & { children?: ChildText[] }): AnalysisResult {
    const template = this.templateOf(document);
    attachChildTemplates(template, this.children.read(document.children ?? []));
    const { findings, failures } = analyze(template, this.rules, this.documents.get(document.uri)?.cache);
    return {
      isTemplate: template.isTemplate,
      childLocations: template.isTemplate ? localTemplateLocations(template) : [],
      findings,
      failures: failures.map(({ ruleId, error }) => ({ ruleId, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })),
    };
  }

  /**
   * The document's template: the one kept when the text is the same, else the kept one updated (only
   * the edited entry re-parsed, where it can be). `keep` false for files the client read from disk.
   */
  private templateOf(document: DocumentText, keep = true): Template {
    const state = this.documents.get(document.uri);
    if (state && state.template.text === document.text) return state.template;
    const format = formatOf(document.languageId, document.uri, document.text);
    const template =
      state && state.template.format === format ? updateTemplate(state.template, document.text) : parseTemplate(document.text, format);
    if (keep) this.documents.set(document.uri, { template, cache: state && state.template.format === format ? state.cache : createAnalysisCache() });
    return template;
  }

  /** Above each resource: the exam topics it practises in this template (see practisedTopicsByResource). */
  private codeLenses(document: DocumentText, withTopics: boolean): ResourceLens[] {
    const template = this.templateOf(document);
    if (!template.isTemplate) return [];
    const topics = withTopics ? practisedTopicsByResource(template) : new Map<string, string[]>();
    const simulated = new Map(simulateTemplate(template).map((simulation) => [simulation.logicalId, simulation]));
    return resourceDeclarations(template.root).flatMap((resource): ResourceLens[] => {
      const range = { start: template.lines.positionAt(resource.key.span.start), end: template.lines.positionAt(resource.key.span.end) };
      const ids = topics.get(resource.logicalId);
      const { logicalId } = resource;
      const lenses: ResourceLens[] = ids ? [{ range, logicalId, kind: 'topics', ...topicLens(ids), command: '' }] : [];
      const simulation = simulated.get(resource.logicalId);
      if (simulation) {
        const tooltip = simulation.timelines.map((timeline) => `${timeline.title}: ${timeline.summary}`).join('\n');
        lenses.push({ range, logicalId, kind: 'deployment', title: 'Show deployment', tooltip, command: SHOW_DEPLOYMENT_COMMAND, arguments: [resource.logicalId, document.uri] });
      }
      return lenses;
    });
  }

  private graph(document: DocumentText, savedText: string | undefined): GraphResult | null {
    const template = this.templateOf(document);
    if (!template.isTemplate) return null;
    const graph = templateGraph(template);
    const layout = layoutGraph(graph);
    const saved = savedText === undefined ? undefined : parseTemplate(savedText, template.format);
    const changes = new Map<string, ResourceChange>((saved ? replacementDiff(saved, template) : []).map((change) => [change.logicalId, change]));
    const placements = new Map(layout.nodes.map((placement) => [placement.id, placement]));
    const nodes = graph.nodes.map((node): GraphNodeView => {
      const { x, y, width, height } = placements.get(node.id)!;
      const range = { start: template.lines.positionAt(node.span.start), end: template.lines.positionAt(node.span.end) };
      const view: GraphNodeView = { id: node.id, kind: node.kind, range, x, y, width, height };
      if (node.type !== undefined) view.type = node.type;
      const change = node.kind === 'resource' ? changes.get(node.id) : undefined;
      if (change) view.change = change;
      return view;
    });
    const routes = new Map(layout.routes.map((route) => [`${route.from}\u0000${route.to}`, route.points]));
    const edges = graph.edges.map((edge) => ({ ...edge, points: routes.get(`${edge.from}\u0000${edge.to}`) ?? [] }));
    return { nodes, edges, width: layout.width, height: layout.height, compared: saved !== undefined };
  }
}
