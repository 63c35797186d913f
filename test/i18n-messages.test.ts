import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { defaultLocale, localeTags } from '../src/i18n/locales.ts';
import { findLiteralText, type TLiteralText } from './support/literal-text.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
const messagesDir = join(srcDir, 'i18n', 'messages');

/** Options the translator uses at run time (src/i18n/translator.ts), so we parse exactly as it does. */
const parserOptions = { ignoreTag: true, requiresOtherClause: true } as const;

type TMessages = Map<string, string>;
/** locale → namespace → key → message */
const files = new Map<string, Map<string, TMessages>>();
const fileProblems: string[] = [];

for (const locale of readdirSync(messagesDir).sort()) {
  const localeDir = join(messagesDir, locale);
  if (!statSync(localeDir).isDirectory()) continue;
  const namespaces = new Map<string, TMessages>();
  for (const file of readdirSync(localeDir).sort()) {
    if (!file.endsWith('.json')) continue;
    const where = `${locale}/${file}`;
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(join(localeDir, file), 'utf8'));
    } catch (error) {
      fileProblems.push(`${where}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
      fileProblems.push(`${where}: must be one flat JSON object`);
      continue;
    }
    const messages: TMessages = new Map();
    for (const [key, value] of Object.entries(content)) {
      if (typeof value !== 'string') fileProblems.push(`${where}: "${key}" is not a string`);
      else messages.set(key, value);
    }
    namespaces.set(file.slice(0, -'.json'.length), messages);
  }
  files.set(locale, namespaces);
}

const english = files.get(defaultLocale) ?? new Map<string, TMessages>();

function* allMessages(): Generator<{ locale: string; namespace: string; key: string; message: string }> {
  for (const [locale, namespaces] of files) {
    for (const [namespace, messages] of namespaces) {
      for (const [key, message] of messages) yield { locale, namespace, key, message };
    }
  }
}

function tryParse(message: string): MessageFormatElement[] | Error {
  try {
    return parse(message, parserOptions);
  } catch (error) {
    return error as Error;
  }
}

type TArgumentUse = { name: string; type: TYPE };

function argumentsOf(elements: MessageFormatElement[], found: TArgumentUse[] = []): TArgumentUse[] {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.push({ name: element.value, type: element.type });
        break;
      case TYPE.select:
      case TYPE.plural:
        found.push({ name: element.value, type: element.type });
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

function pluralsOf(
  elements: MessageFormatElement[],
  found: Extract<MessageFormatElement, { type: TYPE.plural }>[] = [],
) {
  for (const element of elements) {
    if (element.type === TYPE.plural) found.push(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralsOf(option.value, found);
    }
    if (element.type === TYPE.tag) pluralsOf(element.children, found);
  }
  return found;
}

/** A number for each plural category the language has, e.g. ar: 0 zero, 1 one, 2 two, 3 few, 11 many, 100 other. */
function sampleNumbers(locale: string, type: Intl.PluralRulesOptions['type']): Map<string, number> {
  const rules = new Intl.PluralRules(locale, { type });
  const samples = new Map<string, number>();
  for (const n of [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000, 1.5, 0.5]) {
    const category = rules.select(n);
    if (!samples.has(category)) samples.set(category, n);
  }
  return samples;
}

function failWith(problems: string[], what: string): void {
  assert.equal(problems.length, 0, `${problems.length} ${what}:\n  ${problems.join('\n  ')}`);
}

describe('message files', () => {
  it('are valid flat JSON objects of strings', () => {
    failWith(fileProblems, 'broken message files');
  });

  it('exist for every interface language, and for no other', () => {
    assert.deepEqual([...files.keys()].sort(), [...localeTags].sort());
  });

  it('have the same namespace files in every language', () => {
    const problems: string[] = [];
    const expected = [...english.keys()].sort();
    assert.ok(expected.length > 0, 'English has no message files');
    for (const [locale, namespaces] of files) {
      const actual = [...namespaces.keys()].sort();
      for (const ns of expected) if (!actual.includes(ns)) problems.push(`${locale}/${ns}.json is missing`);
      for (const ns of actual)
        if (!expected.includes(ns)) problems.push(`${locale}/${ns}.json has no English original`);
    }
    failWith(problems, 'namespace files out of step');
  });

  it('have every English key in every language, and no extra keys', () => {
    const problems: string[] = [];
    for (const [namespace, englishMessages] of english) {
      for (const [locale, namespaces] of files) {
        if (locale === defaultLocale) continue;
        const messages = namespaces.get(namespace);
        if (!messages) continue; // reported by the namespace test
        for (const key of englishMessages.keys()) {
          if (!messages.has(key)) problems.push(`${locale}/${namespace}.json: missing "${key}"`);
        }
        for (const key of messages.keys()) {
          if (!englishMessages.has(key)) problems.push(`${locale}/${namespace}.json: extra key "${key}"`);
        }
      }
    }
    failWith(problems, 'missing or extra keys');
  });

  it('have no empty messages', () => {
    const problems = [...allMessages()]
      .filter((m) => m.message.trim() === '')
      .map((m) => `${m.locale}/${m.namespace}.json: "${m.key}" is empty`);
    failWith(problems, 'empty messages');
  });

  it('are valid ICU MessageFormat, with an "other" case in every plural and select', () => {
    const problems: string[] = [];
    for (const { locale, namespace, key, message } of allMessages()) {
      const parsed = tryParse(message);
      if (parsed instanceof Error) problems.push(`${locale}/${namespace}.json: "${key}": ${parsed.message}`);
    }
    failWith(problems, 'messages that do not parse');
  });

  it('use exactly the argument names of the English message', () => {
    const problems: string[] = [];
    for (const { locale, namespace, key, message } of allMessages()) {
      if (locale === defaultLocale) continue;
      const original = english.get(namespace)?.get(key);
      if (original === undefined) continue;
      const ours = tryParse(message);
      const theirs = tryParse(original);
      if (ours instanceof Error || theirs instanceof Error) continue; // reported by the parse test
      const names = (elements: MessageFormatElement[]) =>
        [...new Set(argumentsOf(elements).map((a) => a.name))].sort().join(', ');
      if (names(ours) !== names(theirs)) {
        problems.push(
          `${locale}/${namespace}.json: "${key}" uses {${names(ours)}}, English uses {${names(theirs)}}`,
        );
      }
    }
    failWith(problems, 'messages whose arguments differ from English');
  });

  it('use only plural categories their language has (so no case is dead or misspelt)', () => {
    const problems: string[] = [];
    for (const { locale, namespace, key, message } of allMessages()) {
      const parsed = tryParse(message);
      if (parsed instanceof Error) continue;
      for (const plural of pluralsOf(parsed)) {
        const categories = new Intl.PluralRules(locale, { type: plural.pluralType }).resolvedOptions()
          .pluralCategories as string[];
        for (const selector of Object.keys(plural.options)) {
          if (/^=\d+(\.\d+)?$/.test(selector) || categories.includes(selector)) continue;
          problems.push(
            `${locale}/${namespace}.json: "${key}": "${selector}" is not a plural category of ${locale} (${categories.join(', ')})`,
          );
        }
      }
    }
    failWith(problems, 'plural cases that can never be chosen');
  });

  it('format without error for a number of every plural category (Arabic: zero, one, two, few, many, other)', () => {
    const problems: string[] = [];
    for (const { locale, namespace, key, message } of allMessages()) {
      const parsed = tryParse(message);
      if (parsed instanceof Error) continue;
      const uses = argumentsOf(parsed);
      const plurals = pluralsOf(parsed);
      const base: Record<string, string | number | Date> = {};
      for (const use of uses) {
        if (use.type === TYPE.number || use.type === TYPE.plural) base[use.name] = 7;
        else if (use.type === TYPE.date || use.type === TYPE.time)
          base[use.name] = new Date('2026-03-08T12:00:00Z');
        else if (base[use.name] === undefined) base[use.name] = 'x';
      }
      const cases: Record<string, string | number | Date>[] = [base];
      for (const plural of plurals) {
        for (const [category, n] of sampleNumbers(locale, plural.pluralType)) {
          cases.push({ ...base, [plural.value]: n, __category: category });
        }
      }
      for (const values of cases) {
        try {
          const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
          const { __category, ...rest } = values;
          const output = format.format(rest);
          if (typeof output !== 'string' || output.trim() === '') {
            problems.push(
              `${locale}/${namespace}.json: "${key}" gives nothing for ${JSON.stringify(values)}`,
            );
          }
        } catch (error) {
          problems.push(
            `${locale}/${namespace}.json: "${key}" fails for ${JSON.stringify(values)}: ${(error as Error).message}`,
          );
        }
      }
    }
    failWith(problems, 'messages that fail to format');
  });

  it('have every key that code asks for by a literal name', () => {
    const known = new Set<string>();
    for (const [namespace, messages] of english)
      for (const key of messages.keys()) known.add(`${namespace}.${key}`);
    const problems: string[] = [];
    for (const file of sourceFiles(srcDir, /\.tsx?$/)) {
      const source = parsedSource(file);
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) && isTranslateCall(node.expression) && node.arguments[0]) {
          const arg = node.arguments[0];
          const isLiteral = ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg);
          const pattern = isLiteral ? undefined : keyPattern(arg);
          const isMissing = isLiteral
            ? !known.has(arg.text)
            : pattern && ![...known].some((k) => pattern.test(k));
          if (isMissing) {
            const { line } = source.getLineAndCharacterOfPosition(arg.getStart(source));
            problems.push(
              `${relative(root, file)}:${line + 1}: no English message for ${arg.getText(source)}`,
            );
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    failWith(problems, 'message keys used in code but missing from en/*.json');
  });
});

function isTranslateCall(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/** A literal key, or a template such as `errors.${code}.title` as a pattern; undefined for other expressions. */
function keyPattern(arg: ts.Expression): RegExp | undefined {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
    return new RegExp(`^${escapeRegExp(arg.text)}$`);
  }
  if (ts.isTemplateExpression(arg)) {
    const parts = [
      escapeRegExp(arg.head.text),
      ...arg.templateSpans.map((s) => `[\\w.-]+${escapeRegExp(s.literal.text)}`),
    ];
    return new RegExp(`^${parts.join('')}$`);
  }
  return undefined;
}

const parsed = new Map<string, ts.SourceFile>();

/** Each source file is parsed once for all the tests here. */
function parsedSource(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    parsed.set(file, source);
  }
  return source;
}

function sourceFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path, pattern));
    else if (pattern.test(name) && !/\.test\.tsx?$/.test(name)) found.push(path);
  }
  return found.sort();
}

/**
 * Literal text that must stay literal. Each entry names the file (relative to src/), the exact text
 * and why; keep it short. Endonyms, the brand in JSON-LD and the like come from data or t(), not here.
 */
const allowedLiterals: readonly { file: string; text: string; reason: string }[] = [];

function isAllowed(found: TLiteralText): boolean {
  return allowedLiterals.some((a) => found.file === a.file && found.text === a.text);
}

describe('no user-visible text written in code', () => {
  const scan = (source: string) =>
    findLiteralText('fixture.tsx', source).map((f) => `${f.line}:${f.kind}:${f.text}`);

  it('finds text between tags, string children and visible attributes, with their line', () => {
    const found = scan(
      [
        'export const A = ({ t, ok }: any) => (',
        '  <form title="Search form">',
        '    <h1>Welcome home</h1>',
        "    <p>{'Hello'}</p>",
        "    <p>{ok ? t('x.y') : 'Nothing here'}</p>",
        '    <img src="/a.png" alt={\'A picture\'} />',
        '    <input type="submit" value="Send" />',
        '    <input placeholder={`Type here`} aria-label="Query" />',
        '    <meta name="description" content="A hub" />',
        '    <Notice message="Saved" />',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the fixture's source text
        '    <p>{`${t("a.b")} more words`}</p>',
        '    <p>Déjà vu &amp; co</p>',
        '    <nav aria-description="Links" />',
        '  </form>',
        ');',
      ].join('\n'),
    );
    assert.deepEqual(found, [
      '2:attribute title:Search form',
      '3:text:Welcome home',
      '4:text:Hello',
      '5:text:Nothing here',
      '6:attribute alt:A picture',
      '7:attribute value:Send',
      '8:attribute placeholder:Type here',
      '8:attribute aria-label:Query',
      '9:attribute content:A hub',
      '10:attribute message:Saved',
      '11:text:more words',
      '12:text:Déjà vu &amp; co',
      '13:attribute aria-description:Links',
    ]);
  });

  it('leaves translated text, data, markup attributes, punctuation and scripts alone', () => {
    const found = scan(
      [
        'export const B = ({ t, l, data }: any) => (',
        '  <html lang="en" dir="ltr">',
        '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
        '    <meta name="description" content={t("common.siteDescription")} />',
        '    <a class="button secondary" href="/en/join" hreflang="ar">{l.endonym}</a>{" "}',
        "    <p title={t('a.b')}>{t('a.c', { count: 2 })} · 2021–2026 &nbsp; &#8212; {'→'}</p>",
        '    <input type="hidden" name="_csrf" value="token" />',
        '    <input type="text" name="q" value="prefilled" autocomplete="off" />',
        '    <button type="submit" value="delete">{t("a.delete")}</button>',
        '    <script type="application/ld+json">{JSON.stringify(data)}</script>',
        '    <svg viewBox="0 0 4 4" aria-hidden="true"><path d="M0 0h4" /></svg>',
        '  </html>',
        ');',
      ].join('\n'),
    );
    assert.deepEqual(found, []);
  });

  it('no .tsx file under src/ has user-visible literal text (use t() and the message files)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(srcDir, /\.tsx$/)) {
      const relativePath = relative(srcDir, file);
      for (const found of findLiteralText(relativePath, parsedSource(file))) {
        if (isAllowed(found)) continue;
        offenders.push(
          `src/${found.file}:${found.line}:${found.column} ${found.kind}: ${JSON.stringify(found.text)}`,
        );
      }
    }
    failWith(offenders, 'literal user-visible strings in .tsx files');
  });
});
