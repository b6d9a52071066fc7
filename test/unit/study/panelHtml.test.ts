import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { studyCoverage } from '../../../src/core/study';
import { inlineMarkdownToHtml } from '../../../src/core/study/inlineMarkdown';
import { studyPanelBody } from '../../../src/core/study/panelHtml';
import { parseTemplate } from '../../../src/core/template';
import { TEST_NOTES } from './notes';

const asg = parseTemplate(readFileSync(join(import.meta.dirname, '../../fixtures/study/asg.yaml'), 'utf8'), 'yaml');
const coverage = studyCoverage([{ uri: 'file:///w/asg.yaml', template: asg }], TEST_NOTES);
const body = studyPanelBody(coverage, { readNotes: new Set(['test-asg']), fileLabel: (uri) => uri.replace('file:///w/', '') });

/** The HTML of one topic's item in one domain's section. */
function topicItem(domain: string, topic: string): string {
  const section = body.slice(body.indexOf(`data-domain="${domain}"`), body.indexOf('</section>', body.indexOf(`data-domain="${domain}"`)));
  const start = section.search(new RegExp(`<li class="topic \\w+" data-topic="${topic}">`));
  const next = section.indexOf('<li class="topic ', start + 1);
  return section.slice(start, next < 0 ? section.length : next);
}

describe('study panel HTML', () => {
  it('renders note Markdown as HTML with everything else escaped', () => {
    assert.equal(
      inlineMarkdownToHtml('Use `<b>` **now**, *maybe* [docs](https://docs.aws.amazon.com/x) <script>'),
      'Use <code>&#60;b&#62;</code> <strong>now</strong>, <em>maybe</em> <a href="https://docs.aws.amazon.com/x" data-action="openUrl" data-url="https://docs.aws.amazon.com/x">docs</a> &#60;script&#62;',
    );
  });

  it('links a covered topic to the resources that cover it, as buttons carrying the position', () => {
    assert.match(
      topicItem('D3', 'T08'),
      /^<li class="topic covered" data-topic="T08"><h3><span class="icon" aria-hidden="true">✓<\/span> T08 Scheduled actions <span class="status">covered<\/span><\/h3><ul class="sites" aria-label="Resources that cover this topic"><li><button type="button" class="link" data-action="openSite" data-uri="file:\/\/\/w\/asg.yaml" data-line="11" data-character="2" title="Open Evening">Evening — asg.yaml:12<\/button><\/li><\/ul>/,
    );
  });

  it('links a missing topic to the lab templates that practise it', () => {
    assert.match(
      topicItem('D3', 'T27'),
      /<span class="status">not covered yet<\/span><\/h3><ul class="snippets" aria-label="Snippets that practise this topic"><li><button type="button" data-action="newLab" data-prefix="cfn-alb-query-string-rule">Open lab: ALB listener rule routing by query string \(A\/B test\)<\/button> <span class="hint">or type <code>cfn-alb-query-string-rule<\/code> under <code>Resources<\/code><\/span><\/li><\/ul>/,
    );
  });

  it('shows reading progress per topic, per domain and overall, with read notes ticked', () => {
    assert.match(topicItem('D3', 'T07'), /<summary>Exam notes: 1 of 1 read<\/summary>/);
    assert.match(topicItem('D3', 'T07'), /<input type="checkbox" id="read-D3-T07-test-asg" data-action="toggleRead" data-note="test-asg" aria-label="Read: self-healing fleet" checked>/);
    assert.match(topicItem('D3', 'T09'), /<summary>Exam notes: 0 of 1 read<\/summary>/);
    assert.match(body, /<span data-summary="topics">3 of 33 topics covered<\/span> · <span data-summary="notes">notes read 1 of 3<\/span>/);
    assert.match(body, /<p class="summary">3 of 17 topics covered · <span data-summary="notes">notes read 1 of 2<\/span>/);
  });

  it('has one section per domain, headed with its weight', () => {
    const headings = [...body.matchAll(/<h2 id="domain-(D\d)">(.*?)<\/h2>/g)].map((match) => `${match[1]}: ${match[2]}`);
    assert.deepEqual(headings, [
      'D1: D1 SDLC Automation <span class="weight">22% of the exam</span>',
      'D2: D2 Configuration Management and IaC <span class="weight">17% of the exam</span>',
      'D3: D3 Resilient Cloud Solutions <span class="weight">15% of the exam</span>',
      'D4: D4 Monitoring and Logging <span class="weight">15% of the exam</span>',
      'D5: D5 Incident and Event Response <span class="weight">14% of the exam</span>',
      'D6: D6 Security and Compliance <span class="weight">17% of the exam</span>',
    ]);
  });

  it('shows practice scores per domain beside the coverage when given', () => {
    const practice = new Map([['D3', { right: 7, total: 10 }]] as const);
    const withPractice = studyPanelBody(coverage, { readNotes: new Set(), fileLabel: (uri) => uri, practice });
    const summaries = [...withPractice.matchAll(/<span data-summary="practice">(.*?)<\/span>/g)].map((match) => match[1]);
    assert.deepEqual(summaries, ['no practice answers yet', 'no practice answers yet', 'practice 7 of 10 right (70%)', 'no practice answers yet', 'no practice answers yet', 'no practice answers yet']);
    assert.doesNotMatch(body, /data-summary="practice"/);
  });
});
