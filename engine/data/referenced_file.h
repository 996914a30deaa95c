#pragma once

#include <string>

namespace dyve {

// Files that an input file names by path — a model card's classes_file and mean_file — are read only from
// inside the folder of the file that names them (SPEC §8): a card downloaded beside a model, and loaded
// without being asked for, must not be able to make dyve read /etc/passwd and print it as class names.
//
// `written` as the referencing file gives it (relative to `folder`, or absolute), resolved against
// `folder`; "" when it lies outside `folder` once `..` and symbolic links are resolved (lexically normal
// and std::filesystem::weakly_canonical, so neither can escape), or names the folder itself. The path
// returned is the lexically normal one the user wrote, for messages; it need not exist.
std::string resolveInsideFolder(const std::string& folder, const std::string& written);

} // namespace dyve
