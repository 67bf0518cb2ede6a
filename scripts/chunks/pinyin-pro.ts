// Entry of dist/chunks/pinyin-pro.js: the library as a chunk the extension requires on first use.
export * from 'pinyin-pro';
