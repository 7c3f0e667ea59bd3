import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { shallowEqual, watch } from '../../src/store/index.ts';
import { createDisposer } from '../../src/ui/phaser/disposer.ts';
import { en } from '../../src/ui/strings/en.ts';
import { LANGUAGES, setLanguage, t } from '../../src/ui/strings/index.ts';

describe('disposer', () => {
  it('runs every teardown once, in reverse, however often it is called', () => {
    const order: number[] = [];
    const d = createDisposer();
    d.add(() => order.push(1));
    d.add(() => order.push(2));
    d.dispose();
    d.dispose();
    expect(order).toEqual([2, 1]);
    d.add(() => order.push(3));
    expect(order).toEqual([2, 1, 3]);
    expect(d.disposed).toBe(true);
  });
});

describe('watch', () => {
  it('calls back only when the selected slice changes, and stops after unsubscribe', () => {
    const store = createStore<{ a: number; b: number }>()(() => ({ a: 1, b: 1 }));
    const seen = vi.fn();
    const stop = watch(store, (s) => ({ a: s.a }), seen, shallowEqual);
    store.setState({ b: 2 });
    expect(seen).not.toHaveBeenCalled();
    store.setState({ a: 2 });
    expect(seen).toHaveBeenCalledWith({ a: 2 }, { a: 1 });
    stop();
    store.setState({ a: 3 });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('string table', () => {
  it('fills placeholders and falls back to English', () => {
    expect(t('title.playAs', { name: 'Japan' })).toBe('Play as Japan');
    expect(t('title.playAs')).toBe('Play as {name}');
    expect(setLanguage('xx')).toBe('en');
    expect(LANGUAGES.map((l) => l.code)).toContain('en');
  });

  it('has no empty strings and balanced placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.length, key).toBeGreaterThan(0);
      expect((value.match(/\{/g) ?? []).length, key).toBe((value.match(/\}/g) ?? []).length);
    }
  });
});
