//! Compiles the built-in lexicon (`data/lexicon/`) into `OUT_DIR`: `lexicon-actors.bin`
//! (actors, surface forms and their Aho-Corasick automaton) and `lexicon-lists.bin` (word
//! sets, titles, name-word classes, cues), which the library reads without parsing.
//! The reading and compiling code is `src/lexicon/compiled.rs`, shared with the library.

#[allow(dead_code)]
#[path = "src/lexicon/compiled.rs"]
mod compiled;

use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=src/lexicon/compiled.rs");
    let dir = Path::new("data/lexicon");
    let read = |name: &str| -> Result<String, Box<dyn Error>> {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()).into())
    };
    let places = read("places.tsv")?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?);

    let actors = compiled::Actors::builtin(
        &places,
        &read("countries.tsv")?,
        &read("organizations.tsv")?,
        &read("people.tsv")?,
    )?;
    let (actors, forms) = actors.finish();
    fs::write(
        out.join("lexicon-actors.bin"),
        compiled::compile_actors(&actors, &forms)?,
    )?;

    let lists = compiled::compile_lists(&compiled::Texts {
        titles: &read("titles.tsv")?,
        cues: &read("cues.tsv")?,
        name_words: &read("name-words.tsv")?,
        name_particles: &read("name-particles.tsv")?,
        first_names: &read("first-names.txt")?,
        female_names: &read("female-names.txt")?,
        non_actors: &read("non-actors.txt")?,
        places: &places,
        world_names: &read("world-names.tsv")?,
    })?;
    fs::write(out.join("lexicon-lists.bin"), lists)?;
    Ok(())
}
