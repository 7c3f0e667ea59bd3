/** Why an action was refused: a stable code and a sentence a player understands. */
export interface ActionError {
  readonly code: string;
  readonly message: string;
}

/** A refusal with its code. */
export const refuse = (code: string, message: string): ActionError => ({ code, message });
