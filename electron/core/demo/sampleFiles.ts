// Small but real files for the sample evidence: a PNG drawn here (a coloured
// card, so previews show something) and a plain-text meeting note.
import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width×height RGB PNG: a light card with a coloured band, different per seed. */
export function samplePng(width: number, height: number, seed: number): Buffer {
  const band: [number, number, number] = [(seed * 67) % 200, 90 + ((seed * 41) % 120), 160 + ((seed * 29) % 90)];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const inBand = y < height / 4 || (x > width / 10 && x < width / 10 + 8);
      const [r, g, b] = inBand ? band : [246, 247, 249];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function meetingNote(topic: string, date: string): string {
  return `${topic}专题会议纪要\n\n时间：${date}\n地点：行政楼三楼会议室\n参加人员：院领导班子成员、各职能科室负责人\n\n会议研究部署了${topic}有关工作，明确了责任科室和完成时限。\n`;
}
