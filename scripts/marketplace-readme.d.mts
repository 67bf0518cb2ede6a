export const USER_SECTIONS: readonly string[];
export function marketplaceReadme(readme: string): string;
