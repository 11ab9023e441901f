//! Pictures (SVG, PNG, PDF) rendered by running Graphviz on the DOT export, through
//! graphviz-rust's `exec` (`dot -K<layout> -T<format>`).

use super::dot::{to_graph, DotOptions, Layout};
use crate::graph::KnowledgeGraph;
use crate::{Error, Result};
use graphviz_rust::printer::PrinterContext;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The picture formats `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Scalable vector graphics, with hover tooltips in a browser.
    Svg,
    /// A bitmap.
    Png,
    /// A printable document.
    Pdf,
}

impl ImageFormat {
    /// Every format, in order.
    pub const ALL: &'static [ImageFormat] = &[ImageFormat::Svg, ImageFormat::Png, ImageFormat::Pdf];

    /// The format's name, which is also its file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
            ImageFormat::Pdf => "pdf",
        }
    }

    /// The format a file name asks for by its extension (any case), if any.
    pub fn from_path(path: &Path) -> Option<ImageFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        ext.parse().ok()
    }
}

impl fmt::Display for ImageFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ImageFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        ImageFormat::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| Error::Invalid(format!("unknown picture format `{s}` (expected one of: svg, png, pdf)")))
    }
}

/// The most actors `render` lays out without `--force`: Graphviz takes minutes (and
/// the picture is unreadable) beyond this.
pub const MAX_RENDER_NODES: usize = 1500;
/// The most edges `render` lays out without `--force`.
pub const MAX_RENDER_EDGES: usize = 4000;

/// Why a graph is too large to draw in reasonable time, if it is.
pub fn too_large(g: &KnowledgeGraph) -> Option<String> {
    (g.nodes.len() > MAX_RENDER_NODES || g.edges.len() > MAX_RENDER_EDGES).then(|| {
        format!(
            "the graph has {} actors and {} edges, more than render lays out in reasonable time ({MAX_RENDER_NODES} actors, {MAX_RENDER_EDGES} edges)",
            g.nodes.len(),
            g.edges.len()
        )
    })
}

/// Renders the graph's DOT picture with Graphviz and returns the file's bytes.
///
/// `dot` reads the DOT text on its standard input (no temporary file) and is ended
/// with this process: it is registered with [`crate::io::output::register_child`] (ended
/// on SIGINT/SIGTERM) and, on Linux, asks the kernel for SIGKILL when its parent dies.
///
/// Errors: [`Error::GraphvizMissing`] when `dot` is not on `PATH`,
/// [`Error::Graphviz`] (its first message line) when it fails.
pub fn render(g: &KnowledgeGraph, opts: &DotOptions, layout: Layout, format: ImageFormat) -> Result<Vec<u8>> {
    use graphviz_rust::printer::DotPrinter;
    use std::io::Write;
    use std::process::{Command, Stdio};
    let program = format!("dot -K{layout}");
    let dot_text = to_graph(g, opts).print(&mut PrinterContext::default());
    let mut cmd = Command::new("dot");
    cmd.arg(format!("-K{layout}"))
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl(2) is async-signal-safe; the closure allocates nothing
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::GraphvizMissing { program: "dot".into() }
        } else {
            Error::Graphviz {
                program: program.clone(),
                message: e.to_string(),
            }
        }
    })?;
    let pid = child.id();
    if !crate::io::output::register_child(pid) {
        let _ = child.kill();
    }
    let mut stdin = child.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || stdin.write_all(dot_text.as_bytes()));
    let out = child.wait_with_output();
    crate::io::output::unregister_child(pid);
    let out = out.map_err(|e| Error::Graphviz {
        program: program.clone(),
        message: e.to_string(),
    })?;
    let _ = writer.join();
    if !out.status.success() {
        let text = String::from_utf8_lossy(&out.stderr);
        let message = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("no message")
            .to_string();
        return Err(Error::Graphviz { program, message });
    }
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_extensions() {
        assert_eq!(ImageFormat::from_path(Path::new("a/b.SVG")), Some(ImageFormat::Svg));
        assert_eq!(ImageFormat::from_path(Path::new("b.png")), Some(ImageFormat::Png));
        assert_eq!(ImageFormat::from_path(Path::new("b.pdf")), Some(ImageFormat::Pdf));
        assert_eq!(ImageFormat::from_path(Path::new("b.dot")), None);
        assert_eq!(ImageFormat::from_path(Path::new("b")), None);
    }
}
