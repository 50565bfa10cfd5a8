/** Bootstrap resamples and Monte-Carlo simulations, unless --resamples says otherwise. */
export const DEFAULT_RESAMPLES = 2000;
/** The seed of every random stream, unless --seed says otherwise: same input, same output. */
export const DEFAULT_SEED = 1;
/** Least respondents a segment needs to be tested (--min-segment). */
export const DEFAULT_MIN_SEGMENT = 10;
/** Significance level at which a feature's segments are flagged as differing (on Holm-adjusted p). */
export const SEGMENT_ALPHA = 0.05;
/** Share of questionable pairs above which a feature is flagged: Q should rarely occur (Sauerwein et al. 1996). */
export const DEFAULT_QUESTIONABLE_WARNING = 0.1;
