import type { StringTable } from './index.ts';

export const ja: StringTable = {};
