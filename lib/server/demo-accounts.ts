/** The seeded accounts, printed by the seed and used by the end-to-end tests. */
export const DEMO_USER = { email: 'demo@oddmonth.local', password: 'oddmonth-demo-2026', name: 'Demo Household' } as const;
export const DEMO_ADMIN = { email: 'admin@oddmonth.local', password: 'oddmonth-admin-2026', name: 'Oddmonth Admin' } as const;
