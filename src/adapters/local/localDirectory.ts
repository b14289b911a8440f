import { agencyLabel, type Person } from '../../core/people/agency';
import type { DirectoryPort } from '../../core/ports';

/** The directory in local mode: a fixed list of fictional people across the agencies. */
export class LocalDirectory implements DirectoryPort {
  constructor(
    private readonly people: readonly Person[],
    private readonly signedIn: Person,
  ) {}

  async me(): Promise<Person> {
    return this.signedIn;
  }

  async searchPeople(query: string): Promise<Person[]> {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return this.people.filter((p) =>
      [p.name, p.email, p.role ?? '', agencyLabel(p.agency)].some((field) => field.toLowerCase().includes(q)),
    );
  }
}
