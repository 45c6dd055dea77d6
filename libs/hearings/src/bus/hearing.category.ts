/** The hearing's stream category; `CaseLocator` makes the stream id from it, the council and the id. */
export const HEARING_CATEGORY = 'hearing';
