//! Work on all cores, results in input order, in bounded memory.
//!
//! Shared by the `newsnap` binary and the example `snapshot2json` (which
//! includes this file with `#[path]`). Standard library only.

use std::collections::BTreeMap;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Items are handed out and sent back in chunks of this many, so that the
/// threads meet once per chunk rather than once per item (on the corpus,
/// chunks of 32 gain 2 threads 1.79x over 1, chunks of 16 1.72x).
pub const CHUNK: usize = 32;

/// Runs `work` over `items` on `threads` workers, a chunk at a time, and
/// hands each chunk's result to `sink`, with the chunk's items, in the
/// order of the items.
///
/// Each worker has a state made by `init` (buffers to reuse). `work` fills
/// a chunk's result, a `C` that `sink` leaves empty for reuse: results go
/// back to the workers once sunk, so their buffers are not allocated afresh
/// each time. Workers stay at most `4 * threads` chunks ahead of `sink`, so
/// memory stays flat however many items there are.
///
/// # Errors
///
/// The first error of `sink`, which ends the run (workers stop after the
/// chunk they are on).
pub fn run<T, W, C>(
    items: &[T],
    threads: usize,
    init: impl Fn() -> W + Sync,
    work: impl Fn(&mut W, &[T], &mut C) + Sync,
    mut sink: impl FnMut(&[T], &mut C) -> io::Result<()>,
) -> io::Result<()>
where
    T: Sync,
    C: Default + Send,
{
    let threads = threads.max(1);
    let window = threads * 4;
    let chunks = items.len().div_ceil(CHUNK);
    let next = AtomicUsize::new(0);
    // How many chunks were sunk; usize::MAX / 2 once the sink failed.
    let sunk = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, C)>(window);
    let spare = Mutex::new(Vec::<C>::new());
    let (init, work) = (&init, &work);

    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, sunk, spare) = (&next, &sunk, &spare);
            scope.spawn(move || {
                let mut state = init();
                loop {
                    let c = next.fetch_add(1, Ordering::Relaxed);
                    if c >= chunks {
                        break;
                    }
                    {
                        let (lock, cvar) = sunk;
                        let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                        while c >= *done + window {
                            done = cvar.wait(done).unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    let reused = spare.lock().unwrap_or_else(|e| e.into_inner()).pop();
                    let mut result = reused.unwrap_or_default();
                    let end = ((c + 1) * CHUNK).min(items.len());
                    work(&mut state, &items[c * CHUNK..end], &mut result);
                    if tx.send((c, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);

        let mut pending = BTreeMap::new();
        let mut want = 0;
        let result = (|| {
            for (c, result) in rx.iter() {
                pending.insert(c, result);
                while let Some(mut result) = pending.remove(&want) {
                    let end = ((want + 1) * CHUNK).min(items.len());
                    sink(&items[want * CHUNK..end], &mut result)?;
                    spare.lock().unwrap_or_else(|e| e.into_inner()).push(result);
                    want += 1;
                    let (lock, cvar) = &sunk;
                    *lock.lock().unwrap_or_else(|e| e.into_inner()) = want;
                    cvar.notify_all();
                }
            }
            Ok(())
        })();
        if result.is_err() {
            // Let blocked workers finish: pretend everything was sunk.
            let (lock, cvar) = &sunk;
            *lock.lock().unwrap_or_else(|e| e.into_inner()) = usize::MAX / 2;
            cvar.notify_all();
            drop(rx);
        }
        result
    })
}
