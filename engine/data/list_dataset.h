#pragma once

#include "data/dataset.h"

namespace dyve {

// A list file: "relative/path label" per line, paths relative to the list file's folder (SPEC §5.2), as
// in ImageNet's val.txt. Class names come from classes.txt or synset_words.txt beside it. Every listed
// file is checked at open time so a run does not fail at image 9,000.
std::unique_ptr<Dataset> openListDataset(const std::string& listFile, size_t limit);

} // namespace dyve
