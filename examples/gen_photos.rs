//! Generates N photo-like JPEGs of 4000 × 3000 pixels (12 MP) for
//! `bench/images.sh`: a gradient with noise (so the JPEG has a realistic
//! size, about 5 MB), quality 92, each with an EXIF block as a phone writes
//! it (orientation, GPS position, camera serial).
//!
//!     cargo run --release --example gen_photos -- OUT_DIR [N]

use image::ImageEncoder;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().expect("usage: gen_photos OUT_DIR [N]"));
    let n: u32 = args.next().map_or(20, |n| n.parse().expect("N is a number"));
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    // Big-endian EXIF: Orientation 1, a GPS IFD (latitude ref N), serial.
    let exif = hex("457869660000\
        4d4d002a00000008\
        0003\
        011200030000000100010000\
        882500040000000100000040\
        a43100020000000e00000032\
        00000000\
        534e2d3438313531363233343200\
        0002\
        00010002000000024e000000\
        00020005000000030000005e\
        00000000\
        0000003b000000010000001e000000010000000000000001");
    let (w, h) = (4000u32, 3000u32);
    for i in 1..=n {
        let mut seed = i.wrapping_mul(2_654_435_761);
        let mut pixels = Vec::with_capacity((w * h * 3) as usize);
        for y in 0..h {
            for x in 0..w {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let noise = ((seed >> 24) % 48) as i32 - 24;
                let base = [
                    (x * 200 / w) as i32 + (i as i32 * 37) % 50,
                    (y * 180 / h) as i32 + 40,
                    ((x + y) * 160 / (w + h)) as i32 + (i as i32 * 91) % 60,
                ];
                pixels.extend(base.map(|c| (c + noise).clamp(0, 255) as u8));
            }
        }
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 92)
            .write_image(&pixels, w, h, image::ExtendedColorType::Rgb8)
            .expect("encode");
        let mut file = jpeg[..2].to_vec();
        file.extend_from_slice(&[0xFF, 0xE1]);
        file.extend_from_slice(&(exif.len() as u16 + 2).to_be_bytes());
        file.extend_from_slice(&exif);
        file.extend_from_slice(&jpeg[2..]);
        std::fs::write(out.join(format!("photo-{i:02}.jpg")), file).expect("write");
    }
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}
