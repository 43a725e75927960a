/**
 * Memoizes a pure function of strings. Scoring asks the same questions over and over
 * ("is 'Boston, MA' in DACH?" for every ICP and every CSV row); answers are kept in a
 * bounded map that is simply cleared when full.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, limit = 5000): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    // One string argument (the classifiers' case) is its own key: the same key as the general form, without building it.
    const key = args.length === 1 && typeof args[0] === 'string' ? args[0] : args.map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a))).join('\u0000');
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
