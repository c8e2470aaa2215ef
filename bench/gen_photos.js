'use strict';
// Generates N photo-like JPEGs of 4000 × 3000 pixels (12 MP) with Debian's
// Chromium (canvas → JPEG, quality 0.92), each with an EXIF block as a phone
// writes it: orientation, GPS position, camera serial. For bench/images.sh.
//   node bench/gen_photos.js OUT_DIR [N]
const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(__dirname, '../tests/e2e/node_modules/playwright-core'));

const [out, n = '20'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });

// Big-endian EXIF: Orientation 1, GPS IFD (latitude ref N, 59°), serial.
const exif = Buffer.from(
  '457869660000' + '4d4d002a00000008' + '0003' +
    '011200030000000100010000' + '882500040000000100000040' + 'a43100020000000e00000032' + '00000000' +
    Buffer.from('SN-4815162342\0').toString('hex') +
    '0002' + '00010002000000024e000000' + '00020005000000030000005e' + '00000000' +
    '0000003b00000001' + '0000001e00000001' + '0000000000000001',
  'hex',
);
const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, exif.length + 2 >> 8, (exif.length + 2) & 255]), exif]);

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (let i = 1; i <= Number(n); i++) {
    const b64 = await page.evaluate((seed) => {
      const c = document.createElement('canvas');
      c.width = 4000; c.height = 3000;
      const x = c.getContext('2d');
      const g = x.createLinearGradient(0, 0, 4000, 3000);
      g.addColorStop(0, `hsl(${seed * 37 % 360} 60% 45%)`); g.addColorStop(1, `hsl(${seed * 91 % 360} 50% 70%)`);
      x.fillStyle = g; x.fillRect(0, 0, 4000, 3000);
      // Texture like a photo: noise, so the JPEG is of a realistic size.
      const img = x.getImageData(0, 0, 4000, 3000);
      let s = seed * 2654435761 >>> 0;
      for (let p = 0; p < img.data.length; p += 4) {
        s = (s * 1103515245 + 12345) >>> 0;
        const d = (s >>> 24) % 48 - 24;
        img.data[p] += d; img.data[p + 1] += d; img.data[p + 2] += d;
      }
      x.putImageData(img, 0, 0);
      return c.toDataURL('image/jpeg', 0.92).split(',')[1];
    }, i);
    const jpeg = Buffer.from(b64, 'base64');
    const app0End = 4 + jpeg.readUInt16BE(4);
    fs.writeFileSync(path.join(out, `photo-${String(i).padStart(2, '0')}.jpg`), Buffer.concat([jpeg.subarray(0, app0End), app1, jpeg.subarray(app0End)]));
  }
  await browser.close();
})();
