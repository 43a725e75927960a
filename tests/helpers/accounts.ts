import { accountStore, rawAccountEntries } from '@/lib/accounts/store';
import type { AccountRecord } from '@/lib/accounts/types';

/** The accounts stored (validated), by key. */
export async function storedAccounts(): Promise<Record<string, AccountRecord>> {
  return (await accountStore.list()).accounts;
}

/** Every stored entry as it is, damaged ones included, by key. */
export async function rawAccounts(): Promise<Record<string, unknown>> {
  return Object.fromEntries(await rawAccountEntries());
}

/** Stores these accounts as they are (a test's starting point). */
export async function seedAccounts(accounts: Record<string, unknown>): Promise<void> {
  await accountStore.putRaw(Object.entries(accounts));
}
