#pragma once

#include <string>

namespace dyve {

// Writes `bytes` to `path` so that a reader finds the old file or the new one, never a part of either
// (SPEC §8: a full disk on export leaves the previous file as it was): a temporary file beside it, written,
// flushed to disk and renamed over it. An existing `path` must be a regular file — a device or a folder of
// that name is refused rather than replaced. Throws DataError(path, "cannot write the <what>: <reason>"),
// the reason from the system (e.g. "No space left on device"), and leaves no temporary file behind.
void writeFileAtomically(const std::string& path, const std::string& bytes, const std::string& what);

} // namespace dyve
