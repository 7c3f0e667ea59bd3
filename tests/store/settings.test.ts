import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../src/store/index.ts';
import { FakeStorage } from './fake-storage.ts';
import { testStore } from './helpers.ts';

const KEY = 'give-and-take:settings';

describe('settings', () => {
  it('start with the tour not yet seen', () => {
    expect(readSettings(new FakeStorage())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.toured).toBe(false);
  });

  it('remember that the tour was seen, with the other choices', () => {
    const storage = new FakeStorage();
    expect(writeSettings(storage, { ...DEFAULT_SETTINGS, textSize: 150, toured: true })).toBe(true);
    expect(readSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, textSize: 150, toured: true });
  });

  it('keep the choices saved before the tour existed, and show it once', () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, JSON.stringify({ motion: 'reduce', textSize: 125, language: 'en' }));
    expect(readSettings(storage)).toEqual({ motion: 'reduce', textSize: 125, language: 'en', toured: false });
  });

  it('start a first visit in the language given for it, and keep a choice once made', () => {
    const storage = new FakeStorage();
    expect(readSettings(storage, { language: 'ja' })).toEqual({ ...DEFAULT_SETTINGS, language: 'ja' });
    writeSettings(storage, { ...DEFAULT_SETTINGS, language: 'ko' });
    expect(readSettings(storage, { language: 'ja' }).language).toBe('ko');
    storage.setItem(KEY, '{not json');
    expect(readSettings(storage, { language: 'ja' }).language).toBe('ja');
  });

  it('fall back to the defaults when unreadable', () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, JSON.stringify({ ...DEFAULT_SETTINGS, toured: 'yes' }));
    expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
    storage.setItem(KEY, '{not json');
    expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
  });

  it('persist through the store: a new store over the same storage knows the tour was seen', () => {
    const { store, storage } = testStore();
    expect(store.getState().settings.toured).toBe(false);
    store.getState().setSettings({ toured: true });
    const again = testStore(storage);
    expect(again.store.getState().settings.toured).toBe(true);
    expect(again.store.getState().settings.textSize).toBe(DEFAULT_SETTINGS.textSize);
  });
});
