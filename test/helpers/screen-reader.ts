import type { Virtual } from '@guidepup/virtual-screen-reader';
// The package's browser bundle: its ES build imports CommonJS packages (aria-query) a browser
// cannot load as they are. The bundle ships no types of its own; they are the main entry's.
// @ts-expect-error -- no declaration file for the browser bundle
import { virtual as bundledVirtual } from '@guidepup/virtual-screen-reader/browser.js';
import { isPlaceholderAlt } from '../../src/internal/alt-text.js';

const virtual = bundledVirtual as Virtual;

// What a screen reader says, walking a page from start to end in browse mode.
//
// @guidepup/virtual-screen-reader (0.33) builds its tree from `node.childNodes` only: it never
// enters a shadow root, and it reads a host's light-DOM children where they are written rather
// than where their <slot> puts them. Lede's chrome (the skip-links landmark, the text-size group,
// the enlarge button, every player control) lives in open shadow roots, so on the real page the
// library hears none of it ("are needed" in test/screen-reader.test.ts shows it). So `walk`
// first copies the composed ("flat") tree into a plain, shadow-free copy, as Chromium's
// accessibility tree sees it:
// - each shadow root in place of its host's children; each <slot> replaced by the nodes assigned
//   to it (unassigned children dropped);
// - hidden state (display: none, visibility: hidden, a closed <details>) and each element's
//   display taken from the live element's computed style; white space the layout collapsed dropped;
// - form values copied; a <details> summary made the disclosure button browsers expose; ids made
//   unique per tree scope; a role or name given through ElementInternals written as attributes.
// The library then walks the copy. Where it says more than a screen reader would, the walk leaves
// it out: the content of a control whose children are presentational (a button's text after its
// name, a select's options), and the text of a <label> after the control it names. A test checks
// that every button and link in the walk is named as Chromium names it.
// Limits: pseudo-element `content` is not copied; behind an open modal dialog only the dialog is
// walked (as a screen reader confines itself to it); live-region announcements made while a state
// was reached are not replayed: the walk reads what is on the page at the end, live regions included.

/** One thing the screen reader said, and the real node (in the live page) it said it about. */
export interface Utterance {
  phrase: string;
  node: Node;
}

const ID_REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'aria-activedescendant',
  'aria-flowto',
  'for',
];
/** Attributes that would make the copy fetch something. */
const FETCHING = ['src', 'srcset', 'poster', 'data', 'background'];
const SKIPPED = new Set(['script', 'style', 'template', 'link', 'meta', 'noscript']);

interface CopyContext {
  prefixes: Map<Node, string>;
  originals: WeakMap<Node, Node>;
  copies: Map<Element, Element>;
}

function scopePrefix(node: Node, context: CopyContext): string {
  const root = node.getRootNode();
  let prefix = context.prefixes.get(root);
  if (prefix === undefined) {
    prefix = `sr${context.prefixes.size}-`;
    context.prefixes.set(root, prefix);
  }
  return prefix;
}

function isHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  // Everything but the summary of a closed <details> is not rendered, whatever its own style says.
  const details = element.parentElement;
  return details?.localName === 'details' && !(details as HTMLDetailsElement).open && element.localName !== 'summary';
}

function rendered(text: Node): boolean {
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getClientRects().length > 0;
}

/** Chromium's flat tree below `node`: the shadow root's children, or the light children. */
function flatChildren(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function copyNode(node: Node, context: CopyContext): Node[] {
  if (node.nodeType === Node.TEXT_NODE) {
    // White space the layout collapsed away (between flex items, say) is not in Chromium's
    // tree either; without it, "0:00" and the words after it run together.
    if (!node.textContent?.trim() && !rendered(node)) return [];
    const text = document.createTextNode(node.textContent ?? '');
    context.originals.set(text, node);
    return [text];
  }
  if (!(node instanceof Element) || SKIPPED.has(node.localName)) return [];
  if (node instanceof HTMLSlotElement) {
    if (isHidden(node)) return [];
    const assigned = node.assignedNodes({ flatten: true });
    const shown = assigned.length ? assigned : [...node.childNodes];
    return shown.flatMap((child) => copyNode(child, context));
  }
  const custom = node.localName.includes('-') || !!node.shadowRoot;
  const copy = custom
    ? document.createElement(getComputedStyle(node).display === 'inline' ? 'span' : 'div')
    : document.createElementNS(node.namespaceURI, node.localName);
  const prefix = scopePrefix(node, context);
  for (const { name, value } of node.attributes) {
    if (FETCHING.includes(name) || name.startsWith('on')) continue;
    if (name === 'id') copy.setAttribute('id', prefix + value);
    else if (ID_REFERENCES.includes(name))
      copy.setAttribute(
        name,
        value
          .trim()
          .split(/\s+/)
          .map((id) => prefix + id)
          .join(' '),
      );
    else copy.setAttribute(name, value);
  }
  if (custom) copy.setAttribute('data-host', node.localName);
  // A details element's summary is a disclosure button to browsers (HTML-AAM); the library has no role for it.
  const details = node.parentElement;
  if (node.localName === 'summary' && details?.localName === 'details' && details.querySelector(':scope > summary') === node) {
    if (!copy.hasAttribute('role')) copy.setAttribute('role', 'button');
    if (!copy.hasAttribute('aria-expanded')) copy.setAttribute('aria-expanded', String((details as HTMLDetailsElement).open));
  }
  // A role or name an element gives itself through ElementInternals (axe reads `_internals` too).
  const internals = (node as { _internals?: ElementInternals })._internals;
  if (internals?.role && !copy.hasAttribute('role')) copy.setAttribute('role', internals.role);
  if (internals?.ariaLabel && !copy.hasAttribute('aria-label')) copy.setAttribute('aria-label', internals.ariaLabel);
  if (isHidden(node)) {
    copy.setAttribute('hidden', '');
  } else {
    copy.removeAttribute('hidden');
    // The name computation puts spaces around block-level children: keep each element's display.
    if (copy instanceof HTMLElement || copy instanceof SVGElement) copy.style.setProperty('display', getComputedStyle(node).display);
  }
  context.originals.set(copy, node);
  context.copies.set(node, copy);
  for (const child of flatChildren(node)) copy.append(...copyNode(child, context));
  if (node instanceof HTMLInputElement) {
    (copy as HTMLInputElement).value = node.value;
    (copy as HTMLInputElement).checked = node.checked;
  } else if (node instanceof HTMLTextAreaElement) {
    (copy as HTMLTextAreaElement).value = node.value;
  } else if (node instanceof HTMLSelectElement) {
    // The library speaks a select's `value`; browsers expose the chosen option's text.
    for (const option of (copy as HTMLSelectElement).options) option.value = option.text;
    (copy as HTMLSelectElement).selectedIndex = node.selectedIndex;
  }
  return [copy];
}

/** Relations set through element reflection (`ariaLabelledByElements`) become id references in the copy. */
function copyReflectedRelations(context: CopyContext): void {
  let counter = 0;
  const idOf = (element: Element) => {
    const copy = context.copies.get(element);
    if (!copy) return undefined;
    if (!copy.id) copy.id = `sr-reflected-${++counter}`;
    return copy.id;
  };
  for (const [original, copy] of context.copies) {
    for (const [property, attribute] of [
      ['ariaLabelledByElements', 'aria-labelledby'],
      ['ariaDescribedByElements', 'aria-describedby'],
    ] as const) {
      const related = (original as unknown as Record<string, Element[] | null | undefined>)[property];
      if (!related?.length || original.hasAttribute(attribute)) continue;
      const ids = related.map(idOf).filter(Boolean);
      if (ids.length) copy.setAttribute(attribute, ids.join(' '));
    }
  }
}

/** The deepest open modal dialog inside `container`, across shadow roots. */
function openModal(container: Element): Element | null {
  const search = (root: Element | ShadowRoot): Element | null => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'dialog' && element.matches(':modal')) return element;
      if (element.shadowRoot) {
        const found = search(element.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  return search(container);
}

/** The language the nearest `lang` gives `node`, across shadow roots (the element's own first). */
export function resolvedLang(node: Node): string {
  let current: Element | null = node instanceof Element ? node : node.parentElement;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The library on its own, on the live page: what it says without the flat copy (to show what it misses). */
export async function walkWithoutCopy(container: Element): Promise<string[]> {
  await virtual.start({ container });
  try {
    const first = virtual.activeNode;
    const phrases = [await virtual.lastSpokenPhrase()];
    for (let step = 0; step < 5000; step++) {
      await virtual.next();
      const phrase = await virtual.lastSpokenPhrase();
      if (virtual.activeNode === first && phrase === phrases[0]) break;
      phrases.push(phrase);
    }
    return phrases;
  } finally {
    await virtual.stop();
  }
}

/**
 * Walks `container` from its first item to its last with the virtual screen reader's "next", on a
 * shadow-free copy of its composed tree, and returns each phrase with the live node it is about.
 */
export async function walk(container: Element): Promise<Utterance[]> {
  const start = openModal(container) ?? container;
  const context: CopyContext = {
    prefixes: new Map(),
    originals: new WeakMap(),
    copies: new Map(),
  };
  const [copy] = copyNode(start, context) as Element[];
  copyReflectedRelations(context);
  const holder = document.createElement('div');
  holder.setAttribute('data-screen-reader-copy', '');
  holder.setAttribute('lang', resolvedLang(start) || 'en');
  holder.style.cssText = 'position: absolute; inset-inline-start: -100000px; inline-size: 60rem';
  holder.append(copy!);
  document.body.append(holder);
  const utterances: Utterance[] = [];
  try {
    await virtual.start({ container: copy! });
    const first = virtual.activeNode;
    const firstPhrase = await virtual.lastSpokenPhrase();
    if (!first) return [];
    const record = async () => {
      const phrase = await virtual.lastSpokenPhrase();
      const node = virtual.activeNode;
      if (!node || insidePresentationalChildren(node) || (END.test(phrase) && hasPresentationalChildren(node))) return;
      utterances.push({ phrase, node: context.originals.get(node) ?? node });
    };
    await record();
    for (let step = 0; step < 5000; step++) {
      await virtual.next();
      if (virtual.activeNode === first && (await virtual.lastSpokenPhrase()) === firstPhrase) break;
      await record();
    }
  } finally {
    await virtual.stop();
    holder.remove();
  }
  return withoutLabelText(utterances);
}

/**
 * Roles whose children are presentational (a button, an image, a slider, a select's options): a
 * screen reader says the control's name, not its content again. The library reads that content
 * once more as loose text, with an "end of button" after it; those are left out.
 */
const PRESENTATIONAL_CHILDREN =
  'button, select, summary, img, input, [role~="button"], [role~="img"], [role~="checkbox"], [role~="radio"], [role~="switch"], [role~="slider"], [role~="tab"], [role~="menuitem"], [role~="option"], [role~="progressbar"], [role~="separator"], [role~="meter"]';

function hasPresentationalChildren(node: Node): boolean {
  return node instanceof Element && node.matches(PRESENTATIONAL_CHILDREN);
}

function insidePresentationalChildren(node: Node): boolean {
  return !!node.parentElement?.closest(PRESENTATIONAL_CHILDREN);
}

/**
 * Text inside the `<label>` of a control it wraps is the control's name: browsers expose it once,
 * as the name, and screen readers say it with the control. The virtual screen reader also reads
 * it again as loose text; those repeats are left out.
 */
function withoutLabelText(utterances: Utterance[]): Utterance[] {
  return utterances.filter(({ node }) => {
    const element = node instanceof Element ? node : node.parentElement;
    const label = element?.closest('label');
    if (!label || !label.control || element === label.control || label.control.contains(element)) return true;
    return !label.contains(label.control);
  });
}

/** The spoken phrases of `walk`, one string each. */
export async function spokenPhrases(container: Element): Promise<string[]> {
  return (await walk(container)).map((utterance) => utterance.phrase);
}

// ---------------------------------------------------------------------------------------------
// Generic checks on a transcript, independent of any fixture.

const ROLES =
  'alert|article|banner|button|checkbox|combobox|complementary|contentinfo|definition|dialog|document|figure|form|group|heading|img|link|list|listbox|listitem|log|main|navigation|note|option|paragraph|progressbar|radio|radiogroup|region|search|separator|slider|spinbutton|status|switch|tab|tablist|tabpanel|textbox|time|blockquote|caption|code|deletion|emphasis|insertion|strong|term|meter|application|presentation|none|generic|image|graphics-document|math';
const ROLE_PREFIX = new RegExp(`^(?:end of )?(?:${ROLES})(?:, |$)`);
const END = /^end(?: of|$)/;
/** States and positions a screen reader adds after a name: not part of what is "said" about the thing. */
const STATE =
  /, (?:level \d+|(?:not )?(?:checked|selected|pressed|expanded|collapsed|disabled|busy|modal|required|invalid|readonly)|current \w+|position \d+|set size \d+|(?:max|min) value [\d.-]+|orientated \w+|has popup \w+|\d+ controls?)(?=,|$)/g;
/** Roles that hold others: their name, when it comes from a labelling child, is heard twice by design. */
const CONTAINERS = new Set([
  'figure',
  'group',
  'navigation',
  'region',
  'dialog',
  'form',
  'search',
  'article',
  'list',
  'radiogroup',
  'main',
  'complementary',
  'banner',
  'contentinfo',
]);
const LANDMARKS = new Set(['navigation', 'region', 'main', 'complementary', 'banner', 'contentinfo', 'search', 'form']);
const INTERACTIVE = new Set([
  'button',
  'link',
  'slider',
  'checkbox',
  'radio',
  'combobox',
  'textbox',
  'switch',
  'spinbutton',
  'img',
  'image',
  'dialog',
]);

/** The role a phrase opens with, if any. */
export function roleOf(phrase: string): string | undefined {
  const match = ROLE_PREFIX.exec(phrase);
  return match ? match[0].replace(/^end of /, '').replace(/, $/, '') : undefined;
}

/** What the phrase says about its thing: no role, no states. */
export function said(phrase: string): string {
  const text = `, ${phrase.replace(ROLE_PREFIX, '')}`.replace(STATE, '').replace(/, current value /, ', ');
  return text.replace(/^, /, '').trim();
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Composed-tree ancestor test: is `node` inside `ancestor`, across shadow roots and slots? */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    const slot: HTMLSlotElement | null = current instanceof Element || current instanceof Text ? current.assignedSlot : null;
    current = slot ?? current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** The nearest Lede element around `node`, in the composed tree: one element is one "control" for the repeat check. */
function ledeHost(node: Node): Element | null {
  for (let current: Node | null = node; current;) {
    if (current instanceof Element && current.localName.startsWith('lede-')) return current;
    const slot: HTMLSlotElement | null = current instanceof Element || current instanceof Text ? current.assignedSlot : null;
    current = slot ?? current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** Is `node` the element (or inside the element) that gives `container` its name, such as a legend? */
function labels(node: Node, container: Node): boolean {
  if (!(container instanceof Element)) return false;
  const root = container.getRootNode() as Document | ShadowRoot;
  const referenced = (container.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id));
  const reflected = (container as Element & { ariaLabelledByElements?: Element[] | null }).ariaLabelledByElements ?? [];
  const labelling = [
    ...container.querySelectorAll(':scope > legend, :scope > figcaption, :scope > caption, :scope > summary'),
    ...referenced.filter((element): element is HTMLElement => !!element),
    ...reflected,
  ];
  return labelling.some((label) => label === node || label.contains(node));
}

/**
 * Problems with things read twice: the same words twice in a row, or within one Lede element
 * (a caption read as alt text and again as caption; a time read as a slider's value and again as
 * text; an error read from its paragraph and again from an alert; a dialog named with the alt of
 * the picture it shows). A container's name heard again from its own legend or caption is by
 * design, and so is a container's name quoted inside a longer name below it.
 */
export function repeats(utterances: Utterance[]): string[] {
  const problems: string[] = [];
  // Punctuation alone ("·" between two times) says nothing, so saying it twice repeats nothing.
  const items = utterances.filter(({ phrase }) => !END.test(phrase) && /[\p{L}\p{N}]/u.test(said(phrase)));
  const isLabelledBy = (container: Utterance, item: Utterance) =>
    CONTAINERS.has(roleOf(container.phrase) ?? '') && composedContains(container.node, item.node) && labels(item.node, container.node);
  for (let index = 1; index < items.length; index++) {
    const [a, b] = [items[index - 1]!, items[index]!];
    if (said(a.phrase) === said(b.phrase) && !isLabelledBy(a, b)) problems.push(`read twice in a row: "${a.phrase}" then "${b.phrase}"`);
  }
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      const host = ledeHost(a.node);
      if (!host || host !== ledeHost(b.node)) continue;
      const [sa, sb] = [said(a.phrase), said(b.phrase)];
      if (j === i + 1 && sa === sb) continue; // reported above
      const aContainer = CONTAINERS.has(roleOf(a.phrase) ?? '') && composedContains(a.node, b.node);
      if (isLabelledBy(a, b)) continue;
      const equal = sa === sb;
      const [shorter, longer] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
      const contained = !aContainer && words(shorter) >= 3 && longer.includes(shorter);
      if (equal || contained) problems.push(`read twice in <${host.localName}>: "${a.phrase}" and "${b.phrase}"`);
    }
  }
  return problems;
}

/**
 * Problems with what is read: placeholder or file-name alt texts, times glued to words
 * ("0:00The committee"), a zero unit read out ("0 minutes, 8 seconds"), a control with no name,
 * and a landmark with nothing inside.
 */
export function junk(utterances: Utterance[]): string[] {
  const problems: string[] = [];
  utterances.forEach(({ phrase, node }, index) => {
    const role = roleOf(phrase);
    const text = said(phrase);
    if (END.test(phrase)) return;
    if ((role === 'img' || role === 'image') && isPlaceholderAlt(text)) problems.push(`a placeholder read as a picture: "${phrase}"`);
    if (/\d:\d\d\p{L}/u.test(phrase)) problems.push(`a time glued to the words after it: "${phrase}"`);
    if (/(?:^|[^\d.,:])0 (?:hours?|minutes?)(?:,| and)/.test(phrase)) problems.push(`a zero unit read out: "${phrase}"`);
    if (role && INTERACTIVE.has(role) && !text) problems.push(`a ${role} with no name: "${phrase}"`);
    if (role && LANDMARKS.has(role)) {
      const inside = utterances
        .slice(index + 1)
        .some((other) => other.node !== node && !END.test(other.phrase) && composedContains(node, other.node));
      if (!inside) problems.push(`an empty landmark: "${phrase}"`);
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Language: what Lede generated must be marked with the language it is really in.

const LATIN_WORD = /\p{Script=Latin}{2,}/u;
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'alt', 'title', 'aria-description', 'aria-roledescription', 'placeholder'];

function hiddenFromEveryone(element: Element): boolean {
  for (let current: Element | null = element; current;) {
    if (current.getAttribute('aria-hidden') === 'true' || isHidden(current)) return true;
    const parent: Node | null = current.assignedSlot ?? current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return false;
}

/** Every text node and spoken attribute Lede generated inside `container`: shadow roots of Lede elements, and `[data-lede-generated]` nodes in the content. */
export function generatedSpeech(container: Element): Array<{ text: string; node: Node; where: string }> {
  const found: Array<{ text: string; node: Node; where: string }> = [];
  const visit = (root: ParentNode, generated: boolean, host: string) => {
    for (const child of root.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && generated && child.textContent!.trim()) {
        if (!hiddenFromEveryone(child.parentElement ?? (root as ShadowRoot).host)) {
          found.push({
            text: child.textContent!.trim(),
            node: child,
            where: `text in <${host}>`,
          });
        }
      }
      if (!(child instanceof Element) || child.localName === 'script' || child.localName === 'style') continue;
      const inGenerated = generated || child.hasAttribute('data-lede-generated');
      if (inGenerated && !hiddenFromEveryone(child)) {
        for (const attribute of SPOKEN_ATTRIBUTES) {
          const value = child.getAttribute(attribute)?.trim();
          if (value)
            found.push({
              text: value,
              node: child,
              where: `${attribute} of <${child.localName}> in <${host}>`,
            });
        }
      }
      visit(child, inGenerated, child.localName.startsWith('lede-') ? child.localName : host);
      if (child.shadowRoot && child.localName.startsWith('lede-')) visit(child.shadowRoot, true, child.localName);
    }
  };
  visit(container, false, 'page');
  return found;
}

/**
 * Text Lede generated that has Latin-script words (English, where the page's language has no
 * strings of its own) but whose resolved language is not English: a screen reader would say it
 * with the page's voice (WCAG 3.1.2).
 */
export function englishInTheWrongVoice(container: Element): string[] {
  return generatedSpeech(container)
    .filter(({ text, node }) => LATIN_WORD.test(text) && !/^en(?:-|$)/i.test(resolvedLang(node)))
    .map(({ text, node, where }) => `"${text}" (${where}) is read as lang="${resolvedLang(node)}"`);
}

// ---------------------------------------------------------------------------------------------
// Fixtures: one readable file per element, one section per state, one phrase per line.

/** Reads `## state` sections from a transcript file. Lines starting with `#` and a space are comments. */
export function parseTranscripts(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim(), current);
    } else if (line.startsWith('# ') || line === '#' || !line.trim()) {
      continue;
    } else {
      current?.push(line);
    }
  }
  return sections;
}

/** Writes sections back in the same format, under `header` (comment lines). */
export function formatTranscripts(header: string, sections: Map<string, string[]>): string {
  const head = header
    .trim()
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
  const body = [...sections].map(([state, phrases]) => `## ${state}\n${phrases.join('\n')}`).join('\n\n');
  return `${head}\n\n${body}\n`;
}
