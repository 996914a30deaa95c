#pragma once

#include "data/dataset.h"

namespace dyve {

// A folder per class (SPEC §5.2): <root>/<class>/<image>. Class order from classes.txt, else the sorted
// folder names. Samples are interleaved across classes (one of each class in turn), so any prefix —
// and so any `limit` — stays balanced.
std::unique_ptr<Dataset> openFolderDataset(const std::string& root, size_t limit);

} // namespace dyve
