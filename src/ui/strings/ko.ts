import type { StringTable } from './index.ts';

export const ko: StringTable = {};
