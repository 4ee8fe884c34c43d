// Sign-in state: the API key and the optional instance live in sessionStorage (this tab only,
// gone when it closes), never in a URL or a cookie. /users/me checks them and tells the role.

import { api, useCredentials } from './api.js';

const STORAGE_KEY = 'qrun.dashboard.credentials';

function stored() {
  try {
    const c = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
    return c && typeof c.key === 'string' && c.key ? c : null;
  } catch {
    return null;
  }
}

/**
 * Checks the credentials with GET /users/me and keeps them on success.
 * @returns the /users/me answer ({id, name, role, instances, default_instance, instance})
 */
export async function signIn(key, instance) {
  const c = { key: key.trim(), instance: (instance || '').trim() || null };
  useCredentials(c);
  try {
    const me = await api.me();
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(c));
    return me;
  } catch (e) {
    useCredentials(null);
    throw e;
  }
}

/** Signs in again with what this tab stored; null when there is nothing (or it is no longer valid). */
export async function resume() {
  const c = stored();
  if (!c) return null;
  try {
    return await signIn(c.key, c.instance);
  } catch (e) {
    if (e.status === 401 || e.status === 403) signOut();
    throw e;
  }
}

/** Switches the instance (Service-CRN) of the signed-in key. */
export function switchInstance(instance) {
  const c = stored();
  if (!c) return Promise.reject(new Error('not signed in'));
  return signIn(c.key, instance);
}

export function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
  useCredentials(null);
}
