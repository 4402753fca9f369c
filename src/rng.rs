//! The tests' source of random inputs.

/// Xorshift64: the same sequence on every run, without a dependency.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from `seed`, which must not be 0.
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}
