import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { completeAt, describeAt, type SchemaNode } from '../../scenario/index.ts';
import type { CheckProblem } from '../../sim/index.ts';

/**
 * The studio's editor: CodeMirror 6 with its YAML mode, completion and hover words from the
 * scenario format's own schema and the file's ids, and the checker's problems underlined where
 * they are. Tab is left to move focus (CodeMirror's default), so a keyboard never gets trapped;
 * Ctrl-Space opens completion and Escape closes it.
 */

/** What the editor tells the studio. */
export interface EditorHooks {
  /** The text changed: save it (at once: a draft must never lose a word). */
  readonly onChange: (text: string) => void;
  /** Checks the text; its problems come back to be underlined. */
  readonly check: (text: string) => Promise<readonly CheckProblem[]>;
  /** Article files the file may cite beyond its own list (the shipped five). */
  readonly sources: readonly string[];
  /** The editor's accessible name. */
  readonly label: string;
}

/** A problem's place in the document: from its column to the end of its line's text. */
export function problemRange(
  doc: EditorState['doc'],
  line: number,
  column: number,
): { from: number; to: number } {
  const at = doc.line(Math.min(Math.max(1, line), doc.lines));
  const from = Math.min(at.from + Math.max(0, column - 1), at.to);
  const end = at.from + at.text.trimEnd().length;
  return { from, to: Math.max(end, from) };
}

/** The problems as CodeMirror diagnostics, each with the checker's words and its hint. */
export function diagnostics(state: EditorState, problems: readonly CheckProblem[]): Diagnostic[] {
  return problems.map((p) => ({
    ...problemRange(state.doc, p.line, p.column),
    severity: p.severity,
    message: p.hint ? `${p.message} — ${p.hint}` : p.message,
    source: p.code,
  }));
}

/** Builds the editor in `parent` with `text`; returns the view. */
export function createEditor(
  parent: HTMLElement,
  text: string,
  schema: SchemaNode,
  hooks: EditorHooks,
): EditorView {
  const complete = (context: CompletionContext): CompletionResult | null => {
    const doc = context.state.doc.toString();
    const found = completeAt(schema, doc, context.pos, hooks.sources);
    if (!found) return null;
    // Typing a word, or asked for (Ctrl-Space): offer; right after a space only when asked.
    if (!context.explicit && found.from === context.pos && !/[:\-{[,]\s$/.test(doc.slice(0, context.pos)))
      return null;
    return {
      from: found.from,
      options: found.options.map((o) => ({
        label: o.label,
        apply: o.apply,
        detail: o.detail,
        info: o.info,
        type: o.kind === 'key' ? 'property' : o.kind === 'id' ? 'variable' : 'enum',
      })),
      validFor: /^[\w.-]*$/,
    };
  };
  const hover = hoverTooltip((view, pos) => {
    const found = describeAt(schema, view.state.doc.toString(), pos);
    if (!found) return null;
    return {
      pos: found.from,
      end: found.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-hover';
        const title = document.createElement('strong');
        title.textContent = found.title;
        const words = document.createElement('p');
        words.textContent = found.text;
        dom.append(title, words);
        return { dom };
      },
    };
  });
  const check = linter(
    async (view) => diagnostics(view.state, await hooks.check(view.state.doc.toString())),
    {
      delay: 350,
    },
  );
  const state = EditorState.create({
    doc: text,
    extensions: [
      basicSetup,
      look,
      yaml(),
      autocompletion({ override: [complete], activateOnTyping: true }),
      hover,
      check,
      lintGutter(),
      keymap.of([]),
      EditorView.lineWrapping,
      // A tab stop of its own, so the scroller around it counts as reachable by keyboard (axe).
      EditorView.contentAttributes.of({
        'aria-label': hooks.label,
        'data-key': 'studio-text',
        tabindex: '0',
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) hooks.onChange(update.state.doc.toString());
      }),
    ],
  });
  // In a shadow root of its own, CodeMirror's styles go in as constructed style sheets, which the
  // game's content security policy allows; in the page it would add a <style> element, which the
  // policy (style-src 'self', no inline styles) refuses.
  const root = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
  return new EditorView({ state, parent: root, root });
}

/** The editor's look inside its shadow root, where the page's style sheet does not reach. */
const look = EditorView.theme({
  // As tall as its box (.studio-editor, sized by the page's style sheet for each width).
  '&': { height: '100%', fontSize: '0.9rem', backgroundColor: '#fff', color: '#1f2a33' },
  '&.cm-focused': { outline: '3px solid #0b5cad', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: '#f1ebdd', color: '#4f5a63', borderRight: '1px solid #d8cfbd' },
  '.studio-hover': { maxWidth: '28rem', padding: '0.25rem 0.5rem', fontFamily: 'system-ui, sans-serif' },
  '.studio-hover p': { margin: '0.25rem 0 0' },
});
