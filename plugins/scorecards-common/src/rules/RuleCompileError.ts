import { InputError } from '@backstage/errors';

/**
 * Thrown when a rule or filter cannot be compiled. The message starts with
 * the key path of the offending part, for example
 * `$all[1].facts.ci.coverage.$gt`.
 *
 * @public
 */
export class RuleCompileError extends InputError {
  /** Key path of the offending part of the rule. */
  readonly path: string;
  /** Why it was refused. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path || '(root)'}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}
