/** A refusal the backup and restore commands print to the operator as is (in the console's language, says what to do). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
