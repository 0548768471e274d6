import { JsonValue } from '@backstage/types';
import { FactDeclaration, FactType } from './types';

/**
 * Checks fact values against their declarations and returns the first
 * problem as `{ field, message }`, or undefined when all are valid.
 *
 * @public
 * @param facts - The values, by fact name.
 * @param declarations - The declared facts, by name.
 */
export function findInvalidFact(
  facts: Record<string, JsonValue>,
  declarations: Record<string, FactDeclaration>,
): { field: string; message: string } | undefined {
  for (const [name, value] of Object.entries(facts)) {
    const declaration = Object.prototype.hasOwnProperty.call(declarations, name)
      ? declarations[name]
      : undefined;
    if (!declaration) {
      return { field: name, message: `undeclared fact "${name}"` };
    }
    if (value !== null && !hasFactType(value, declaration.type)) {
      return {
        field: name,
        message: `fact "${name}" must be of type ${declaration.type}`,
      };
    }
  }
  return undefined;
}

/**
 * Whether a value has the given fact type.
 *
 * @public
 */
export function hasFactType(value: JsonValue, type: FactType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every(v => typeof v === 'string');
    default:
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value)
      );
  }
}
