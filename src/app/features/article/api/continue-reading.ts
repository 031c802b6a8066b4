/** Navigation state that asks the next article to go on reading aloud (朗读). */
export interface ContinueState {
  readAloud: true;
}

export const isContinue = (state: unknown): state is ContinueState =>
  typeof state === "object" && state !== null && (state as Partial<ContinueState>).readAloud === true;
