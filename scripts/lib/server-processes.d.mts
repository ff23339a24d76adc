export function serverProcesses(env: {
  DATABASE_URL?: string;
  WEB_CONCURRENCY?: string;
}): { count: number } | { error: string };
