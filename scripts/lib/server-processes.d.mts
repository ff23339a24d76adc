export const MAX_DEFAULT_PROCESSES: number;
export function serverProcesses(
  env: { DATABASE_URL?: string; WEB_CONCURRENCY?: string },
  cores: number,
): { count: number } | { error: string };
