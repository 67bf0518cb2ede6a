export function recompressZip(zip: Buffer, deflateRaw: (data: Buffer) => Promise<Buffer>): Promise<{ zip: Buffer; before: number; after: number }>;
