/**
 * Longest regex pattern accepted in a rule.
 *
 * @public
 */
export const MAX_REGEX_PATTERN_LENGTH = 256;

const MAX_REPEATS = 6;
const ALLOWED_FLAGS = /^[imsu]*$/;

interface GroupState {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/**
 * Checks a regex pattern for constructs that can backtrack catastrophically
 * and returns the reason it is refused, or undefined when it is safe.
 *
 * @remarks
 *
 * The check is deliberately conservative ("star height one"): a group that
 * holds a quantifier or an alternation may not itself be repeated more than
 * once (`(a+)+`, `(a|b)*`, `(\w+\s?){2,}` are refused, `(\.\d+)?` is fine).
 * Backreferences and lookarounds are refused as well, and the pattern must be
 * short, with at most six repeated tokens, never three in a row (`\s*\s*\s*`).
 * Inputs are also length-capped at evaluation time.
 *
 * @public
 */
export function findUnsafeRegexReason(
  pattern: string,
  flags = '',
): string | undefined {
  if (pattern.length > MAX_REGEX_PATTERN_LENGTH) {
    return `pattern is longer than ${MAX_REGEX_PATTERN_LENGTH} characters`;
  }
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return `flags "${flags}" are not allowed (use i, m, s, u)`;
  }
  try {
    // eslint-disable-next-line no-new
    new RegExp(pattern, flags);
  } catch (error) {
    return `pattern does not compile: ${(error as Error).message}`;
  }

  const stack: GroupState[] = [{ hasQuantifier: false, hasAlternation: false }];
  // What the previous token was, so a quantifier knows what it repeats.
  let previous: 'atom' | 'group' | 'none' = 'none';
  let closedGroup: GroupState | undefined;
  let inClass = false;
  // Where the token before a quantifier starts, and where the last repeated
  // token ended: `a*a*a*b` style runs backtrack with a high polynomial
  // degree, so three repeated tokens in a row are refused.
  let tokenStart = 0;
  const groupStarts: number[] = [];
  let lastRepeatEnd = -2;
  let repeatCount = 0;
  let run = 0;

  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];

    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) {
        return 'backreferences are not allowed';
      }
      tokenStart = i;
      i++;
      previous = 'atom';
      continue;
    }
    if (inClass) {
      if (char === ']') {
        inClass = false;
        previous = 'atom';
      }
      continue;
    }
    if (char === '[') {
      tokenStart = i;
      inClass = true;
      continue;
    }
    if (char === '(') {
      if (pattern[i + 1] === '?') {
        const kind = pattern[i + 2];
        if (kind === '=' || kind === '!' || kind === '<') {
          const named = kind === '<' && !['=', '!'].includes(pattern[i + 3]);
          if (!named) {
            return 'lookaround assertions are not allowed';
          }
        }
      }
      stack.push({ hasQuantifier: false, hasAlternation: false });
      groupStarts.push(i);
      previous = 'none';
      continue;
    }
    if (char === ')') {
      closedGroup = stack.pop();
      if (!closedGroup || stack.length === 0) {
        return 'unbalanced parentheses';
      }
      // Whatever the group holds is also inside the enclosing group.
      const top = stack[stack.length - 1];
      top.hasQuantifier ||= closedGroup.hasQuantifier;
      top.hasAlternation ||= closedGroup.hasAlternation;
      tokenStart = groupStarts.pop() ?? 0;
      previous = 'group';
      continue;
    }
    if (char === '|') {
      stack[stack.length - 1].hasAlternation = true;
      previous = 'none';
      continue;
    }

    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      if (previous === 'group' && closedGroup && quantifier.repeats) {
        if (closedGroup.hasQuantifier) {
          return 'a repeated group contains a quantifier (nested quantifiers)';
        }
        if (closedGroup.hasAlternation) {
          return 'a repeated group contains an alternation';
        }
      }
      if (quantifier.repeats && previous !== 'none') {
        run = tokenStart === lastRepeatEnd + 1 ? run + 1 : 1;
        if (run > 2) {
          return 'three repeated tokens follow each other';
        }
        repeatCount++;
        if (repeatCount > MAX_REPEATS) {
          return `more than ${MAX_REPEATS} repeated tokens`;
        }
        lastRepeatEnd = quantifier.end;
      }
      stack[stack.length - 1].hasQuantifier = true;
      i = quantifier.end;
      previous = 'none';
      continue;
    }

    tokenStart = i;
    previous = 'atom';
  }

  return undefined;
}

function readQuantifier(
  pattern: string,
  index: number,
): { end: number; repeats: boolean } | undefined {
  const char = pattern[index];
  const lazy = (end: number) => (pattern[end + 1] === '?' ? end + 1 : end);
  if (char === '*' || char === '+') {
    return { end: lazy(index), repeats: true };
  }
  if (char === '?') {
    return { end: lazy(index), repeats: false };
  }
  if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
    if (!match) {
      return undefined;
    }
    const max = match[2] === undefined ? Number(match[1]) : match[3];
    const repeats = max === '' || Number(max) > 1;
    return { end: lazy(index + match[0].length - 1), repeats };
  }
  return undefined;
}
