import type { StudioTexts } from '../ui/dom/index.ts';

/**
 * The texts the scenario studio starts a draft from: the template `npm run scenario:new` writes,
 * and every shipped scenario as written. Fetched only when the studio opens, so the title screen
 * carries none of them.
 */
const shipped = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export async function studioTexts(): Promise<StudioTexts> {
  const template = (await import('../../scenarios/template/scenario.yaml?raw')).default;
  const files = await Promise.all(
    Object.entries(shipped).map(async ([path, load]) => ({
      name: path.slice(path.lastIndexOf('/') + 1),
      text: await load(),
    })),
  );
  return { template, shipped: files.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}
