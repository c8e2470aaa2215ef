//! Responsive images: every raster image a page uses is published in the
//! configured widths (never wider than the original) as WebP and in its
//! own format, listed in a `<picture>` whose files exist with the sizes
//! they claim (read back from the written files), turned upright, with no
//! GPS position or camera serial; derivatives come from `.tolk-cache/` on
//! a rebuild; broken images are errors where the page names them.

mod common;

use common::Fixture;
use image::{GenericImageView, ImageEncoder, Rgb, RgbImage};
use std::io::Cursor;
use std::path::{Path, PathBuf};

const SERIAL: &[u8] = b"SN-4815162342";

/// A big-endian EXIF block: Orientation `orientation`, a camera serial and
/// a GPS IFD with latitude reference N.
fn exif(orientation: u16) -> Vec<u8> {
    let mut t = b"MM\0\x2A\0\0\0\x08".to_vec();
    let serial_at: u32 = 50;
    let gps_at: u32 = serial_at + SERIAL.len() as u32 + 1;
    t.extend_from_slice(&[0, 3]);
    t.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    t.extend_from_slice(&orientation.to_be_bytes());
    t.extend_from_slice(&[0, 0]);
    t.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1]);
    t.extend_from_slice(&gps_at.to_be_bytes());
    t.extend_from_slice(&[0xA4, 0x31, 0, 2, 0, 0, 0, SERIAL.len() as u8 + 1]);
    t.extend_from_slice(&serial_at.to_be_bytes());
    t.extend_from_slice(&[0, 0, 0, 0]);
    t.extend_from_slice(SERIAL);
    t.push(0);
    t.extend_from_slice(&[0, 1, 0x00, 0x01, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0]);
    let mut data = b"Exif\0\0".to_vec();
    data.extend_from_slice(&t);
    data
}

/// A `w` × `h` JPEG as a phone writes it: the top-left quarter red, the
/// rest blue, with an EXIF block (orientation, GPS, serial) after SOI.
fn phone_jpeg(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| {
        if x < w / 2 && y < h / 2 {
            Rgb([230, 20, 20])
        } else {
            Rgb([20, 20, 230])
        }
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    let data = exif(orientation);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&(data.len() as u16 + 2).to_be_bytes());
    out.extend_from_slice(&data);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, _| Rgb([(x % 256) as u8, 100, 50]));
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The basic fixture with a 2000 × 1000 phone photo turned by EXIF 6
/// (shown 1000 × 2000) beside the about page and a 700 × 300 PNG in
/// static/, both used by the page.
fn site() -> Fixture {
    let f = Fixture::new("basic");
    std::fs::write(f.root().join("content/sv/photo.jpg"), phone_jpeg(2000, 1000, 6)).unwrap();
    std::fs::create_dir_all(f.root().join("static/img")).unwrap();
    std::fs::write(f.root().join("static/img/map.png"), png(700, 300)).unwrap();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\n![Två personer](photo.jpg \"Seminariet\")\n\nText.\n\n![Karta](/img/map.png)\n",
    );
    f
}

/// (url, width descriptor) of a `srcset`.
fn candidates(srcset: &str) -> Vec<(String, u32)> {
    srcset
        .split(", ")
        .map(|c| {
            let (url, w) = c.rsplit_once(' ').unwrap();
            (url.to_string(), w.trim_end_matches('w').parse().unwrap())
        })
        .collect()
}

fn file_of(out: &Path, page: &str, url: &str) -> PathBuf {
    common::resolve_link(out, page, url).unwrap_or_else(|| panic!("{url} is not a file of the site"))
}

#[test]
fn every_srcset_file_exists_with_its_size_and_none_is_wider_than_the_original() {
    let f = site();
    let report = f.build();
    let page = "sv/om-oss/index.html";
    let doc = f.html(page);
    let pictures: Vec<_> = doc.select(&common::sel("figure picture, p picture")).collect();
    assert_eq!(pictures.len(), 2, "{}", doc.html());
    let mut published = 0;
    for (picture, (shown, format)) in pictures.iter().zip([((1000, 2000), "jpeg"), ((700, 300), "png")]) {
        let img = picture.select(&common::sel("img")).next().unwrap();
        let attr = |n: &str| img.value().attr(n).map(str::to_string);
        assert_eq!(attr("width"), Some(shown.0.to_string()));
        assert_eq!(attr("height"), Some(shown.1.to_string()));
        assert_eq!(attr("decoding").as_deref(), Some("async"));
        assert!(attr("sizes").is_some());
        let source = picture.select(&common::sel("source")).next().unwrap();
        assert_eq!(source.value().attr("type"), Some("image/webp"));
        let sets = [
            (source.value().attr("srcset").unwrap(), "webp"),
            (img.value().attr("srcset").unwrap(), format),
        ];
        for (srcset, want) in sets {
            let entries = candidates(srcset);
            let widths: Vec<u32> = entries.iter().map(|e| e.1).collect();
            let expected: Vec<u32> = [480, 960, 1600]
                .iter()
                .map(|&w: &u32| w.min(shown.0))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(widths, expected, "{srcset}");
            for (url, w) in entries {
                let bytes = std::fs::read(file_of(&f.out(), page, &url)).unwrap();
                let decoded = image::load_from_memory(&bytes).unwrap();
                let got_format = image::guess_format(&bytes).unwrap();
                assert_eq!(format!("{got_format:?}").to_lowercase(), want, "{url}");
                let (dw, dh) = decoded.dimensions();
                // A JPEG original keeps its EXIF orientation (the browser turns it).
                let (dw, dh) = if url.ends_with("photo.jpg") { (dh, dw) } else { (dw, dh) };
                assert!(dw <= shown.0, "{url} is wider than the original");
                assert_eq!(dw, w, "{url}");
                assert_eq!(dh, (shown.1 * w + shown.0 / 2) / shown.0, "{url}");
                published += 1;
            }
        }
        assert!(
            img.value()
                .attr("src")
                .unwrap()
                .contains(&format!("{}", shown.0.min(1600)))
                || shown.0 < 1600
        );
    }
    assert!(report.images.published > 0 && report.images.published <= published);
    // The first image may be above the fold; the others load lazily.
    let imgs: Vec<_> = doc.select(&common::sel("main img")).collect();
    assert_eq!(imgs[0].value().attr("loading"), None);
    assert_eq!(imgs[1].value().attr("loading"), Some("lazy"));
    assert_eq!(common::text(&doc, "figure figcaption"), "Seminariet");
}

#[test]
fn derivatives_are_upright_and_no_published_image_carries_gps_or_a_serial() {
    let f = site();
    f.build();
    let out = f.out();
    // Shown 1000 × 2000 after turning 90° clockwise: the red quarter,
    // top left as stored, is top right as shown.
    let d = image::open(out.join("sv/photo.480w.jpg")).unwrap().to_rgb8();
    assert_eq!(d.dimensions(), (480, 960));
    let top_right = d.get_pixel(400, 80);
    let top_left = d.get_pixel(80, 80);
    assert!(top_right[0] > 180 && top_right[2] < 80, "{top_right:?}");
    assert!(top_left[2] > 180 && top_left[0] < 80, "{top_left:?}");
    let w = image::open(out.join("sv/photo.960w.webp")).unwrap().to_rgb8();
    assert_eq!(w.dimensions(), (960, 1920));
    assert!(w.get_pixel(800, 100)[0] > 180);
    let mut images = 0;
    for (path, bytes) in common::snapshot(&out) {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_string())
            .unwrap_or_default();
        if !["jpg", "png", "webp"].contains(&ext.as_str()) {
            continue;
        }
        images += 1;
        assert!(!contains(&bytes, SERIAL), "a serial in {}", path.display());
        assert!(
            !contains(&bytes, &[0x88, 0x25]) || !contains(&bytes, b"Exif"),
            "GPS in {}",
            path.display()
        );
        if path.to_string_lossy().contains("w.") {
            assert!(!contains(&bytes, b"Exif"), "EXIF in the derivative {}", path.display());
        }
    }
    assert!(images >= 10, "{images}");
}

#[test]
fn a_rebuild_encodes_nothing_unchanged_and_builds_are_byte_identical() {
    let f = site();
    let first = f.build();
    assert!(first.images.encoded > 0);
    let one = common::snapshot(&f.out());
    let again = f.build();
    assert_eq!(again.images.encoded, 0, "every derivative came from the cache");
    assert_eq!(again.images.published, first.images.published);
    assert_eq!(common::snapshot(&f.out()), one);
    // Without the cache the encoders make the same bytes.
    std::fs::remove_dir_all(f.root().join(".tolk-cache")).unwrap();
    let cold = f.build();
    assert_eq!(cold.images.encoded, first.images.encoded);
    assert_eq!(common::snapshot(&f.out()), one, "byte-identical without the cache");
    // Rewritten with the same bytes: hashed again, nothing encoded.
    let photo_path = f.root().join("content/sv/photo.jpg");
    let photo = std::fs::read(&photo_path).unwrap();
    std::fs::write(&photo_path, &photo).unwrap();
    assert_eq!(f.build().images.encoded, 0);
    // Different bytes of the same length with the old modification time
    // (as `cp -p` or an unzip leave them) are still seen as a change.
    let modified = std::fs::metadata(&photo_path).unwrap().modified().unwrap();
    let mut other = photo.clone();
    let last = other.len() - 3;
    other[last] ^= 0x55;
    std::fs::write(&photo_path, &other).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&photo_path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert!(f.build().images.encoded > 0, "same size and time, other bytes");
    std::fs::write(&photo_path, &photo).unwrap();
    f.build();
    // A changed photo is encoded again, the map is not.
    std::fs::write(f.root().join("content/sv/photo.jpg"), phone_jpeg(1200, 600, 1)).unwrap();
    let changed = f.build();
    assert_eq!(
        changed.images.encoded, 5,
        "WebP at 480, 960 and 1200, JPEG at 480 and 960 (1200 is the original)"
    );
    // One thread and many give the same files.
    let (single, many) = common::build_with_one_and_many_threads(&f, "4");
    assert_eq!(single, many);
}

#[test]
fn broken_images_are_errors_where_the_page_names_them_and_the_output_stays() {
    let f = site();
    f.build();
    let before = common::snapshot(&f.out());
    let photo = phone_jpeg(64, 48, 1);
    // A 30 000 × 30 000 PNG: a valid header, no pixel data.
    let mut huge = png(8, 8);
    huge[16..24].copy_from_slice(&[0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30]);
    for (name, bytes) in [
        ("cut.jpg", photo[..photo.len() / 2].to_vec()),
        ("page.jpg", b"<!DOCTYPE html><html><body>404</body></html>".to_vec()),
        ("huge.png", huge),
    ] {
        std::fs::write(f.root().join("content/sv").join(name), bytes).unwrap();
    }
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\nText.\n\n![Avskuren](cut.jpg)\n\n![Sida](page.jpg) och ![Jätte](huge.png)\n",
    );
    let d = f.build_err();
    let at = |name: &str| {
        d.iter()
            .find(|d| d.message.contains(&format!("content/sv/{name}")))
            .unwrap_or_else(|| panic!("no error for {name}: {d:#?}"))
    };
    for (name, line, column, words) in [
        ("cut.jpg", 7, 1, "cut short"),
        ("page.jpg", 9, 1, "HTML page"),
        ("huge.png", 9, 23, "30000 × 30000"),
    ] {
        let e = at(name);
        assert_eq!(e.file.as_deref(), Some(Path::new("content/sv/about.md")), "{e:?}");
        assert_eq!((e.line, e.column), (Some(line), Some(column)), "{e:?}");
        assert!(e.message.contains(words), "{e:?}");
        assert!(e.is_error() && e.hint.is_some());
        assert_eq!(
            d.iter().filter(|x| x.message.contains(name)).count(),
            1,
            "{name} once: {d:#?}"
        );
    }
    assert_eq!(
        common::snapshot(&f.out()),
        before,
        "a failed build leaves the output as it was"
    );
}

#[test]
fn keep_metadata_publishes_originals_as_they_are() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &format!("{yaml}images:\n  keep_metadata: true\n  widths: [300]\n"),
    );
    f.build();
    let original = std::fs::read(f.out().join("sv/photo.jpg")).unwrap();
    assert!(contains(&original, SERIAL), "the site chose to keep metadata");
    let derivative = std::fs::read(f.out().join("sv/photo.300w.jpg")).unwrap();
    assert!(!contains(&derivative, SERIAL), "derivatives never carry it");
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(candidates(&common::attr(&doc, "figure img", "srcset")).len(), 1);
}

#[test]
fn bad_image_options_are_located_in_site_yaml() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &format!("{yaml}images:\n  widths: [0, 960]\n  quality: 101\n"),
    );
    let d = f.build_err();
    assert!(
        d.iter().any(|d| d.message.contains("widths") && d.line.is_some()),
        "{d:#?}"
    );
    assert!(d.iter().any(|d| d.message.contains("quality")), "{d:#?}");
    f.write("site.yaml", &format!("{yaml}images:\n  width: [960]\n"));
    assert!(!f.build_err().is_empty());
}

#[test]
fn resize_image_gives_themes_a_derivative_relative_to_the_page() {
    let f = site();
    f.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block list %}{% set r = resize_image(path=\"/img/map.png\", width=350, format=\"webp\") %}<img id=\"r\" src=\"{{ r.url }}\" width=\"{{ r.width }}\" height=\"{{ r.height }}\" alt=\"\">{% set big = resize_image(path=\"@/photo.jpg\", width=5000) %}<img id=\"big\" src=\"{{ big.url }}\" width=\"{{ big.width }}\" height=\"{{ big.height }}\" alt=\"\">{% endblock list %}",
    );
    f.build();
    let page = "sv/om-oss/index.html";
    let doc = f.html(page);
    assert_eq!(common::attr(&doc, "#r", "src"), "../../img/map.350w.webp");
    assert_eq!(common::attr(&doc, "#r", "height"), "150");
    let bytes = std::fs::read(file_of(&f.out(), page, &common::attr(&doc, "#r", "src"))).unwrap();
    assert_eq!(image::load_from_memory(&bytes).unwrap().dimensions(), (350, 150));
    // Never wider than the original: the published original itself.
    assert_eq!(common::attr(&doc, "#big", "width"), "1000");
    assert_eq!(common::attr(&doc, "#big", "src"), "../photo.jpg");
    f.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block list %}{{ resize_image(path=\"/img/nope.png\", width=3) }}{% endblock list %}",
    );
    let d = f.build_err();
    assert!(
        d.iter()
            .any(|d| d.message.contains("nope.png") && d.file.as_deref() == Some(Path::new("templates/page.html"))),
        "{d:#?}"
    );
}

#[cfg(unix)]
#[test]
fn a_cache_folder_linking_outside_the_site_is_refused() {
    let f = site();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), f.root().join(".tolk-cache")).unwrap();
    let d = f.build_err();
    assert!(d.iter().any(|d| d.message.contains("outside the site")), "{d:#?}");
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "nothing written there"
    );
}

#[test]
fn the_decoder_refuses_what_would_exhaust_memory() {
    // The limits apply even when a header lies about its size.
    let mut reader = image::ImageReader::new(Cursor::new(png(8, 8)))
        .with_guessed_format()
        .unwrap();
    let mut limits = tolk::render::images::limits();
    limits.max_image_width = Some(4);
    reader.limits(limits);
    assert!(reader.decode().is_err());
    let l = tolk::render::images::limits();
    assert_eq!(l.max_image_width, Some(tolk::render::images::MAX_SIDE));
    assert!(l.max_alloc.unwrap() < 1 << 30);
}
