import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { marked } from 'marked';
import { codeSpan, plainText } from '../../../src/core/hover/plainText';
import { schemaHoverProvider } from '../../../src/core/hover/schemaHover';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

// Rendered with marked, the Markdown renderer VS Code's hovers use (GitHub flavour: bare URLs become links).
const render = (markdown: string): string => marked.parse(markdown, { async: false, gfm: true });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text a reader sees: paragraphs and hard breaks as newlines, entities decoded; undefined when other markup is left. */
function shownText(html: string): string | undefined {
  const text = html.replace(/<\/p>\n?<p>/g, '\n\n').replace(/^<p>|<\/p>\n?$/g, '').replace(/<br>\n?/g, '\n');
  if (/[<>]/.test(text)) return undefined;
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/** What plainText promises to keep: each line trimmed, blank lines between paragraphs kept once. */
function expectedText(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const HOSTILE = [
  '![pixel](https://tracker.example/p.png?u=1) and [click me](command:workbench.action.terminal.new)',
  '<img src=x onerror="alert(1)"> <a href="https://evil.example">docs</a> &copy; &#60;',
  '# Heading\n---\n> quote\n- item\n1. first\n    indented code\n```\nfence\n```',
  'visit https://evil.example or www.evil.example or mail root@evil.example',
  '**bold** _it_ ~~gone~~ `code` \\ backslash | a | b |\n|---|---|',
  '[ref]: https://evil.example\n[ref]',
];

describe('template text shown in a hover', () => {
  it('renders as exactly its text: no image, link, HTML, heading, list, code or emphasis', () => {
    for (const text of HOSTILE) {
      const html = render(plainText(text));
      assert.equal(shownText(html), expectedText(text), `${JSON.stringify(text)} rendered as ${html}`);
    }
  });

  it('renders as its text for any string of Markdown-laden characters', () => {
    const markdownish = fc.string({ unit: fc.constantFrom(...'ab1 .:/!?*_`[]()<>#&;=-+|~\\@"\'\n\t{}'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(markdownish, (text) => shownText(render(plainText(text))) === expectedText(text)),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('makes a code span of any text, backticks included', () => {
    for (const text of ['Bucket', 'a`b', '``x``', '`', 'a ` b ``` c', '<img src=x>']) {
      const html = marked.parseInline(codeSpan(text), { async: false }) as string;
      const code = /^<code>(.*)<\/code>$/.exec(html)?.[1];
      assert.equal(code?.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]), text, html);
    }
  });
});

describe('the hover on a Ref to a parameter with a hostile Description and name', () => {
  before(() => useGeneratedSchema());

  it('shows the description, the name and the default as text, with nothing to load or click', () => {
    const text = [
      'Parameters:',
      '  "Env`name":',
      '    Type: String',
      '    Default: "`x` ![a](https://tracker.example/a.png)"',
      '    Description: "![pixel](https://tracker.example/p.png) [Open](command:workbench.action.terminal.new) <b>now</b>"',
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: !Ref "Env`name"',
      '',
    ].join('\n');
    const template = parseTemplate(text, 'yaml');
    const hover = schemaHoverProvider(template, text.lastIndexOf('Env`name') + 1);
    const html = render(hover!.sections.map((section) => section.markdown).join('\n\n'));
    assert.equal(
      html,
      [
        '<p><strong>Parameter</strong> <code>Env`name</code>: String</p>',
        '<p>![pixel](https://tracker.example/p.png) [Open](command:workbench.action.terminal.new) &lt;b&gt;now&lt;/b&gt;</p>',
        '<p><strong>Default:</strong> <code>&quot;`x` ![a](https://tracker.example/a.png)&quot;</code></p>',
        '',
      ].join('\n'),
    );
  });
});
