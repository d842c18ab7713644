export const DEMO_ACCOUNTS: { email: string; role: string }[] = [];
export async function loadDemoData(): Promise<void> {}
