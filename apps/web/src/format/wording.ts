/**
 * Sentences that would say a word twice (issue 19: "Start fasen Fase 1", "Høring: Høring vedr.
 * …"): a name that already says what kind of thing it is is not told so again.
 */
export function saysItsKind(name: string, kindWord: string): boolean {
  return name.trim().toLocaleLowerCase('da').startsWith(kindWord.trim().toLocaleLowerCase('da'));
}

/** "Høring: Bostøtte", but "Høring vedr. bostøtte" alone. */
export function kindAndTitle(kindWord: string, title: string): string {
  return saysItsKind(title, kindWord) ? title : `${kindWord}: ${title}`;
}

/** A phase named "Fase 1" or "Phase 2" is not called "fasen Fase 1". */
export function namesAPhase(name: string): boolean {
  return /^(fase|phase)\b/i.test(name.trim());
}
