import type { Finding } from '../findings';
import { topicList } from '../knowledge/markdown';
import { showDeploymentLink, simulationForFinding } from '../simulate/links';
import type { Template } from '../template';
import { hoverAt, type HoverResult, type HoverSection } from './index';

/**
 * The hover at `offset` with the exam explanation of every finding there first (the editor shows
 * the finding's message just above it), then what the providers know; an exam note that rests on
 * the same page as an explanation shown is left out, so the lesson is told once.
 */
export function hoverWithFindings(template: Template, offset: number, findings: readonly Finding[]): HoverResult | undefined {
  const explained = findings.filter((found) => found.explanation && found.span.start <= offset && offset <= found.span.end);
  const base = hoverAt(template, offset);
  if (explained.length === 0) return base;
  const urls = new Set(explained.map((found) => found.explanation?.url));
  const sections = [
    ...explained.map((found) => explanationSection(template, found)),
    ...(base?.sections ?? []).filter((section) => section.url === undefined || !urls.has(section.url)),
  ];
  return { sections, span: base?.span ?? explained[0].span };
}

function explanationSection(template: Template, found: Finding): HoverSection {
  const explanation = found.explanation!;
  const simulated = simulationForFinding(template, found);
  const parts = [`### Why ${found.ruleId} matters on the exam`, explanation.text];
  const facts = [];
  if (explanation.topics?.length) facts.push(`**Topics:** ${topicList(explanation.topics)}`);
  if (explanation.url) facts.push(`[AWS documentation](${explanation.url})`);
  if (simulated) facts.push(showDeploymentLink(simulated.logicalId, `Show the deployment of ${simulated.logicalId}`));
  if (facts.length > 0) parts.push(facts.join(' · '));
  return explanation.url ? { markdown: parts.join('\n\n'), url: explanation.url } : { markdown: parts.join('\n\n') };
}
