//! Pictures (SVG, PNG, PDF) rendered by running Graphviz on the DOT export, through
//! graphviz-rust's `exec` (`dot -K<layout> -T<format>`).

use super::dot::{to_graph, DotOptions, Layout};
use crate::graph::KnowledgeGraph;
use crate::{Error, Result};
use graphviz_rust::cmd::{self, CommandArg};
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

    fn graphviz(self) -> cmd::Format {
        match self {
            ImageFormat::Svg => cmd::Format::Svg,
            ImageFormat::Png => cmd::Format::Png,
            ImageFormat::Pdf => cmd::Format::Pdf,
        }
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

fn graphviz_layout(layout: Layout) -> cmd::Layout {
    match layout {
        Layout::Dot => cmd::Layout::Dot,
        Layout::Neato => cmd::Layout::Neato,
        Layout::Fdp => cmd::Layout::Fdp,
        Layout::Sfdp => cmd::Layout::Sfdp,
        Layout::Circo => cmd::Layout::Circo,
        Layout::Twopi => cmd::Layout::Twopi,
    }
}

/// Renders the graph's DOT picture with Graphviz and returns the file's bytes.
///
/// Errors: [`Error::GraphvizMissing`] when `dot` is not on `PATH`,
/// [`Error::Graphviz`] (its first message line) when it fails.
pub fn render(g: &KnowledgeGraph, opts: &DotOptions, layout: Layout, format: ImageFormat) -> Result<Vec<u8>> {
    let program = format!("dot -K{layout}");
    let args = vec![
        CommandArg::Layout(graphviz_layout(layout)),
        CommandArg::Format(format.graphviz()),
    ];
    graphviz_rust::exec(to_graph(g, opts), &mut PrinterContext::default(), args).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::GraphvizMissing { program: "dot".into() }
        } else {
            let text = e.to_string();
            let message = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("no message")
                .to_string();
            Error::Graphviz { program, message }
        }
    })
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
