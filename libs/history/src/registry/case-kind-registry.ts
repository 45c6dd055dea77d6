import {
  CASE_KINDS,
  NotFoundError,
  parseStreamId,
  type CaseKind,
  type CaseKindDefinition,
} from '@app/kernel';

/** DI token for the definitions the integrator registers (one per aggregate of every feature lib). */
export const CASE_KIND_DEFINITIONS = Symbol('CASE_KIND_DEFINITIONS');

/**
 * The kinds history knows. It never imports a feature lib: whatever definitions are registered
 * are served, and a URL segment with no definition is a 404 like any unknown route.
 */
export class CaseKindRegistry {
  private readonly byKind = new Map<CaseKind, CaseKindDefinition>();
  private readonly byCategory = new Map<string, CaseKindDefinition>();

  constructor(definitions: readonly CaseKindDefinition[]) {
    for (const definition of definitions) {
      if (this.byKind.has(definition.kind)) throw new Error(`case kind ${definition.kind} registered twice`);
      this.byKind.set(definition.kind, definition);
      this.byCategory.set(CASE_KINDS[definition.kind], definition);
    }
  }

  kinds(): CaseKind[] {
    return [...this.byKind.keys()];
  }

  has(kind: string): kind is CaseKind {
    return this.byKind.has(kind as CaseKind);
  }

  /** The definition for a URL segment; 404 for a segment nobody registered. */
  get(kind: string): CaseKindDefinition {
    const definition = this.byKind.get(kind as CaseKind);
    if (!definition) throw new NotFoundError(`no such kind of case: ${kind}`);
    return definition;
  }

  /** The kind and id a stream belongs to, or undefined for a stream of an unregistered category. */
  caseOf(streamId: string): { kind: CaseKind; id: string; definition: CaseKindDefinition } | undefined {
    const { category, id } = parseStreamId(streamId);
    const definition = this.byCategory.get(category);
    return definition ? { kind: definition.kind, id, definition } : undefined;
  }
}
