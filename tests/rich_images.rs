//! The privacy promise for images beside pages: published JPEG, PNG and
//! WebP files carry no GPS position, camera serial, comments or other
//! personal metadata, keep their pixels and their orientation, and broken
//! or hostile images are errors naming the file. The published files are
//! judged by parsers written here, independently of tolk's.

mod common;

use common::Fixture;
use std::path::Path;

fn fixture_image(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/images")
            .join(name),
    )
    .unwrap()
}

const SERIAL: &[u8] = b"SN-4815162342";
const COMMENT: &[u8] = b"Anna's phone, Kyiv office";

/// A big-endian EXIF block: Orientation 6, a serial number and a GPS IFD
/// with a latitude reference.
fn exif() -> Vec<u8> {
    let mut t = b"MM\0\x2A\0\0\0\x08".to_vec();
    // IFD0 at 8: 3 entries (2 + 36 + 4 = 42 bytes) → data from 50.
    let serial_at: u32 = 50;
    let gps_at: u32 = serial_at + SERIAL.len() as u32 + 1;
    t.extend_from_slice(&[0, 3]);
    t.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
    t.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1]);
    t.extend_from_slice(&gps_at.to_be_bytes());
    t.extend_from_slice(&[0xA4, 0x31, 0, 2, 0, 0, 0, SERIAL.len() as u8 + 1]);
    t.extend_from_slice(&serial_at.to_be_bytes());
    t.extend_from_slice(&[0, 0, 0, 0]);
    assert_eq!(t.len(), 50);
    t.extend_from_slice(SERIAL);
    t.push(0);
    // GPS IFD: GPSLatitudeRef "N".
    t.extend_from_slice(&[0, 1, 0x00, 0x01, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0]);
    let mut data = b"Exif\0\0".to_vec();
    data.extend_from_slice(&t);
    data
}

fn segment(marker: u8, data: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&(data.len() as u16 + 2).to_be_bytes());
    s.extend_from_slice(data);
    s
}

/// The fixture photo with EXIF (GPS, serial, orientation), XMP and a
/// comment inserted after its JFIF segment.
fn phone_photo() -> Vec<u8> {
    let original = fixture_image("photo.jpg");
    let app0_end = 4 + u16::from_be_bytes([original[4], original[5]]) as usize;
    let mut out = original[..app0_end].to_vec();
    out.extend(segment(0xE1, &exif()));
    out.extend(segment(
        0xE1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>50,27N</exif:GPSLatitude></x:xmpmeta>",
    ));
    out.extend(segment(0xFE, COMMENT));
    out.extend_from_slice(&original[app0_end..]);
    out
}

/// Segments of a JPEG up to the scan: (marker, data), and the scan.
fn jpeg_segments(b: &[u8]) -> (Vec<(u8, Vec<u8>)>, Vec<u8>) {
    assert_eq!(&b[..2], &[0xFF, 0xD8]);
    let mut at = 2;
    let mut segments = Vec::new();
    loop {
        assert_eq!(b[at], 0xFF);
        let marker = b[at + 1];
        let len = u16::from_be_bytes([b[at + 2], b[at + 3]]) as usize;
        if marker == 0xDA {
            return (segments, b[at..].to_vec());
        }
        segments.push((marker, b[at + 4..at + 2 + len].to_vec()));
        at += 2 + len;
    }
}

fn jpeg_size(b: &[u8]) -> (u16, u16) {
    let (segments, _) = jpeg_segments(b);
    let sof = segments
        .iter()
        .find(|(m, _)| *m == 0xC0 || *m == 0xC2)
        .expect("a frame header");
    (
        u16::from_be_bytes([sof.1[3], sof.1[4]]),
        u16::from_be_bytes([sof.1[1], sof.1[2]]),
    )
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    c.extend_from_slice(&crc32(&body).to_be_bytes());
    c
}

/// The fixture drawing with a text chunk and an EXIF chunk after IHDR.
fn png_with_metadata() -> Vec<u8> {
    let original = fixture_image("drawing.png");
    let ihdr_end = 8 + 12 + 13;
    let mut out = original[..ihdr_end].to_vec();
    out.extend(png_chunk(b"tEXt", &[b"Comment\0".as_slice(), COMMENT].concat()));
    out.extend(png_chunk(b"eXIf", &exif()[6..]));
    out.extend_from_slice(&original[ihdr_end..]);
    out
}

fn png_chunks(b: &[u8]) -> Vec<String> {
    let mut at = 8;
    let mut kinds = Vec::new();
    while at < b.len() {
        let len = u32::from_be_bytes(b[at..at + 4].try_into().unwrap()) as usize;
        let kind = &b[at + 4..at + 8];
        let mut body = kind.to_vec();
        body.extend_from_slice(&b[at + 8..at + 8 + len]);
        assert_eq!(
            crc32(&body).to_be_bytes(),
            b[at + 8 + len..at + 12 + len],
            "CRC of {kind:?}"
        );
        kinds.push(String::from_utf8_lossy(kind).into_owned());
        at += 12 + len;
    }
    kinds
}

fn webp_with_exif() -> Vec<u8> {
    let original = fixture_image("photo.webp");
    let mut out = original.clone();
    let exif = exif();
    out.extend_from_slice(b"EXIF");
    out.extend_from_slice(&(exif.len() as u32 - 6).to_le_bytes());
    out.extend_from_slice(&exif[6..]);
    if out.len() % 2 == 1 {
        out.push(0);
    }
    out[20] |= 0x08; // VP8X flags: has EXIF
    let riff = (out.len() - 8) as u32;
    out[4..8].copy_from_slice(&riff.to_le_bytes());
    out
}

fn site_with(files: &[(&str, Vec<u8>)]) -> Fixture {
    let f = Fixture::new("basic");
    for (name, bytes) in files {
        let path = f.root().join("content/sv").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\n![Två personer](photo.jpg \"Seminariet\")\n\n![Ritning](drawing.png)\n",
    );
    f
}

#[test]
fn published_photos_carry_no_gps_serial_or_comment() {
    let photo = phone_photo();
    assert!(contains(&photo, SERIAL) && contains(&photo, b"GPSLatitude"));
    let f = site_with(&[
        ("photo.jpg", photo.clone()),
        ("drawing.png", png_with_metadata()),
        ("photo.webp", webp_with_exif()),
    ]);
    f.build();
    let published = std::fs::read(f.out().join("sv/photo.jpg")).unwrap();
    for secret in [SERIAL, COMMENT, b"GPS".as_slice(), b"xmpmeta", &[0x88, 0x25]] {
        assert!(
            !contains(&published, secret),
            "{:?} is still in the photo",
            String::from_utf8_lossy(secret)
        );
    }
    let (segments, scan) = jpeg_segments(&published);
    let (_, original_scan) = jpeg_segments(&photo);
    assert_eq!(scan, original_scan, "the pixels are untouched");
    assert_eq!(jpeg_size(&published), (64, 48));
    // The only EXIF left is the orientation, so the photo still shows upright.
    let exifs: Vec<&Vec<u8>> = segments.iter().filter(|(m, _)| *m == 0xE1).map(|(_, d)| d).collect();
    assert_eq!(exifs.len(), 1);
    assert_eq!(exifs[0].len(), 32, "Exif header, TIFF header, one entry");
    assert_eq!(&exifs[0][16..18], &[0x01, 0x12]);
    assert_eq!(&exifs[0][24..26], &[0, 6]);
    // The colour profile stays.
    assert!(
        segments
            .iter()
            .any(|(m, d)| *m == 0xE2 && d.starts_with(b"ICC_PROFILE\0"))
    );
    // PNG: only the chunks a browser needs, CRCs intact.
    let png = std::fs::read(f.out().join("sv/drawing.png")).unwrap();
    let chunks = png_chunks(&png);
    assert!(!chunks.iter().any(|c| c == "tEXt" || c == "eXIf"), "{chunks:?}");
    assert_eq!(chunks.first().map(String::as_str), Some("IHDR"));
    assert_eq!(chunks.last().map(String::as_str), Some("IEND"));
    assert!(!contains(&png, COMMENT) && !contains(&png, SERIAL));
    // WebP: no EXIF chunk, no EXIF flag, a consistent RIFF size.
    let webp = std::fs::read(f.out().join("sv/photo.webp")).unwrap();
    assert!(!contains(&webp, b"EXIF") && !contains(&webp, SERIAL));
    assert_eq!(webp[20] & 0x08, 0);
    assert_eq!(
        u32::from_le_bytes(webp[4..8].try_into().unwrap()) as usize,
        webp.len() - 8
    );
    assert_eq!(
        webp,
        fixture_image("photo.webp"),
        "what was added is all that was removed"
    );
}

#[test]
fn broken_and_hostile_images_are_errors_naming_the_file() {
    let photo = fixture_image("photo.jpg");
    let mut huge = photo.clone();
    let (segments, _) = jpeg_segments(&photo);
    // Find the frame header in the file and claim 30 000 × 30 000 pixels.
    let sof = photo.windows(2).position(|w| w == [0xFF, 0xC0]).expect("baseline JPEG");
    huge[sof + 5..sof + 9].copy_from_slice(&[0x75, 0x30, 0x75, 0x30]);
    assert!(!segments.is_empty());
    let f = site_with(&[
        ("photo.jpg", photo[..photo.len() / 2].to_vec()),
        ("drawing.png", b"<!DOCTYPE html><html><body>404</body></html>".to_vec()),
        ("huge.jpg", huge),
    ]);
    let d = f.build_err();
    // An image a page uses is reported where the page names it (once);
    // one no page uses, at the file.
    let of = |name: &str| {
        let file = Path::new("content/sv").join(name);
        d.iter()
            .find(|d| d.file.as_deref() == Some(file.as_path()))
            .or_else(|| {
                d.iter().find(|d| {
                    d.file.as_deref() == Some(Path::new("content/sv/about.md"))
                        && d.message.contains(&file.display().to_string())
                })
            })
            .unwrap_or_else(|| panic!("no error for {name}: {d:#?}"))
    };
    assert_eq!(of("photo.jpg").line, Some(5));
    assert_eq!(of("drawing.png").line, Some(7));
    assert_eq!(
        d.iter().filter(|d| d.message.contains("photo.jpg")).count(),
        1,
        "reported once: {d:#?}"
    );
    assert!(of("photo.jpg").message.contains("cut short"), "{:?}", of("photo.jpg"));
    assert!(
        of("drawing.png").message.contains("HTML page"),
        "{:?}",
        of("drawing.png")
    );
    assert!(of("huge.jpg").message.contains("30000 × 30000"), "{:?}", of("huge.jpg"));
    for name in ["photo.jpg", "drawing.png", "huge.jpg"] {
        assert!(of(name).is_error() && of(name).hint.is_some());
    }
    assert!(!f.out().exists(), "a failed build writes nothing");
}

#[test]
fn cleaned_images_are_byte_identical_when_built_twice() {
    let f = site_with(&[("photo.jpg", phone_photo()), ("drawing.png", png_with_metadata())]);
    let (one, many) = common::build_with_one_and_many_threads(&f, "4");
    assert_eq!(one, many);
    assert!(one.keys().any(|p| p.ends_with("sv/photo.jpg")));
}

/// Pages give every image its size as shown (no layout shift), the
/// phone photo turned by its orientation; a caption makes a figure.
#[test]
fn images_in_pages_have_width_and_height() {
    let f = site_with(&[("photo.jpg", phone_photo()), ("drawing.png", png_with_metadata())]);
    std::fs::create_dir_all(f.root().join("static/img")).unwrap();
    std::fs::write(f.root().join("static/img/map.png"), fixture_image("drawing.png")).unwrap();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\n![Två personer](photo.jpg \"Seminariet\")\n\n![Ritning](drawing.png)\n\n![Karta](/img/map.png)\n",
    );
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    let size = |alt: &str| {
        let sel = common::sel(&format!("img[alt='{alt}']"));
        let img = doc.select(&sel).next().unwrap_or_else(|| panic!("no image {alt}"));
        (
            img.value().attr("width").map(str::to_string),
            img.value().attr("height").map(str::to_string),
        )
    };
    assert_eq!(size("Två personer"), (Some("48".into()), Some("64".into())));
    assert_eq!(size("Ritning"), (Some("64".into()), Some("48".into())));
    assert_eq!(size("Karta"), (Some("64".into()), Some("48".into())));
    assert_eq!(common::text(&doc, "figure figcaption"), "Seminariet");
}
