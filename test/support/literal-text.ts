import ts from 'typescript';

/**
 * Finds user-visible text written directly in JSX, which should be a message key instead:
 * - text between tags that contains a letter (`<p>Hello</p>`);
 * - string literals given as children (`<p>{'Hello'}</p>`, `{isOk ? 'Yes' : 'No'}`);
 * - literal values of attributes a person reads or hears (title, alt, placeholder, aria-label, …),
 *   the value of submit/button/reset inputs, the content of description meta tags, and the same
 *   props on components (`<MessagePage title="Oops" />`).
 * Only text with a letter in it counts: punctuation, digits and entities are fine.
 */
export type TLiteralText = { file: string; line: number; column: number; kind: string; text: string };

/** Attributes whose value is read or heard by a person, on elements and on components alike. */
const visibleAttributes = new Set([
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'aria-braillelabel',
  'aria-brailleroledescription',
]);

/** Props of our own components that end up as visible text. */
const visibleComponentProps = new Set([
  'message',
  'heading',
  'description',
  'text',
  'hint',
  'legend',
  'caption',
  'summary',
  'lead',
]);

/** <meta name|property=…> whose content is shown by search engines and link previews. */
const visibleMetaNames = new Set([
  'description',
  'og:title',
  'og:description',
  'og:site_name',
  'twitter:title',
  'twitter:description',
  'application-name',
  'apple-mobile-web-app-title',
]);

const buttonInputTypes = new Set(['submit', 'button', 'reset']);

/** Elements whose content is not text for people (code and data). */
const nonTextElements = new Set(['script', 'style']);

export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(decodeEntities(text));
}

/** Entities are not letters (`&nbsp;`, `&#8212;`); what they stand for is checked instead. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&[a-z][a-z0-9]*;/gi, ' ');
}

/** Scans TSX source text, or a source file already parsed (with parent pointers set). */
export function findLiteralText(fileName: string, sourceText: string | ts.SourceFile): TLiteralText[] {
  const source =
    typeof sourceText === 'string'
      ? ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
      : sourceText;
  const found: TLiteralText[] = [];

  const report = (node: ts.Node, kind: string, text: string) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file: fileName, line: line + 1, column: character + 1, kind, text: text.trim() });
  };

  /** String literals an expression may evaluate to directly (not through a call such as t()). */
  const literalOutcomes = (expression: ts.Expression): ts.Node[] => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
    if (ts.isTemplateExpression(expression)) {
      return [expression.head, ...expression.templateSpans.map((span) => span.literal)];
    }
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
      return literalOutcomes(expression.expression);
    }
    if (ts.isConditionalExpression(expression)) {
      return [...literalOutcomes(expression.whenTrue), ...literalOutcomes(expression.whenFalse)];
    }
    if (ts.isBinaryExpression(expression)) {
      const op = expression.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return [...literalOutcomes(expression.left), ...literalOutcomes(expression.right)];
      }
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalOutcomes(expression.right);
      if (op === ts.SyntaxKind.PlusToken) {
        return [...literalOutcomes(expression.left), ...literalOutcomes(expression.right)];
      }
    }
    return [];
  };

  const literalText = (node: ts.Node): string => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
    return '';
  };

  const checkExpression = (expression: ts.Expression | undefined, kind: string) => {
    if (!expression) return;
    for (const outcome of literalOutcomes(expression)) {
      const text = literalText(outcome);
      if (hasLetter(text)) report(outcome, kind, text);
    }
  };

  const tagNameOf = (node: ts.JsxOpeningLikeElement) => node.tagName.getText(source);

  const stringAttribute = (node: ts.JsxOpeningLikeElement, name: string): string | undefined => {
    for (const property of node.attributes.properties) {
      if (!ts.isJsxAttribute(property) || property.name.getText(source) !== name) continue;
      const init = property.initializer;
      if (init && ts.isStringLiteral(init)) return init.text;
      if (init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)) {
        return init.expression.text;
      }
    }
    return undefined;
  };

  const checkAttributes = (node: ts.JsxOpeningLikeElement) => {
    const tag = tagNameOf(node);
    const isComponent = /^[A-Z]/.test(tag) || tag.includes('.');
    const inputType = tag === 'input' ? stringAttribute(node, 'type')?.toLowerCase() : undefined;
    const metaName =
      tag === 'meta' ? (stringAttribute(node, 'name') ?? stringAttribute(node, 'property')) : undefined;
    for (const property of node.attributes.properties) {
      if (!ts.isJsxAttribute(property) || !property.initializer) continue;
      const name = property.name.getText(source);
      const isVisible =
        visibleAttributes.has(name) ||
        (isComponent && visibleComponentProps.has(name)) ||
        (name === 'value' && inputType !== undefined && buttonInputTypes.has(inputType)) ||
        (name === 'content' && metaName !== undefined && visibleMetaNames.has(metaName.toLowerCase()));
      if (!isVisible) continue;
      const init = property.initializer;
      if (ts.isStringLiteral(init)) {
        if (hasLetter(init.text)) report(init, `attribute ${name}`, init.text);
      } else if (ts.isJsxExpression(init)) {
        checkExpression(init.expression, `attribute ${name}`);
      }
    }
  };

  const visit = (node: ts.Node, insideNonText: boolean): void => {
    let isNonText = insideNonText;
    if (ts.isJsxElement(node)) {
      checkAttributes(node.openingElement);
      isNonText = insideNonText || nonTextElements.has(tagNameOf(node.openingElement));
    } else if (ts.isJsxSelfClosingElement(node)) {
      checkAttributes(node);
    } else if (!insideNonText && ts.isJsxText(node)) {
      if (hasLetter(node.text)) report(node, 'text', node.text);
    } else if (
      !insideNonText &&
      ts.isJsxExpression(node) &&
      node.parent &&
      isJsxChildContainer(node.parent)
    ) {
      checkExpression(node.expression, 'text');
    }
    ts.forEachChild(node, (child) => visit(child, isNonText));
  };
  visit(source, false);
  return found;
}

function isJsxChildContainer(node: ts.Node): boolean {
  return ts.isJsxElement(node) || ts.isJsxFragment(node);
}
