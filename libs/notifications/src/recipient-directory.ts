/** Where the mailer finds a person's address; the module backs it with the council directory. */
export abstract class RecipientDirectory {
  abstract emailOf(councilId: string | null, personId: string): Promise<string | undefined>;
}
