/** The follow-up's stream category (`CaseLocator` makes its stream ids). */
export const FOLLOW_UP_CATEGORY = 'followUp';
