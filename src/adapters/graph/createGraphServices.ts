/** Graph mode's composition (replaced when the Microsoft Graph adapters land). */
export async function createGraphServices(_options?: unknown): Promise<never> {
  throw new Error('Graph mode is not configured');
}
