//! `newsgraph render GRAPH.json -o out.svg|png|pdf [--layout L] [--force] [filters]`: draws a
//! graph, or the part the filters keep, with Graphviz.

use super::args::{FilterArgs, PictureArgs};
use anyhow::{Context, Result};
use newsgraph::export::dot::{DotOptions, Layout};
use newsgraph::export::render::ImageFormat;
use newsgraph::io;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A graph JSON file (from `build` or `merge`).
    graph: PathBuf,
    /// Output file (.svg, .png or .pdf); stdout when absent or `-` (needs --format).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Picture format: svg, png or pdf (default: from -o's extension).
    #[arg(long, value_name = "FORMAT")]
    format: Option<ImageFormat>,
    /// Graphviz layout: dot, neato, fdp, sfdp, circo or twopi (default: dot for up
    /// to 60 edges, neato for more; the legend is drawn with dot only).
    #[arg(long, value_name = "LAYOUT")]
    layout: Option<Layout>,
    /// Lay out a graph even when it is too large to draw in reasonable time.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    picture: PictureArgs,
}

pub fn run(args: Args) -> Result<()> {
    let output = args.output.as_deref();
    io::check_output(output, std::slice::from_ref(&args.graph))?;
    let to_file = output.filter(|p| p.as_os_str() != "-");
    let format = match (args.format, to_file) {
        (Some(f), _) => f,
        (None, Some(p)) => ImageFormat::from_path(p).with_context(|| {
            format!(
                "cannot tell the picture format of {}: use .svg, .png, .pdf or --format",
                p.display()
            )
        })?,
        (None, None) => anyhow::bail!("writing a picture to stdout needs --format svg|png|pdf"),
    };
    let graph = args.filter.read_filtered_graph(&args.graph)?;
    if let Some(why) = newsgraph::export::render::too_large(&graph) {
        if !args.force {
            anyhow::bail!("{why}; keep fewer actors with --top N, --min-weight N, --type T or --around NAME, or lay it out anyway with --force");
        }
        eprintln!("newsgraph: warning: {why}; laying it out anyway (--force)");
    }
    let layout = args.layout.unwrap_or_else(|| Layout::for_graph(&graph));
    let mut picture: DotOptions = args.picture.into();
    // spring layouts spread a legend box over the whole picture
    picture.legend &= layout == Layout::Dot;
    let bytes = newsgraph::export::render::render(&graph, &picture, layout, format)?;
    Ok(io::write_output(output, &bytes)?)
}
