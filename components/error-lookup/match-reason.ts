/**
 * Why an entry matched, so the page can show it and a person can judge it. Apart from match.ts,
 * which finds the reasons, because messages.ts words them and match.ts uses those words.
 */
export type MatchReason =
  | { kind: 'code'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'pattern'; value: string }
  /** A person's own words for the symptom (`match.describes`), weaker than an error's wording. */
  | { kind: 'description'; value: string }
  | { kind: 'status'; value: number }
  | { kind: 'status-default'; value: number }
  | { kind: 'dialect'; value: string }
  /** The first answer's message is also how this entry's failure shows (`ErrorEntry.sharedWith`); value: that entry's id. */
  | { kind: 'shared'; value: string }
