//! The tests' source of random inputs: the unit tests' here, and the
//! integration tests' too (`tests/common/mod.rs` includes this file).

/// Xorshift64: the same sequence on every run, without a dependency.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from `seed`, which must not be 0.
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next number of the sequence.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`, or 0 when `n` is 0.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}
