export declare const KATEX_FONTS_LEFT_OUT: readonly { file: string; selectedBy: readonly (readonly string[])[] }[];
export declare function leftOutFontsFor(classes: readonly string[]): string[];
