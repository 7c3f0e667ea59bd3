import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const ROOT = new URL('../../', import.meta.url).pathname;
const imports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);

describe('import rules (ui -> store -> sim/scenario/engine)', () => {
  const store = files(join(ROOT, 'src/store'));
  const ui = files(join(ROOT, 'src/ui'));

  it('the store never imports the UI, Phaser or the DOM layer', () => {
    for (const file of store) {
      for (const spec of imports(file)) {
        expect(spec, relative(ROOT, file)).not.toMatch(/\/ui\/|^phaser$/);
      }
    }
  });

  it('ui/dom never imports Phaser, directly or through ui/phaser', () => {
    for (const file of ui.filter((f) => f.includes('/ui/dom/'))) {
      for (const spec of imports(file)) {
        expect(spec, relative(ROOT, file)).not.toMatch(/^phaser$|\/phaser\//);
      }
    }
  });

  it('only ui/phaser imports the phaser package, and viewmodels stay pure', () => {
    for (const file of ui) {
      const specs = imports(file);
      if (!file.includes('/ui/phaser/')) expect(specs, relative(ROOT, file)).not.toContain('phaser');
      if (file.includes('/ui/viewmodel/')) {
        for (const spec of specs)
          expect(spec, relative(ROOT, file)).not.toMatch(/\/dom\/|\/phaser\/|\/store\/(?!index\.ts)/);
      }
    }
  });

  it('other folders are reached through their index.ts', () => {
    for (const file of [...store, ...ui]) {
      for (const spec of imports(file)) {
        const m = spec.match(
          /^(?:\.\.\/)+(engine|scenario|sim|store|ui\/(?:dom|phaser|viewmodel|strings))\/(.+)$/,
        );
        if (m) expect(m[2], `${relative(ROOT, file)} imports ${spec}`).toBe('index.ts');
      }
    }
  });

  it('author text never goes through HTML parsing', () => {
    for (const file of ui) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(ROOT, file)).not.toMatch(
        /\.innerHTML|outerHTML|insertAdjacentHTML|createFromHTML|document\.write/,
      );
    }
  });
});
