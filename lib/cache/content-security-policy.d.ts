export function contentSecurityPolicy(options: { scripts: string[]; embed: boolean }): string;
