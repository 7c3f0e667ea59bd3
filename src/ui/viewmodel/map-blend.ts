import type { TableView } from './table.ts';

/** A value a fraction `k` (0-1) of the way from `a` to `b`. */
function mix(a: number, b: number, k: number): number {
  return a + (b - a) * k;
}

/**
 * The table part of the way from what the map showed before a move to what it shows after:
 * tension, the player's approval, each issue's progress and each delegation's estimated
 * expectation and trust move; everything else (names, the calendar, who is at the table) is the
 * new view's. Figures the map prints stay whole numbers, as the view gives them.
 */
export function blendView(from: TableView, to: TableView, k: number): TableView {
  if (k >= 1) return to;
  const t = Math.max(0, k);
  const before = new Map(from.delegations.map((d) => [d.id, d]));
  const progress = new Map(from.issues.map((i) => [i.id, i.progress]));
  const { approval } = to.self;
  const was = from.self.approval;
  return {
    ...to,
    tension: Math.round(mix(from.tension, to.tension, t)),
    self: {
      ...to.self,
      approval: approval === null || was === null ? approval : Math.round(mix(was, approval, t)),
    },
    issues: to.issues.map((i) => ({
      ...i,
      progress: Math.round(mix(progress.get(i.id) ?? i.progress, i.progress, t)),
    })),
    delegations: to.delegations.map((d) => {
      const old = before.get(d.id);
      if (!old) return d;
      return {
        ...d,
        expectation: { ...d.expectation, value: mix(old.expectation.value, d.expectation.value, t) },
        trust: { ...d.trust, value: mix(old.trust.value, d.trust.value, t) },
      };
    }),
  };
}
