/**
 * Permissions a channel can require. `public` channels answer before sign-in
 * (health and status); every other permission is checked against the signed-in
 * staff member's role by the router before the service runs.
 */
export const PERMISSIONS = ['public'] as const;

export type Permission = (typeof PERMISSIONS)[number];
