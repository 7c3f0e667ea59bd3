/**
 * How many seeds a "most seeds" claim needs. Games are deterministic, so a claim over seeds is
 * exact for those seeds; the question is how many make "most" (80% or more) or "few" (under 20%)
 * mean something. With every one of n seeds agreeing, the 95% Wilson bound on the share passes
 * 0.8 (or falls under 0.2) from n = 16; 20 leaves a margin. Measured when this was set: the
 * historical line of 2001, 2002, 2007, 2006 and the Six Party round reproduced history in 50 of 50
 * seeds, and pressure alone won North Korea's concession in 0 of 40 in each bilateral scenario. A
 * claim whose share is lower needs more seeds (the 2004 visit, 90 of 100, keeps 100).
 */
export const SEEDS_FOR_MOST = 20;
