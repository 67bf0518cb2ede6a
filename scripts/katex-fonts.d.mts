export declare const KATEX_FONTS_LEFT_OUT: readonly { file: string; selectedBy: readonly (readonly string[])[] }[];
export declare function leftOutFontsFor(classes: readonly string[]): string[];
export declare const KATEX_FONT_SUBSETS: readonly { file: string; keep: string }[];
export declare function mathCharacters(html: string, into?: Set<string>): Set<string>;
export declare function subsetKatexFonts(fontsDir: string, characters: Iterable<string>): Promise<{ file: string; before: number; after: number }[]>;
export declare function fontCodePoints(woff2: Uint8Array): Promise<Set<number>>;
