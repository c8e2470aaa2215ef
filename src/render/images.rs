//! Responsive images: the derivatives (narrower copies, WebP and the
//! original format) of every raster image a page uses, and the cache that
//! keeps a rebuild from encoding any of them twice.
//!
//! Owns three rules. [`plan`] says which derivatives an image has (pure:
//! the widths of `images.widths` that are not wider than the original, in
//! WebP and in the original format, their output paths beside the
//! original); pages and the `resize_image` template function only ask it
//! and record what they used in the [`HandOver`]. The [`Images`] producer,
//! after the pages, decodes each used image once (within [`limits`]),
//! turns it by its EXIF orientation, resizes it with `fast_image_resize`
//! and encodes what the cache does not hold yet, in parallel. The cache,
//! `.tolk-cache/images/` under the site root, keys each file by a hash of
//! the source bytes, the parameters and [`ENCODER_VERSION`], and is written
//! atomically (a temporary name, then a rename). Beside the files, the
//! list of the source hashes of the last build lets a rebuild skip reading
//! an image whose size, times and inode have not changed.
//!
//! Encoded files carry no metadata at all (the encoders write none but the
//! colour profile). The originals themselves are published by the content
//! files producer, cleaned by [`crate::content::metadata`].
//!
//! Does not decide where an image is published or how big it is (the site
//! model and the headers do), nor the HTML (`content::markdown`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::{Cx, HandOver, Produced, Producer, Scope, edit, sink_problems};
use crate::config::ImageOptions;
use crate::error::{Diagnostic, Kind};
use crate::output::{Data, OutputFile, Sink};
use crate::site::Site;

/// Changes whenever an encoder, the resizer or their settings change, so
/// that cached files made by another version are not reused.
pub const ENCODER_VERSION: &str = "tolk-images-1/image-0.25/fir-6.1-lanczos3/libwebp-0.9";

/// The cache folder, below the site root.
pub const CACHE_DIR: &str = ".tolk-cache";

/// The largest width or height tolk decodes (pixels).
pub const MAX_SIDE: u32 = 30_000;

/// A format tolk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// WebP (lossy).
    Webp,
}

impl Format {
    /// The format of a file extension (lower case) tolk resizes.
    pub fn of_extension(ext: &str) -> Option<Format> {
        match ext {
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            "webp" => Some(Format::Webp),
            _ => None,
        }
    }

    /// The extension derivatives get.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }

    /// The MIME type, for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
        }
    }

    /// The name a template writes (`format="webp"`).
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            "webp" => Some(Format::Webp),
            _ => None,
        }
    }
}

/// One file of an image's `srcset`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Derivative {
    /// Output path (`sv/photos/p01.480w.webp`), or the original's own
    /// path when it is used as it is published.
    pub path: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Its format.
    pub format: Format,
    /// True when it is the published original (nothing to encode).
    pub original: bool,
}

/// An image of the site that pages may use.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Picture {
    /// The file to read.
    pub source: PathBuf,
    /// Where the original is published.
    pub output: String,
    /// Width and height as shown (EXIF orientation applied).
    pub size: (u32, u32),
    /// Its format.
    pub format: Format,
    /// True for files of `content/`, whose published original carries no
    /// personal metadata (so it can stand in for the full-width copy).
    pub clean_original: bool,
}

/// The derivatives of `picture` for the configured widths: each width
/// clamped to the original's, in WebP and in the original format, widest
/// last. The full width in the original format is the published original
/// when that is cleaned (or the site keeps metadata).
///
/// ```
/// use tolk::render::images::{plan, Format, Picture};
/// let p = Picture { source: "p.jpg".into(), output: "sv/p.jpg".into(), size: (1000, 500), format: Format::Jpeg, clean_original: true };
/// let d = plan(&p, &[480, 960, 1600]);
/// let jpeg: Vec<_> = d.iter().filter(|d| d.format == Format::Jpeg).map(|d| (d.path.as_str(), d.width, d.height)).collect();
/// assert_eq!(jpeg, [("sv/p.480w.jpg", 480, 240), ("sv/p.960w.jpg", 960, 480), ("sv/p.jpg", 1000, 500)]);
/// assert_eq!(d.iter().filter(|d| d.format == Format::Webp).count(), 3);
/// ```
pub fn plan(picture: &Picture, widths: &[u32]) -> Vec<Derivative> {
    let w = picture.size.0;
    let mut chosen: Vec<u32> = widths.iter().map(|&x| x.min(w)).collect();
    chosen.sort_unstable();
    chosen.dedup();
    let mut formats = vec![picture.format];
    if picture.format != Format::Webp {
        formats.insert(0, Format::Webp);
    }
    let mut out = Vec::new();
    for format in formats {
        for &width in &chosen {
            out.push(derivative(picture, width, format));
        }
    }
    out
}

/// One derivative of `picture`: `width` (at most the original's) in `format`.
pub fn derivative(picture: &Picture, width: u32, format: Format) -> Derivative {
    let w = picture.size.0;
    let width = width.clamp(1, w.max(1));
    let height = scaled_height(picture.size, width);
    let original = width == w && format == picture.format && picture.clean_original;
    let path = if original {
        picture.output.clone()
    } else {
        let stem = picture
            .output
            .rsplit_once('.')
            .map_or(picture.output.as_str(), |(s, _)| s);
        format!("{stem}.{width}w.{}", format.extension())
    };
    Derivative {
        path,
        width,
        height,
        format,
        original,
    }
}

/// The height of `size` scaled to `width`, rounded, at least 1.
fn scaled_height((w, h): (u32, u32), width: u32) -> u32 {
    let scaled = (u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w.max(1));
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// Where a page (or template) asks for an image: its source file, line and
/// column, for messages.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    /// The page's file (`content/sv/about.md`) or template.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
}

/// What a page used: one image and the derivatives it links to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Use {
    /// Where it is asked for.
    pub at: At,
    /// The image, or only its source file when its size could not be
    /// read (then the producer reports why).
    pub picture: Result<Picture, PathBuf>,
    /// The derivatives the page links to.
    pub derivatives: Vec<Derivative>,
}

/// Images used per page (by output folder), kept between edits.
#[derive(Debug, Default)]
pub(crate) struct Uses {
    by_page: Mutex<BTreeMap<String, BTreeSet<Use>>>,
}

impl HandOver {
    /// Forgets what the page at `path` used (before it is rendered again).
    pub(crate) fn clear_images(&self, path: &str) {
        lock(&self.images.by_page).remove(path);
    }

    /// Records that the page at `path` uses an image.
    pub(crate) fn use_image(&self, path: &str, image: Use) {
        lock(&self.images.by_page)
            .entry(path.to_string())
            .or_default()
            .insert(image);
    }

    /// Every used image by source, with its first use and every derivative
    /// any page links to.
    fn used_images(&self) -> BTreeMap<PathBuf, (Use, BTreeSet<Derivative>)> {
        let mut all: BTreeMap<PathBuf, (Use, BTreeSet<Derivative>)> = BTreeMap::new();
        let by_page = lock(&self.images.by_page);
        let mut uses: Vec<&Use> = by_page.values().flatten().collect();
        uses.sort();
        for u in uses {
            let source = match &u.picture {
                Ok(p) => p.source.clone(),
                Err(source) => source.clone(),
            };
            let entry = all.entry(source).or_insert_with(|| (u.clone(), BTreeSet::new()));
            entry.1.extend(u.derivatives.iter().filter(|d| !d.original).cloned());
        }
        all
    }

    /// True when a page uses the image in `source` (its problems are then
    /// reported where the page names it).
    pub(crate) fn image_is_used(&self, source: &Path) -> bool {
        lock(&self.images.by_page).values().flatten().any(|u| match &u.picture {
            Ok(p) => p.source == source,
            Err(s) => s == source,
        })
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The image derivatives producer (see the module documentation).
pub struct Images;

/// How many derivative files a render published, and how many of them it
/// had to encode (the others came from the cache).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Derivative files published.
    pub published: usize,
    /// Of them, encoded in this render.
    pub encoded: usize,
}

impl Producer for Images {
    fn name(&self) -> &'static str {
        "image derivatives"
    }
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> edit::Reaction {
        edit::shows_wording(site, edit)
    }
    fn produce(&self, cx: &Cx<'_>, _: Scope<'_>, sink: &dyn Sink) -> Produced {
        let used = cx.handover.used_images();
        if used.is_empty() {
            return Produced::default();
        }
        let cache = match Cache::open(&cx.site.config.root) {
            Ok(c) => c,
            Err(d) => {
                return Produced {
                    problems: vec![d],
                    ..Produced::default()
                };
            }
        };
        let options = &cx.site.config.images;
        let encoded = AtomicUsize::new(0);
        let memo = Memo::load(&cache);
        let mut produced_problems = Vec::new();
        let results: Vec<Result<Vec<OutputFile>, Diagnostic>> = used
            .into_par_iter()
            .map(|(_, (first, derivatives))| {
                let job = Job {
                    first: &first,
                    derivatives: &derivatives,
                    options,
                    cache: &cache,
                    memo: &memo,
                    root: &cx.site.config.root,
                };
                job.run(&encoded)
            })
            .collect();
        if let Err(d) = memo.save(&cache) {
            produced_problems.push(d);
        }
        let mut produced = Produced {
            problems: produced_problems,
            ..Produced::default()
        };
        for r in results {
            match r {
                Ok(files) => {
                    for f in files {
                        produced.claims.push((f.path.clone(), f.source.clone()));
                        produced.images.published += 1;
                        if let Err(e) = sink.put(f) {
                            produced.problems.extend(sink_problems(e));
                        }
                    }
                }
                Err(d) => produced.problems.push(d),
            }
        }
        produced.images.encoded = encoded.into_inner();
        produced
    }
}

/// The derivatives of one source image.
struct Job<'a> {
    first: &'a Use,
    derivatives: &'a BTreeSet<Derivative>,
    options: &'a ImageOptions,
    cache: &'a Cache,
    memo: &'a Memo,
    root: &'a Path,
}

impl Job<'_> {
    fn run(&self, encoded: &AtomicUsize) -> Result<Vec<OutputFile>, Diagnostic> {
        let source = match &self.first.picture {
            Ok(p) => &p.source,
            Err(source) => source,
        };
        let stamp = Stamp::of(source);
        // An unchanged file (same size, times and inode as when it was
        // hashed) is not read again; its derivatives were made from bytes
        // that decoded.
        if let Some(hash) = stamp.as_ref().and_then(|s| self.memo.get(source, s))
            && self.first.picture.is_ok()
            && let Some(files) = self.cached(&hash)
        {
            self.memo.put(source, stamp, hash);
            return Ok(files);
        }
        let ext = source
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let bytes = std::fs::read(source).map_err(|e| self.problem(&format!("cannot read it: {e}")))?;
        crate::content::metadata::clean(&ext, &bytes).map_err(|e| self.problem(&e))?;
        let picture = self
            .first
            .picture
            .as_ref()
            .map_err(|_| self.problem("tolk cannot read its size from its header"))?;
        let hash = blake3::hash(&bytes);
        self.memo.put(source, stamp, hash);
        let mut files = Vec::new();
        let mut missing = Vec::new();
        for d in self.derivatives {
            let cached = self.cache.path(&key(&hash, d, self.options.quality), d.format);
            if cached.is_file() {
                files.push(self.file(d, cached));
            } else {
                missing.push((d, cached));
            }
        }
        if missing.is_empty() {
            return Ok(files);
        }
        let decoded = decode(&bytes, picture.format).map_err(|e| self.problem(&e))?;
        for (d, cached) in missing {
            let data = encode(&decoded, d, self.options.quality).map_err(|e| self.problem(&e))?;
            self.cache.write(&cached, &data)?;
            encoded.fetch_add(1, Ordering::Relaxed);
            files.push(self.file(d, cached));
        }
        Ok(files)
    }

    /// Every derivative from the cache, or `None` when one is missing.
    fn cached(&self, hash: &blake3::Hash) -> Option<Vec<OutputFile>> {
        self.derivatives
            .iter()
            .map(|d| {
                let cached = self.cache.path(&key(hash, d, self.options.quality), d.format);
                cached.is_file().then(|| self.file(d, cached))
            })
            .collect()
    }

    fn file(&self, d: &Derivative, cached: PathBuf) -> OutputFile {
        let source = match &self.first.picture {
            Ok(p) => &p.source,
            Err(source) => source,
        };
        OutputFile {
            path: d.path.clone(),
            data: Data::Copy(cached),
            source: Some(crate::fs::relative_to(self.root, source)),
        }
    }

    /// An error at the first place the image is used.
    fn problem(&self, why: &str) -> Diagnostic {
        let name = match &self.first.picture {
            Ok(p) => crate::fs::relative_to(self.root, &p.source),
            Err(source) => crate::fs::relative_to(self.root, source),
        };
        let at = &self.first.at;
        let d = Diagnostic::error(
            at.file.clone(),
            format!("the image {} cannot be published: {why}", name.display()),
        )
        .hint("open the image in an image editor and export it again as JPEG or PNG (at most 100 megapixels), or remove it from the page")
        .kind(Kind::Content);
        match at.line {
            Some(line) => d.at(line, at.column),
            None => d,
        }
    }
}

/// The cache file name of a derivative: a hash of the source's hash, the
/// parameters and the encoder version.
fn key(source: &blake3::Hash, d: &Derivative, quality: u8) -> String {
    let mut h = blake3::Hasher::new();
    h.update(ENCODER_VERSION.as_bytes());
    h.update(source.as_bytes());
    h.update(format!("|{}|{}x{}|q{quality}", d.format.extension(), d.width, d.height).as_bytes());
    h.finalize().to_hex()[..32].to_string()
}

/// `.tolk-cache/images/` of a site, resolved inside the site root.
struct Cache {
    dir: PathBuf,
}

/// Distinguishes temporary files written at the same time.
static TEMP: AtomicUsize = AtomicUsize::new(0);

impl Cache {
    /// Opens (creates) the cache folder, refusing one that a symbolic link
    /// leads outside the site.
    fn open(root: &Path) -> Result<Cache, Diagnostic> {
        let site = crate::fs::SiteRoot::new(root).map_err(|e| Diagnostic::error(None, e.to_string()))?;
        let dir = root.join(CACHE_DIR).join("images");
        let fail = |e: std::io::Error| {
            Diagnostic::error(
                PathBuf::from(CACHE_DIR),
                format!("cannot create the image cache {}: {e}", dir.display()),
            )
            .hint("check that the site folder is writable; the cache may be deleted at any time")
            .kind(Kind::Output)
        };
        site.check(&dir)?;
        std::fs::create_dir_all(&dir).map_err(fail)?;
        let dir = site.resolve(&dir)?;
        Ok(Cache { dir })
    }

    fn path(&self, key: &str, format: Format) -> PathBuf {
        self.dir.join(format!("{key}.{}", format.extension()))
    }

    /// Writes a cache file atomically: beside it, then renamed.
    fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
        let n = TEMP.fetch_add(1, Ordering::Relaxed);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let temp = self.dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let fail = |e: std::io::Error| {
            let _ = std::fs::remove_file(&temp);
            Diagnostic::error(
                PathBuf::from(CACHE_DIR),
                format!("cannot write to the image cache {}: {e}", self.dir.display()),
            )
            .hint("check that the disk is not full and the site folder is writable")
            .kind(Kind::Output)
        };
        std::fs::write(&temp, bytes).map_err(fail)?;
        std::fs::rename(&temp, path).map_err(fail)
    }
}

/// What identifies a version of a file without reading it: its length,
/// modification and change times (the change time cannot be set back by
/// tools that copy times, such as `cp -p` or rsync) and inode.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp(String);

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let m = std::fs::metadata(path).ok()?;
        let modified = m
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        #[cfg(unix)]
        let more = {
            use std::os::unix::fs::MetadataExt;
            format!("{}.{}:{}:{}", m.ctime(), m.ctime_nsec(), m.ino(), m.dev())
        };
        #[cfg(not(unix))]
        let more = String::new();
        Some(Stamp(format!("{}:{modified}:{more}", m.len())))
    }
}

/// The source hashes of the last build (`.tolk-cache/images/sources`), so
/// that a rebuild reads no unchanged image: one line per file,
/// `hash<TAB>stamp<TAB>path`. A line that does not parse is ignored; the
/// worst a wrong line can do is make tolk hash the file again.
struct Memo {
    before: HashMap<PathBuf, (Stamp, blake3::Hash)>,
    now: Mutex<BTreeMap<PathBuf, (Stamp, blake3::Hash)>>,
}

const MEMO_FILE: &str = "sources";

impl Memo {
    fn load(cache: &Cache) -> Memo {
        let text = std::fs::read_to_string(cache.dir.join(MEMO_FILE)).unwrap_or_default();
        let before = text
            .lines()
            .filter_map(|line| {
                let mut parts = line.splitn(3, '\t');
                let hash = blake3::Hash::from_hex(parts.next()?).ok()?;
                let stamp = Stamp(parts.next()?.to_string());
                Some((PathBuf::from(parts.next()?), (stamp, hash)))
            })
            .collect();
        Memo {
            before,
            now: Mutex::default(),
        }
    }

    fn get(&self, path: &Path, stamp: &Stamp) -> Option<blake3::Hash> {
        self.before.get(path).filter(|(s, _)| s == stamp).map(|(_, h)| *h)
    }

    fn put(&self, path: &Path, stamp: Option<Stamp>, hash: blake3::Hash) {
        if let Some(stamp) = stamp {
            lock(&self.now).insert(path.to_path_buf(), (stamp, hash));
        }
    }

    /// Writes this build's hashes (atomically) when they changed.
    fn save(&self, cache: &Cache) -> Result<(), Diagnostic> {
        let now = lock(&self.now);
        let unchanged =
            now.len() == self.before.len() && now.iter().all(|(p, v)| self.before.get(p).is_some_and(|b| b == v));
        if unchanged {
            return Ok(());
        }
        let text: String = now
            .iter()
            .filter(|(p, _)| !p.to_string_lossy().contains(['\n', '\t']))
            .map(|(p, (stamp, hash))| format!("{}\t{}\t{}\n", hash.to_hex(), stamp.0, p.display()))
            .collect();
        cache.write(&cache.dir.join(MEMO_FILE), text.as_bytes())
    }
}

/// The decoder's limits: no side above [`MAX_SIDE`], no more memory than
/// the largest image tolk publishes needs.
pub fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(crate::content::metadata::MAX_PIXELS * 4 + (64 << 20));
    limits
}

/// A decoded image, turned upright, with its colour profile.
struct Decoded {
    pixels: Vec<u8>,
    width: u32,
    height: u32,
    alpha: bool,
    icc: Option<Vec<u8>>,
}

/// Decodes `bytes` within [`limits`] and applies the EXIF orientation.
fn decode(bytes: &[u8], format: Format) -> Result<Decoded, String> {
    use image::ImageDecoder;
    let image_format = match format {
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), image_format);
    reader.limits(limits());
    let why = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => "it is too large to decode safely".to_string(),
        e => format!("it cannot be decoded ({e})"),
    };
    let mut decoder = reader.into_decoder().map_err(why)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let icc = decoder.icc_profile().ok().flatten();
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(why)?;
    img.apply_orientation(orientation);
    let alpha = img.color().has_alpha();
    let (width, height) = (img.width(), img.height());
    let pixels = if alpha {
        img.into_rgba8().into_raw()
    } else {
        img.into_rgb8().into_raw()
    };
    Ok(Decoded {
        pixels,
        width,
        height,
        alpha,
        icc,
    })
}

/// Resizes and encodes one derivative.
fn encode(image: &Decoded, d: &Derivative, quality: u8) -> Result<Vec<u8>, String> {
    use fast_image_resize as fir;
    let pixel = if image.alpha {
        fir::PixelType::U8x4
    } else {
        fir::PixelType::U8x3
    };
    let src = fir::images::ImageRef::new(image.width, image.height, &image.pixels, pixel)
        .map_err(|e| format!("it cannot be resized ({e})"))?;
    // The planned height comes from the header's size; the decoded image
    // has the same aspect ratio.
    let height = scaled_height((image.width, image.height), d.width.min(image.width));
    let width = d.width.min(image.width);
    let mut dst = fir::images::Image::new(width, height, pixel);
    let options = fir::ResizeOptions::new().resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    fir::Resizer::new()
        .resize(&src, &mut dst, &options)
        .map_err(|e| format!("it cannot be resized ({e})"))?;
    let pixels = dst.buffer();
    let color = if image.alpha {
        image::ExtendedColorType::Rgba8
    } else {
        image::ExtendedColorType::Rgb8
    };
    let mut out = Vec::new();
    let failed = |e: image::ImageError| format!("it cannot be encoded ({e})");
    match d.format {
        Format::Webp => {
            let layout = if image.alpha {
                webp::PixelLayout::Rgba
            } else {
                webp::PixelLayout::Rgb
            };
            out = webp::Encoder::new(pixels, layout, width, height)
                .encode_simple(false, f32::from(quality))
                .map_err(|e| format!("it cannot be encoded as WebP ({e:?})"))?
                .to_vec();
        }
        Format::Jpeg => {
            use image::ImageEncoder;
            let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
            if let Some(icc) = &image.icc {
                let _ = encoder.set_icc_profile(icc.clone());
            }
            let rgb;
            let (data, color) = if image.alpha {
                rgb = drop_alpha(pixels);
                (rgb.as_slice(), image::ExtendedColorType::Rgb8)
            } else {
                (pixels, color)
            };
            encoder.write_image(data, width, height, color).map_err(failed)?;
        }
        Format::Png => {
            use image::ImageEncoder;
            let mut encoder = image::codecs::png::PngEncoder::new(&mut out);
            if let Some(icc) = &image.icc {
                let _ = encoder.set_icc_profile(icc.clone());
            }
            encoder.write_image(pixels, width, height, color).map_err(failed)?;
        }
    }
    Ok(out)
}

fn drop_alpha(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(size: (u32, u32), format: Format) -> Picture {
        Picture {
            source: "p".into(),
            output: "sv/a.b/p.png".into(),
            size,
            format,
            clean_original: true,
        }
    }

    #[test]
    fn no_derivative_is_wider_than_the_original() {
        let d = plan(&picture((600, 300), Format::Png), &[480, 960, 1600]);
        let widths: Vec<(Format, u32, &str)> = d.iter().map(|d| (d.format, d.width, d.path.as_str())).collect();
        assert_eq!(
            widths,
            [
                (Format::Webp, 480, "sv/a.b/p.480w.webp"),
                (Format::Webp, 600, "sv/a.b/p.600w.webp"),
                (Format::Png, 480, "sv/a.b/p.480w.png"),
                (Format::Png, 600, "sv/a.b/p.png"),
            ]
        );
        assert_eq!(d[0].height, 240);
    }

    #[test]
    fn a_webp_original_has_one_format_and_heights_round() {
        let d = plan(&picture((1001, 333), Format::Webp), &[480]);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].width, d[0].height), (480, 160));
        assert_eq!(scaled_height((3000, 1), 16), 1);
    }

    #[test]
    fn the_key_changes_with_every_parameter() {
        let hash = blake3::hash(b"x");
        let d = derivative(&picture((100, 100), Format::Png), 50, Format::Webp);
        let mut other = d.clone();
        other.width = 49;
        assert_ne!(key(&hash, &d, 80), key(&hash, &other, 80));
        assert_ne!(key(&hash, &d, 80), key(&hash, &d, 81));
        assert_ne!(key(&hash, &d, 80), key(&blake3::hash(b"y"), &d, 80));
    }
}
