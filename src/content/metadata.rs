//! The privacy promise for images beside pages: JPEG, PNG and WebP files
//! from `content/` are published without personal metadata (EXIF with GPS
//! position, camera serial and owner, XMP, IPTC, comments, PNG text
//! chunks), and broken or hostile files are refused.
//!
//! Pure: bytes in, bytes out. The pixels are not decoded or re-encoded, so
//! nothing is lost, a 12 MP photo costs a copy, and memory stays at the
//! file's size whatever the image claims to measure. What a browser needs
//! to show the image as intended is kept: colour profiles (ICC, JFIF,
//! Adobe), and a JPEG's EXIF orientation, rewritten as a minimal EXIF block
//! holding that one value.
//!
//! Does not resize (derivatives are future work); files in `static/` are
//! the site's own and published as they are.

/// Images whose width × height is larger than this are refused: no
/// camera makes them, and a page would make every reader's browser decode
/// them (a 30 000 × 30 000 image needs 3.6 GB of memory).
pub const MAX_PIXELS: u64 = 100_000_000;

/// An image as it will be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The bytes to publish.
    pub bytes: Vec<u8>,
    /// Width and height in pixels as stored (before orientation).
    pub size: (u32, u32),
    /// True when the JPEG's orientation turns it a quarter (EXIF 5–8), so
    /// it is shown `size` swapped.
    pub turned: bool,
}

impl Cleaned {
    /// Width and height as a browser shows the image.
    pub fn displayed(&self) -> (u32, u32) {
        if self.turned {
            (self.size.1, self.size.0)
        } else {
            self.size
        }
    }
}

/// The image formats tolk cleans, by file extension (lower case).
pub fn handles(extension: &str) -> bool {
    matches!(extension, "jpg" | "jpeg" | "png" | "webp")
}

/// Cleans an image named with `extension`.
///
/// # Errors
/// A message in plain words when the file is not the image its name says,
/// is truncated, or is larger than [`MAX_PIXELS`].
pub fn clean(extension: &str, bytes: &[u8]) -> Result<Cleaned, String> {
    let cleaned = match extension {
        "jpg" | "jpeg" => jpeg(bytes),
        "png" => png(bytes),
        "webp" => webp(bytes),
        _ => return Err(format!("tolk does not clean .{extension} files")),
    }
    .map_err(|e| match sniff(bytes) {
        Some(what) if what != extension => format!("{e}: the file is really {what}"),
        _ => e,
    })?;
    let (w, h) = cleaned.size;
    if w == 0 || h == 0 {
        return Err("the image has no pixels (width or height 0)".into());
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "the image is {w} × {h} pixels, more than the {} megapixels tolk publishes",
            MAX_PIXELS / 1_000_000
        ));
    }
    Ok(cleaned)
}

/// Width and height as shown, from the first bytes of an image (its
/// headers; 256 KiB hold them in every camera's JPEG), without reading or
/// checking the rest. [`clean`] checks the whole file when it is published.
pub fn displayed_size(extension: &str, head: &[u8]) -> Option<(u32, u32)> {
    let (size, turned) = match extension {
        "jpg" | "jpeg" => jpeg_header(head)?,
        "png" if head.starts_with(b"\x89PNG\r\n\x1a\n") && head.get(12..16) == Some(b"IHDR") => {
            ((be32(head, 16)?, be32(head, 20)?), false)
        }
        "webp" if head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP") => (webp_first_size(head)?, false),
        _ => return None,
    };
    Some(if turned { (size.1, size.0) } else { size })
}

/// Size and orientation from a JPEG's segments before the first frame.
fn jpeg_header(b: &[u8]) -> Option<((u32, u32), bool)> {
    if !b.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut at = 2;
    let mut orientation = None;
    loop {
        while b.get(at) == Some(&0xFF) && b.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        if b.get(at) != Some(&0xFF) {
            return None;
        }
        let marker = *b.get(at + 1)?;
        let len = usize::from(be16(b, at + 2)?);
        let data = b.get(at + 4..at + 2 + len)?;
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let size = (u32::from(be16(data, 3)?), u32::from(be16(data, 1)?));
                return Some((size, matches!(orientation, Some(5..=8))));
            }
            0xE1 if data.starts_with(b"Exif\0\0") => orientation = exif_orientation(&data[6..]),
            0xDA | 0xD9 => return None,
            _ => {}
        }
        at += 2 + len;
    }
}

/// The size in a WebP's first chunk (`VP8X`, `VP8 ` or `VP8L`).
fn webp_first_size(b: &[u8]) -> Option<(u32, u32)> {
    let kind = b.get(12..16)?;
    let d = b.get(20..)?;
    if kind == b"VP8X" {
        let w = u32::from_le_bytes([*d.get(4)?, *d.get(5)?, *d.get(6)?, 0]) + 1;
        let h = u32::from_le_bytes([*d.get(7)?, *d.get(8)?, *d.get(9)?, 0]) + 1;
        return Some((w, h));
    }
    webp_frame_size(kind, d)
}

/// What a file really is, from its first bytes.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).to_ascii_lowercase();
    let start = start.trim_start();
    if bytes.starts_with(&[0xFF, 0xD8]) {
        Some("jpg")
    } else if bytes.starts_with(b"\x89PNG") {
        Some("png")
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some("webp")
    } else if start.starts_with("<!doctype html") || start.starts_with("<html") {
        Some("an HTML page (saved from a browser?)")
    } else if start.starts_with('<') {
        Some("text (XML or HTML)")
    } else {
        None
    }
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

const TRUNCATED: &str = "the file is cut short (an interrupted download or copy?)";

/// JPEG: keeps JFIF (APP0), ICC profiles (APP2 `ICC_PROFILE`), Adobe
/// (APP14) and every coding segment; drops EXIF and XMP (APP1), IPTC
/// (APP13), comments and the other application segments; re-adds the
/// EXIF orientation alone.
fn jpeg(b: &[u8]) -> Result<Cleaned, String> {
    if !b.starts_with(&[0xFF, 0xD8]) {
        return Err("this is not a JPEG image".into());
    }
    let mut kept: Vec<&[u8]> = Vec::new();
    let mut orientation = None;
    let mut size = None;
    let mut at = 2;
    loop {
        if b.get(at) != Some(&0xFF) {
            return Err(if at >= b.len() {
                TRUNCATED.into()
            } else {
                "the JPEG is damaged (a segment does not start where it should)".into()
            });
        }
        while b.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let marker = *b.get(at + 1).ok_or(TRUNCATED)?;
        if marker == 0xD9 {
            return Err("the JPEG ends before its image data".into());
        }
        let len = usize::from(be16(b, at + 2).ok_or(TRUNCATED)?);
        let end = at + 2 + len;
        if len < 2 || end > b.len() {
            return Err(TRUNCATED.into());
        }
        let segment = &b[at..end];
        let data = &segment[4..];
        match marker {
            0xDA => {
                // Start of scan: the compressed data follows, to the end.
                let rest = &b[at..];
                if !tail_has_eoi(rest) {
                    return Err(TRUNCATED.into());
                }
                let size = size.ok_or("the JPEG has no frame header (SOF)")?;
                return Ok(Cleaned {
                    bytes: assemble_jpeg(&kept, orientation, rest),
                    size,
                    turned: matches!(orientation, Some(5..=8)),
                });
            }
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let h = be16(data, 1).ok_or(TRUNCATED)?;
                let w = be16(data, 3).ok_or(TRUNCATED)?;
                size = Some((u32::from(w), u32::from(h)));
                kept.push(segment);
            }
            0xE1 => {
                if data.starts_with(b"Exif\0\0") {
                    orientation = exif_orientation(&data[6..]).or(orientation);
                }
            }
            0xE2 if data.starts_with(b"ICC_PROFILE\0") => kept.push(segment),
            0xE0 | 0xEE => kept.push(segment),
            0xE2..=0xEF | 0xFE => {}
            _ => kept.push(segment),
        }
        at = end;
    }
}

/// The end-of-image marker near the end (some cameras pad after it).
fn tail_has_eoi(rest: &[u8]) -> bool {
    let tail = &rest[rest.len().saturating_sub(4096)..];
    tail.windows(2).any(|w| w == [0xFF, 0xD9])
}

/// SOI, APP0 if first, the orientation, the other kept segments, the scan.
fn assemble_jpeg(kept: &[&[u8]], orientation: Option<u16>, scan: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(scan.len() + 1024);
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut rest = kept;
    if let Some((first, others)) = kept.split_first()
        && first.get(1) == Some(&0xE0)
    {
        out.extend_from_slice(first);
        rest = others;
    }
    if let Some(o) = orientation.filter(|o| (2..=8).contains(o)) {
        out.extend_from_slice(&orientation_exif(o));
    }
    for segment in rest {
        out.extend_from_slice(segment);
    }
    out.extend_from_slice(scan);
    out
}

/// The Orientation tag (0x0112) of IFD0 of a TIFF structure.
fn exif_orientation(tiff: &[u8]) -> Option<u16> {
    let big = match tiff.get(..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = [*tiff.get(at)?, *tiff.get(at + 1)?];
        Some(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = tiff.get(at..at + 4)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count.min(512)).find_map(|i| {
        let entry = ifd + 2 + i * 12;
        (u16_at(entry)? == 0x0112).then(|| u16_at(entry + 8)).flatten()
    })
}

/// An APP1 segment holding only the EXIF Orientation tag.
fn orientation_exif(orientation: u16) -> Vec<u8> {
    let mut s = vec![0xFF, 0xE1, 0x00, 34];
    s.extend_from_slice(b"Exif\0\0MM\0\x2A\0\0\0\x08");
    s.extend_from_slice(&[0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    s.extend_from_slice(&orientation.to_be_bytes());
    s.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    s
}

/// PNG chunks a browser uses to show the image; all others (text, time,
/// EXIF, unknown private chunks) are left out.
const PNG_KEPT: &[&[u8; 4]] = &[
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs",
    b"acTL", b"fcTL", b"fdAT", b"cICP",
];

fn png(b: &[u8]) -> Result<Cleaned, String> {
    if !b.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err("this is not a PNG image".into());
    }
    let mut out = b[..8].to_vec();
    let mut at = 8;
    let mut size = None;
    loop {
        let len = usize::try_from(be32(b, at).ok_or(TRUNCATED)?).map_err(|_| TRUNCATED)?;
        let kind: &[u8] = b.get(at + 4..at + 8).ok_or(TRUNCATED)?;
        let end = at.checked_add(12 + len).filter(|&e| e <= b.len()).ok_or(TRUNCATED)?;
        if at == 8 {
            if kind != b"IHDR" {
                return Err("the PNG is damaged (it does not start with its header)".into());
            }
            size = Some((be32(b, at + 8).ok_or(TRUNCATED)?, be32(b, at + 12).ok_or(TRUNCATED)?));
        }
        if PNG_KEPT.iter().any(|k| k.as_slice() == kind) {
            out.extend_from_slice(&b[at..end]);
        }
        if kind == b"IEND" {
            let size = size.ok_or(TRUNCATED)?;
            return Ok(Cleaned {
                bytes: out,
                size,
                turned: false,
            });
        }
        at = end;
    }
}

/// WebP: drops the `EXIF` and `XMP ` chunks and their flags in `VP8X`.
fn webp(b: &[u8]) -> Result<Cleaned, String> {
    if !(b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP")) {
        return Err("this is not a WebP image".into());
    }
    let riff_end = usize::try_from(le32(b, 4).ok_or(TRUNCATED)?).map_err(|_| TRUNCATED)? + 8;
    if riff_end > b.len() {
        return Err(TRUNCATED.into());
    }
    let mut out = b"RIFF\0\0\0\0WEBP".to_vec();
    let mut at = 12;
    let mut size = None;
    while at < riff_end {
        let kind: &[u8] = b.get(at..at + 4).ok_or(TRUNCATED)?;
        let len = usize::try_from(le32(b, at + 4).ok_or(TRUNCATED)?).map_err(|_| TRUNCATED)?;
        let end = at
            .checked_add(8 + len + (len & 1))
            .filter(|&e| e <= riff_end)
            .ok_or(TRUNCATED)?;
        let data = &b[at + 8..at + 8 + len];
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let mut chunk = b[at..end].to_vec();
                if let Some(flags) = chunk.get_mut(8) {
                    *flags &= !(0x08 | 0x04);
                }
                let w = u32::from_le_bytes([*data.get(4).ok_or(TRUNCATED)?, data[5], data[6], 0]) + 1;
                let h = u32::from_le_bytes([*data.get(7).ok_or(TRUNCATED)?, data[8], data[9], 0]) + 1;
                size = Some((w, h));
                out.extend_from_slice(&chunk);
            }
            _ => {
                if size.is_none() {
                    size = webp_frame_size(kind, data);
                }
                out.extend_from_slice(&b[at..end]);
            }
        }
        at = end;
    }
    let total = u32::try_from(out.len() - 8).map_err(|_| TRUNCATED)?;
    out[4..8].copy_from_slice(&total.to_le_bytes());
    let size = size.ok_or("the WebP has no image data")?;
    Ok(Cleaned {
        bytes: out,
        size,
        turned: false,
    })
}

/// The size in a simple WebP's `VP8 ` (lossy) or `VP8L` (lossless) chunk.
fn webp_frame_size(kind: &[u8], d: &[u8]) -> Option<(u32, u32)> {
    match kind {
        b"VP8 " => {
            let w = u32::from(u16::from_le_bytes([*d.get(6)?, *d.get(7)?]) & 0x3FFF);
            let h = u32::from(u16::from_le_bytes([*d.get(8)?, *d.get(9)?]) & 0x3FFF);
            Some((w, h))
        }
        b"VP8L" => {
            let bits = u32::from_le_bytes(d.get(1..5)?.try_into().ok()?);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_gives_the_size_clean_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
        for (name, ext) in [("photo.jpg", "jpg"), ("drawing.png", "png"), ("photo.webp", "webp")] {
            let bytes = std::fs::read(root.join(name)).unwrap();
            let full = clean(ext, &bytes).unwrap().displayed();
            assert_eq!(displayed_size(ext, &bytes), Some(full), "{name}");
            assert_eq!(full, (64, 48));
            // The header alone is enough.
            let head = match ext {
                "webp" => 40,
                "png" => 24,
                _ => bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap() + 19,
            };
            assert_eq!(displayed_size(ext, &bytes[..head]), Some(full), "{name} head");
        }
        let mut turned = vec![0xFF, 0xD8];
        turned.extend(orientation_exif(6));
        turned.extend([0xFF, 0xC0, 0, 11, 8, 0, 48, 0, 64, 1, 1, 0x11, 0]);
        assert_eq!(displayed_size("jpg", &turned), Some((48, 64)));
    }

    #[test]
    fn orientation_is_rewritten_alone() {
        let segment = orientation_exif(6);
        assert_eq!(segment.len(), 36);
        assert_eq!(be16(&segment, 2), Some(34));
        assert_eq!(exif_orientation(&segment[10..]), Some(6));
    }

    #[test]
    fn hostile_headers_are_errors_not_panics() {
        for bytes in [
            &b""[..],
            &[0xFF, 0xD8][..],
            &[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF][..],
            &[0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01][..],
            b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR",
            b"RIFF\xff\xff\xff\xffWEBPVP8X",
            b"RIFF\x04\x00\x00\x00WEBP",
        ] {
            for ext in ["jpg", "png", "webp"] {
                assert!(clean(ext, bytes).is_err(), "{ext} {bytes:?}");
            }
        }
    }

    #[test]
    fn an_html_page_named_jpg_is_named_as_such() {
        let e = clean("jpg", b"<!DOCTYPE html><html><body>Not found</body></html>").unwrap_err();
        assert!(e.contains("HTML page"), "{e}");
    }
}
