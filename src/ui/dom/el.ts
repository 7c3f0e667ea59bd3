/**
 * The one way this UI makes elements. Text always goes in as text nodes (`textContent`), never as
 * HTML, so author text from scenario files stays inert whatever it contains.
 */
export type Child = Node | string | null | undefined | false;

/** What {@link h} may set on an element. */
export interface Props {
  /** Class names, space separated. */
  readonly class?: string;
  readonly id?: string;
  /** Attributes such as `aria-*`, `role`, `type`; `on*` attributes are refused. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Event listeners. */
  readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
  /** A stable key: focus and scroll position return to the element with the same key after a re-render. */
  readonly key?: string;
}

/** Creates an element with safe attributes and text children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  if (props.key) node.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) setAttr(node, name, value);
  for (const [type, listener] of Object.entries(props.on ?? {}))
    node.addEventListener(type, listener as EventListener);
  append(node, children);
  return node;
}

/** Sets or removes one attribute; event-handler attributes are a programmer error. */
export function setAttr(
  node: Element,
  name: string,
  value: string | number | boolean | null | undefined,
): void {
  if (/^on/i.test(name)) throw new Error(`programmer error: no inline handlers (${name})`);
  if (value === false || value === null || value === undefined) node.removeAttribute(name);
  else node.setAttribute(name, value === true ? '' : String(value));
}

/** Appends children; strings become text nodes. */
export function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** An SVG element; attributes only, text through text nodes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: readonly Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(node, name, value);
  append(node, children);
  return node;
}

let uid = 0;
/** A fresh id for label/description links. */
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * Replaces a container's children, then puts focus and scroll positions back on the elements
 * with the same `data-key`, so re-rendering never throws a keyboard user back to the top.
 */
export function replaceKeepingFocus(
  container: HTMLElement,
  next: readonly Node[],
  fallbackFocus?: string,
): void {
  const active =
    document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const hadFocus = document.activeElement !== null && container.contains(document.activeElement);
  const scrolls = new Map<string, number>();
  for (const node of container.querySelectorAll<HTMLElement>('[data-scroll-key]')) {
    scrolls.set(node.dataset.scrollKey ?? '', node.scrollTop);
  }
  container.replaceChildren(...next);
  for (const node of container.querySelectorAll<HTMLElement>('[data-scroll-key]')) {
    const top = scrolls.get(node.dataset.scrollKey ?? '');
    if (top !== undefined) node.scrollTop = top;
  }
  if (!hadFocus) return;
  const target =
    (active ? container.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`) : null) ??
    (fallbackFocus
      ? container.querySelector<HTMLElement>(`[data-key="${CSS.escape(fallbackFocus)}"]`)
      : null);
  target?.focus({ preventScroll: true });
}

/** A button that stays focusable when unavailable and says why (aria-disabled plus a visible reason). */
export function actionButton(
  label: string,
  reason: string | null,
  onPress: () => void,
  props: { key?: string; class?: string; describedBy?: string } = {},
): HTMLElement[] {
  const reasonId = reason ? nextId('why') : null;
  const describedBy = [props.describedBy, reasonId].filter(Boolean).join(' ') || null;
  const button = h(
    'button',
    {
      class: `btn ${props.class ?? ''}`.trim(),
      ...(props.key ? { key: props.key } : {}),
      attrs: { type: 'button', 'aria-disabled': reason ? 'true' : null, 'aria-describedby': describedBy },
      on: {
        click: () => {
          if (!reason) onPress();
        },
      },
    },
    label,
  );
  if (!reason || !reasonId) return [button];
  return [button, h('p', { class: 'reason', id: reasonId }, reason)];
}

/**
 * A quote from one of the articles, in quotation marks. The articles are English and a quote is
 * kept word for word, so it says so (`lang="en"`): a screen reader in a Japanese or Korean page
 * reads it in English, and the text takes the English forms.
 */
export function articleQuote(text: string): HTMLQuoteElement {
  return h('blockquote', { attrs: { lang: 'en' } }, `“${text}”`);
}
