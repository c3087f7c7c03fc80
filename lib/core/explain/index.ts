/** Sentences for reasons, in AUD (see text.ts). */
export { reasonText, times } from './text';
export { risenCategories, unflaggedNote, type CategoryLevel } from './unflagged';
