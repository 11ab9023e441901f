//! Throughput benchmark (prints figures; see README "Benchmarks").
fn main() {}
